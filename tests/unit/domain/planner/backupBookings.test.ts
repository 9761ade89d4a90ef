import { english } from '../../../helpers/plannerWords'
/**
 * An accepted backup is a booking: the helper promised to be free then. Nothing new is planned
 * over it, a re-plan that can't keep it clear says so, and the rule check reports the overlap.
 */
import { describe, expect, it } from 'vitest'
import { checkHardRules, plan, whoCouldFill } from '../../../../src/domain/planner'
import { brokenRules } from './circles'
import { at, makeAssignment, makeHelper, makeInput, makeNeed, makeOccurrence, makeOffer } from './fixtures'

const TUESDAY = '2025-06-03'
// An hour each in a window of an hour: neither can move.
const dinner = makeNeed('dinner', { kind: 'meal', priority: 'high', timing: { ...makeNeed('x').timing, durationMinutes: 60 } })
const walk = makeNeed('walk', { kind: 'dog-walk', timing: { ...makeNeed('x').timing, durationMinutes: 60 } })
const dinnerAt6 = makeOccurrence(dinner, TUESDAY, '18:00', '19:00')
const walkAt6 = makeOccurrence(walk, TUESDAY, '18:00', '19:00')

const circle = (accepted: ReturnType<typeof makeAssignment>[]) => makeInput({
  needs: [dinner, walk], occurrences: [dinnerAt6, walkAt6], accepted,
  helpers: [makeHelper('ana', { name: 'Ana' }), makeHelper('sam', { name: 'Sam' })],
  offers: [makeOffer('ana', { kinds: ['meal'] }), makeOffer('sam', { kinds: ['meal', 'dog-walk'] })],
})

const samBacksUpDinner = makeAssignment('sam-backup', { needId: 'dinner', helperId: 'sam', role: 'backup' })
const samWalks = makeAssignment('sam-walk', { needId: 'walk', helperId: 'sam' })

describe('an accepted backup is a booking', () => {
  it('keeps the helper from being planned for anything else at that time', () => {
    const input = circle([samBacksUpDinner])
    const result = plan(input)
    expect(result.placements.map((p) => [p.occurrenceId, p.role, p.helperId])).toEqual([
      [dinnerAt6.id, 'primary', 'ana'], [dinnerAt6.id, 'backup', 'sam'],
    ])
    expect(result.unfilled).toEqual([expect.objectContaining({ occurrenceId: walkAt6.id, reason: 'busy-elsewhere' })])
    const sam = whoCouldFill(walkAt6, input, { plan: result }).find((c) => c.helperId === 'sam')!
    expect(sam.canTake).toBe(false)
    expect(english(sam.sentence)).toBe('Sam: already doing something else then')
    expect(brokenRules(input, result)).toEqual([])
  })

  it('without it, the same helper walks the dog then (the plan above is not a coincidence)', () => {
    const result = plan(circle([]))
    expect(result.placements.filter((p) => p.role === 'primary').map((p) => p.helperId).sort()).toEqual(['ana', 'sam'])
  })

  it('is dropped, and said so, when an accepted task of theirs takes that time', () => {
    const input = circle([samBacksUpDinner, samWalks])
    const result = plan(input)
    expect(result.droppedAccepted.map((d) => ({ ...d, detail: english(d.detail), violations: d.violations.map((v) => ({ ...v, detail: english(v.detail) })) }))).toEqual([{
      assignmentId: 'sam-backup', occurrenceId: dinnerAt6.id,
      violations: [{ kind: 'overlap', detail: 'already doing something else then' }],
      detail: 'Sam as backup: already doing something else then',
    }])
    expect(result.placements.map((p) => [p.occurrenceId, p.role, p.helperId])).toEqual([
      [dinnerAt6.id, 'primary', 'ana'], [walkAt6.id, 'primary', 'sam'],
    ])
    expect(result.assignments.filter((a) => a.accepted).map((a) => a.id)).toEqual(['sam-walk'])
  })

  it('is reported by the rule check, as is a backup over another backup', () => {
    const booking = { occurrenceId: walkAt6.id, start: at(TUESDAY, '18:00'), end: at(TUESDAY, '19:00'), weekKey: '2025-06-02' }
    const check = (context: Partial<Parameters<typeof checkHardRules>[5]>) => checkHardRules(
      dinnerAt6, dinner, makeHelper('sam'), makeOffer('sam'), { excludedPeople: [], offLimits: [] },
      { timeZone: 'Europe/Berlin', role: 'backup', bookings: [], ...context },
    ).map((v) => v.kind)
    expect(check({ bookings: [booking] })).toEqual(['overlap'])
    expect(check({ backupBookings: [booking] })).toEqual(['overlap'])
    expect(check({ role: 'primary', backupBookings: [booking] })).toEqual(['overlap'])
    expect(check({ backupBookings: [{ ...booking, start: at(TUESDAY, '19:00'), end: at(TUESDAY, '20:00') }] })).toEqual([])
    // Its own booking is not a clash (a re-check of an occurrence already planned).
    expect(check({ bookings: [{ ...booking, occurrenceId: dinnerAt6.id }] })).toEqual([])
  })
})
