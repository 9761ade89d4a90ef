import { english, englishAll } from '../../../helpers/plannerWords'
import { describe, expect, it } from 'vitest'
import { isOvereager, offeredCapacity, plan } from '../../../../src/domain/planner'
import {
  EVERY_DAY, at, days, makeAssignment, makeHelper, makeInput, makeNeed, makeOccurrence, makeOffer, occurrencesOf, ranges,
} from './fixtures'

const TUESDAY = '2025-06-03'
const threeWeeks = days('2025-06-02', 21)

describe('preferences', () => {
  it('gives a high-priority occurrence a backup who is someone else', () => {
    const ride = makeNeed('ride', { kind: 'ride', priority: 'high' })
    const occurrence = makeOccurrence(ride, TUESDAY, '09:00', '11:00')
    const result = plan(makeInput({
      needs: [ride], occurrences: [occurrence],
      helpers: [makeHelper('a'), makeHelper('b')],
      offers: [makeOffer('a', { kinds: ['ride'] }), makeOffer('b', { kinds: ['ride'] })],
    }))
    const roles = result.placements.map((p) => [p.role, p.helperId])
    expect(roles).toEqual([['primary', 'a'], ['backup', 'b']])
    const alone = plan(makeInput({
      needs: [ride], occurrences: [occurrence], helpers: [makeHelper('a')], offers: [makeOffer('a', { kinds: ['ride'] })],
    }))
    expect(alone.placements.map((p) => p.role)).toEqual(['primary'])
  })

  it('gives a medium-priority occurrence a backup only from someone with no task of their own', () => {
    const meal = makeNeed('meal')
    const result = plan(makeInput({
      needs: [meal], occurrences: [makeOccurrence(meal, TUESDAY, '18:00', '20:00')],
      helpers: [makeHelper('a'), makeHelper('b')], offers: [makeOffer('a'), makeOffer('b')],
    }))
    expect(result.placements.map((p) => [p.role, p.helperId])).toEqual([['primary', 'a'], ['backup', 'b']])
    // Both busy with a meal of their own on Tuesday and Thursday: nobody in reserve, no backup.
    const busy = plan(makeInput({
      needs: [meal], occurrences: [makeOccurrence(meal, TUESDAY, '18:00', '20:00'), makeOccurrence(meal, '2025-06-05', '18:00', '20:00')],
      helpers: [makeHelper('a'), makeHelper('b')], offers: [makeOffer('a', { weeklyLimit: 1 }), makeOffer('b', { weeklyLimit: 1 })],
    }))
    expect(busy.placements.map((p) => p.role)).toEqual(['primary', 'primary'])
  })

  it('gives a low-priority occurrence no backup', () => {
    const meal = makeNeed('meal', { priority: 'low' })
    const result = plan(makeInput({
      needs: [meal], occurrences: [makeOccurrence(meal, TUESDAY, '18:00', '20:00')],
      helpers: [makeHelper('a'), makeHelper('b')], offers: [makeOffer('a'), makeOffer('b')],
    }))
    expect(result.placements.map((p) => p.role)).toEqual(['primary'])
  })

  it('serves high before medium before low when one helper can do only one', () => {
    const needs = (['low', 'high', 'medium'] as const).map((priority) => makeNeed(`n-${priority}`, { priority }))
    const result = plan(makeInput({
      needs, occurrences: needs.map((n) => makeOccurrence(n, TUESDAY, '18:00', '20:00')),
      helpers: [makeHelper('a')], offers: [makeOffer('a', { weeklyLimit: 1 })],
    }))
    expect(result.placements.map((p) => p.occurrenceId)).toEqual([`n-high:${TUESDAY}:18:00`])
  })

  it('keeps one helper on a weekday across weeks, and spreads weekdays over helpers', () => {
    const dinner = makeNeed('dinner', { timing: { ...makeNeed('x').timing, recurrence: { kind: 'weekly', weekdays: [2, 4] } } })
    const result = plan(makeInput({
      needs: [dinner], occurrences: occurrencesOf(dinner, threeWeeks, '18:00', '20:00', { weekdays: [2, 4] }),
      helpers: [makeHelper('a'), makeHelper('b')],
      offers: [makeOffer('a'), makeOffer('b')],
    }))
    const byWeekday = new Map<number, Set<string>>()
    for (const p of result.placements) {
      const weekday = new Date(p.start).getUTCDay()
      byWeekday.set(weekday, (byWeekday.get(weekday) ?? new Set()).add(p.helperId))
    }
    expect([...byWeekday.values()].map((s) => [...s])).toEqual([['a'], ['b']])
    expect(result.assignments.map((a) => [a.helperId, a.weekdays, a.from, a.until])).toEqual([
      ['a', [2], '2025-06-03', '2025-06-17'],
      ['b', [4], '2025-06-05', '2025-06-19'],
    ])
  })

  it('flags an overeager offer and prefers them as backup', () => {
    const everything = makeOffer('eager', {
      kinds: ['meal', 'ride', 'call', 'visit'], windows: ranges(EVERY_DAY, '08:00', '22:00'), weeklyLimit: 2,
    })
    expect(offeredCapacity(everything)).toBe(28)
    expect(isOvereager(everything)).toBe(true)
    expect(isOvereager(makeOffer('calm', { windows: ranges([2, 4], '18:00', '21:00') }))).toBe(false)
    const ride = makeNeed('ride', { kind: 'ride', priority: 'high' })
    const result = plan(makeInput({
      needs: [ride], occurrences: [makeOccurrence(ride, TUESDAY, '09:00', '11:00')],
      helpers: [makeHelper('eager'), makeHelper('zoe')],
      offers: [everything, makeOffer('zoe', { kinds: ['ride'], windows: ranges([2], '08:00', '12:00') })],
    }))
    expect(result.placements.map((p) => [p.role, p.helperId])).toEqual([['primary', 'zoe'], ['backup', 'eager']])
  })

  it('keeps an accepted series that covers only some weekdays, and plans the rest around it', () => {
    const dinner = makeNeed('dinner')
    const occurrences = occurrencesOf(dinner, threeWeeks, '18:00', '20:00', { weekdays: [2, 4] })
    const accepted = [makeAssignment('acc-b-tue', { needId: 'dinner', helperId: 'b', weekdays: [2] })]
    const result = plan(makeInput({
      needs: [dinner], occurrences, accepted,
      helpers: [makeHelper('a'), makeHelper('b')], offers: [makeOffer('a'), makeOffer('b')],
    }))
    const tuesdays = result.placements.filter((p) => p.occurrenceId.match(/2025-06-(03|10|17)/))
    expect(tuesdays.every((p) => p.helperId === 'b' && p.fromAccepted)).toBe(true)
    expect(english(tuesdays[0].reasons[0])).toBe('accepted earlier')
    const thursdays = result.placements.filter((p) => p.occurrenceId.match(/2025-06-(05|12|19)/))
    expect(thursdays.map((p) => p.helperId)).toEqual(['a', 'a', 'a'])
    expect(result.assignments[0]).toBe(accepted[0])
  })

  it('drops an accepted occurrence that became impossible, says why, and re-plans it', () => {
    const dinner = makeNeed('dinner')
    const occurrences = occurrencesOf(dinner, days('2025-06-02', 7), '18:00', '20:00', { weekdays: [2, 4] })
    const result = plan(makeInput({
      needs: [dinner], occurrences,
      accepted: [makeAssignment('acc', { needId: 'dinner', helperId: 'b' })],
      helpers: [makeHelper('a'), makeHelper('b', { name: 'Bo' })],
      offers: [makeOffer('a'), makeOffer('b', { windows: ranges([2], '08:00', '22:00') })],
    }))
    expect(result.droppedAccepted.map((d) => ({ ...d, detail: english(d.detail), violations: d.violations.map((v) => ({ ...v, detail: english(v.detail) })) }))).toEqual([{
      assignmentId: 'acc', occurrenceId: 'dinner:2025-06-05:18:00',
      violations: [{ kind: 'not-available', detail: 'not available on Thursdays' }],
      detail: 'Bo: not available on Thursdays',
    }])
    expect(result.placements.map((p) => [p.occurrenceId, p.helperId])).toEqual([
      ['dinner:2025-06-03:18:00', 'b'], ['dinner:2025-06-05:18:00', 'a'],
    ])
  })

  it('keeps an overridden accepted series past the rule it overrides, never past an exclusion', () => {
    const dinner = makeNeed('dinner')
    const occurrence = makeOccurrence(dinner, TUESDAY, '18:00', '20:00')
    const override = makeAssignment('acc', { needId: 'dinner', helperId: 'b', override: 'Bo is not available then' })
    const base = {
      needs: [dinner], occurrences: [occurrence], accepted: [override],
      helpers: [makeHelper('b', { name: 'Bo' })], offers: [makeOffer('b', { windows: ranges([1], '08:00', '22:00') })],
    }
    const kept = plan(makeInput(base))
    expect(kept.placements).toEqual([expect.objectContaining({ helperId: 'b', start: at(TUESDAY, '18:00'), fromAccepted: true })])
    expect(englishAll(kept.placements[0].reasons)).toContain('kept by your decision (Bo is not available then)')
    const excluded = plan(makeInput({ ...base, boundaries: { excludedPeople: [{ id: 'x', name: 'bo', note: '' }], offLimits: [] } }))
    expect(excluded.placements).toEqual([])
    expect(excluded.droppedAccepted[0].violations.map((v) => v.kind)).toEqual(['excluded'])
  })

  it('prefers the helper with the lowest load relative to their limit', () => {
    const meal = makeNeed('meal')
    const soup = makeNeed('soup')
    const result = plan(makeInput({
      needs: [meal, soup],
      occurrences: [makeOccurrence(meal, TUESDAY, '12:00', '13:00'), makeOccurrence(soup, '2025-06-04', '12:00', '13:00')],
      helpers: [makeHelper('a'), makeHelper('b')],
      offers: [makeOffer('a', { weeklyLimit: 4 }), makeOffer('b', { weeklyLimit: 1 })],
    }))
    expect(result.placements.map((p) => p.helperId).sort()).toEqual(['a', 'b'])
  })
})
