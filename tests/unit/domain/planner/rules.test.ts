import { english, englishAll } from '../../../helpers/plannerWords'
import { describe, expect, it } from 'vitest'
import { checkHardRules, plan, plannedStart } from '../../../../src/domain/planner'
import {
  AUCKLAND, at, makeHelper, makeInput, makeNeed, makeOccurrence, makeOffer, range, ranges,
} from './fixtures'

const TUESDAY = '2025-06-03'
const meal = makeNeed('meal', { kind: 'meal' })

const primaryOf = (result: ReturnType<typeof plan>, occurrenceId: string) =>
  result.placements.find((p) => p.occurrenceId === occurrenceId && p.role === 'primary')

describe('hard rules', () => {
  it('never plans an excluded person, even the perfect one', () => {
    const occurrence = makeOccurrence(meal, TUESDAY, '18:00', '20:00')
    const result = plan(makeInput({
      needs: [meal], occurrences: [occurrence],
      helpers: [makeHelper('d', { name: 'Dana  Fox' })],
      offers: [makeOffer('d', { weeklyLimit: 7 })],
      boundaries: { excludedPeople: [{ id: 'x', name: ' dana fox', note: '' }], offLimits: [] },
    }))
    expect(result.placements).toEqual([])
    expect(result.unfilled).toEqual([expect.objectContaining({ occurrenceId: occurrence.id, reason: 'only-excluded-or-remote' })])
  })

  it('never gives an in-person need to a remote-only offer, but gives it a call', () => {
    const call = makeNeed('call', { kind: 'call', mode: 'remote' })
    const visit = makeNeed('visit', { kind: 'visit', mode: 'in-person' })
    const result = plan(makeInput({
      needs: [call, visit],
      occurrences: [makeOccurrence(call, TUESDAY, '10:00', '11:00'), makeOccurrence(visit, TUESDAY, '14:00', '16:00')],
      helpers: [makeHelper('far')],
      offers: [makeOffer('far', { kinds: ['call', 'visit'], mode: 'remote-only' })],
    }))
    expect(result.placements.map((p) => p.occurrenceId)).toEqual([`call:${TUESDAY}:10:00`])
    expect(result.unfilled).toEqual([expect.objectContaining({ reason: 'only-excluded-or-remote' })])
  })

  it('counts the weekly limit in Monday–Sunday weeks of the recipient’s zone', () => {
    const walk = makeNeed('walk', { kind: 'dog-walk' })
    const inZone = (date: string, time: string) => makeOccurrence(walk, date, time, '12:00', AUCKLAND)
    // Sun 15 June 09:00 and Mon 16 June 10:00 in Auckland fall in one UTC week, two local weeks.
    const sunday = inZone('2025-06-15', '09:00')
    const monday = inZone('2025-06-16', '10:00')
    // Mon 16 June 10:00 (UTC Sunday) and Tue 17 June 10:00 (UTC Monday): two UTC weeks, one local week.
    const tuesday = inZone('2025-06-17', '10:00')
    expect(new Date(monday.windowStart).getUTCDay()).toBe(0)
    const result = plan(makeInput({
      timeZone: AUCKLAND, now: at('2025-06-01', '00:00', AUCKLAND),
      needs: [walk], occurrences: [sunday, monday, tuesday],
      helpers: [makeHelper('lee')],
      offers: [makeOffer('lee', { kinds: ['dog-walk'], weeklyLimit: 1 })],
    }))
    expect(result.placements.map((p) => p.occurrenceId)).toEqual([sunday.id, monday.id])
    expect(result.unfilled).toEqual([expect.objectContaining({ occurrenceId: tuesday.id, reason: 'everyone-at-limit' })])
    expect(result.loads).toEqual({ lee: { '2025-06-09': 1, '2025-06-16': 1 } })
  })

  it('lets off-limits times block in-person needs only, planning around them when it can', () => {
    const call = makeNeed('call', { kind: 'call', mode: 'remote' })
    const offLimits = [{ id: 'quiet', ...range(2, '18:00', '20:00') }]
    const inWindow = makeOccurrence(meal, TUESDAY, '18:00', '19:30')
    const remote = makeOccurrence(call, TUESDAY, '18:00', '19:30')
    const longer = makeOccurrence(makeNeed('meal2', { kind: 'meal' }), TUESDAY, '18:30', '21:00')
    const result = plan(makeInput({
      needs: [meal, call, makeNeed('meal2', { kind: 'meal' })], occurrences: [inWindow, remote, longer],
      helpers: [makeHelper('a'), makeHelper('b'), makeHelper('c')],
      offers: ['a', 'b', 'c'].map((id) => makeOffer(id, { kinds: ['meal', 'call'] })),
      boundaries: { excludedPeople: [], offLimits },
    }))
    expect(primaryOf(result, inWindow.id)).toBeUndefined()
    expect(result.unfilled).toEqual([expect.objectContaining({ occurrenceId: inWindow.id, reason: 'off-limits' })])
    expect(primaryOf(result, remote.id)?.start).toBe(at(TUESDAY, '18:00'))
    expect(primaryOf(result, longer.id)?.start).toBe(at(TUESDAY, '20:00'))
  })

  it('never plans a professional-first need until peer help is confirmed', () => {
    const talk = (peerConfirmed: boolean) =>
      makeNeed('talk', { kind: 'call', mode: 'remote', safety: { professionalFirst: true, peerConfirmed } })
    const run = (peerConfirmed: boolean) => plan(makeInput({
      needs: [talk(peerConfirmed)], occurrences: [makeOccurrence(talk(peerConfirmed), TUESDAY, '10:00', '12:00')],
      helpers: [makeHelper('a')], offers: [makeOffer('a', { kinds: ['call'] })],
    }))
    expect(run(false).placements).toEqual([])
    expect(run(false).unfilled[0].reason).toBe('professional-first')
    expect(run(true).placements).toHaveLength(1)
  })

  // The planner reads words only for the question (professional first is set when words are written).
  it.each([
    'Evening call, she is grieving',
    'Llamada por la noche, dice que quiere quitarse la vida',
    'llamada: esta bajo de animo y no se toma la medicacion',
  ])('never plans a need whose words, in either language, ask the safety question until it is answered: "%s"', (title) => {
    const talk = (riskAnswer: 'no' | null) => makeNeed('talk', { title, kind: 'call', mode: 'remote', safety: { professionalFirst: false, peerConfirmed: false, riskAnswer } })
    const run = (riskAnswer: 'no' | null) => plan(makeInput({
      needs: [talk(riskAnswer)], occurrences: [makeOccurrence(talk(riskAnswer), TUESDAY, '10:00', '12:00')],
      helpers: [makeHelper('a')], offers: [makeOffer('a', { kinds: ['call'] })],
    }))
    expect(run(null).placements).toEqual([])
    expect(run(null).unfilled[0].reason).toBe('professional-first')
    expect(run('no').placements).toHaveLength(1)
  })

  it('needs a window that holds the whole duration, and plans the earliest start', () => {
    const occurrence = makeOccurrence(meal, TUESDAY, '18:00', '21:00')
    const offer = (start: string, end: string) => makeOffer('a', { windows: [range(2, start, end)] })
    const boundaries = { excludedPeople: [], offLimits: [] }
    expect(plannedStart(occurrence, meal, offer('18:40', '19:10'), boundaries, 'Europe/Berlin')).toBe(at(TUESDAY, '18:40'))
    expect(plannedStart(occurrence, meal, offer('18:45', '19:10'), boundaries, 'Europe/Berlin')).toBeNull()
    expect(plannedStart(occurrence, meal, offer('20:45', '23:00'), boundaries, 'Europe/Berlin')).toBeNull()
  })

  it('respects the offer’s from and until dates', () => {
    const occurrence = makeOccurrence(meal, TUESDAY, '18:00', '20:00')
    const result = plan(makeInput({
      needs: [meal], occurrences: [occurrence], helpers: [makeHelper('a')],
      offers: [makeOffer('a', { from: '2025-06-04', until: '2025-06-30' })],
    }))
    expect(result.unfilled).toEqual([expect.objectContaining({ reason: 'outside-offer-dates' })])
  })

  it('never books one helper for two overlapping occurrences', () => {
    const soup = makeNeed('soup', { kind: 'meal' })
    const result = plan(makeInput({
      needs: [meal, soup],
      // 30 minutes each: neither can move, so they can only overlap.
      occurrences: [makeOccurrence(meal, TUESDAY, '18:00', '18:30'), makeOccurrence(soup, TUESDAY, '18:15', '18:45')],
      helpers: [makeHelper('a')], offers: [makeOffer('a')],
    }))
    expect(result.placements).toHaveLength(1)
    expect(result.unfilled[0].reason).toBe('busy-elsewhere')
  })

  it('books one helper for two occurrences one after the other when their windows allow it', () => {
    const soup = makeNeed('soup', { kind: 'meal' })
    const result = plan(makeInput({
      needs: [meal, soup],
      occurrences: [makeOccurrence(meal, TUESDAY, '18:00', '18:30'), makeOccurrence(soup, TUESDAY, '18:15', '19:00')],
      helpers: [makeHelper('a')], offers: [makeOffer('a')],
    }))
    expect(result.unfilled).toEqual([])
    const starts = result.placements.map((p) => p.start).sort((x, y) => x - y)
    expect(starts).toEqual([at(TUESDAY, '18:00'), at(TUESDAY, '18:30')])
  })

  it('asks for the need’s tags and kind', () => {
    const spanish = makeNeed('es', { kind: 'call', mode: 'remote', requiredTags: ['Spanish'] })
    const occurrence = makeOccurrence(spanish, TUESDAY, '10:00', '12:00')
    const base = { needs: [spanish], occurrences: [occurrence] }
    const without = plan(makeInput({ ...base, helpers: [makeHelper('a')], offers: [makeOffer('a', { kinds: ['call'] })] }))
    expect(without.unfilled[0].reason).toBe('missing-tags')
    const noKind = plan(makeInput({ ...base, helpers: [makeHelper('a', { tags: ['spanish'] })], offers: [makeOffer('a')] }))
    expect(noKind.unfilled[0].reason).toBe('no-offer-of-kind')
    const fits = plan(makeInput({
      ...base, helpers: [makeHelper('a', { tags: [' spanish'] })], offers: [makeOffer('a', { kinds: ['call'] })],
    }))
    expect(englishAll(fits.placements[0].reasons)).toContain('has Spanish')
  })

  it('checkHardRules lists every rule broken, most fundamental first', () => {
    const occurrence = makeOccurrence(meal, '2025-06-07', '18:00', '20:00')
    const violations = checkHardRules(
      occurrence, meal, makeHelper('sam', { name: 'Sam' }),
      makeOffer('sam', { kinds: ['call'], mode: 'remote-only', windows: ranges([1, 2], '08:00', '22:00') }),
      { excludedPeople: [{ id: 'x', name: 'SAM', note: '' }], offLimits: [] },
      { timeZone: 'Europe/Berlin', role: 'primary', bookings: [] },
    )
    expect(violations.map((v) => ({ ...v, detail: english(v.detail) }))).toEqual([
      { kind: 'excluded', detail: 'not to be involved' },
      { kind: 'kind-not-offered', detail: "hasn't offered meals" },
      { kind: 'remote-only', detail: 'remote only' },
      { kind: 'not-available', detail: 'not available on Saturdays' },
    ])
  })

  it('needs no one for a cancelled occurrence, and never re-plans the past', () => {
    const past = makeOccurrence(meal, '2025-06-02', '18:00', '20:00')
    const cancelled = makeOccurrence(meal, TUESDAY, '18:00', '20:00')
    const result = plan(makeInput({
      now: at(TUESDAY, '09:00'), needs: [meal], occurrences: [past, cancelled],
      helpers: [makeHelper('a')], offers: [makeOffer('a')],
      statuses: [{ occurrenceId: cancelled.id, status: 'cancelled', coveredBy: null, note: '', at: 0 }],
    }))
    expect(result).toMatchObject({ placements: [], unfilled: [], assignments: [] })
  })
})
