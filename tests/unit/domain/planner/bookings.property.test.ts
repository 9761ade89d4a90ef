/**
 * No helper is ever booked, as primary or backup, for two overlapping occurrences — whatever
 * was accepted, from whichever plan. Accepted series here come from two different plans of
 * the same circle (one made with a few "not this person" answers), so accepted tasks
 * collide: the planner must drop one of each colliding pair and say so.
 *
 * Some series are also chosen by hand, as a coordinator would in Assign, whether or not they fit.
 *
 * Runs `PLANNER_BOOKING_RUNS` cases (60 by default, the fixed seed in CI); the on-demand
 * `npm run test:planner-bookings` runs 10,000.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Assignment, Weekday } from '../../../../src/domain/model'
import { matchesAssignment, plan, type Plan, type PlanInput } from '../../../../src/domain/planner'
import { brokenRules, circleArb } from './circles'

const RUNS = Number(process.env.PLANNER_BOOKING_RUNS ?? 60)
/** About 30 ms a case here; the long run gets its own budget. */
const TIMEOUT = Math.max(30_000, RUNS * 200)

/** Every pair of one helper's placements, in any roles, that overlap at their planned starts. */
function doubleBookings(input: PlanInput, result: Plan): string[] {
  const duration = new Map(input.occurrences.map((o) => [o.id, o.durationMinutes * 60_000]))
  const found: string[] = []
  const byHelper = new Map<string, Plan['placements']>()
  for (const p of result.placements) byHelper.set(p.helperId, [...byHelper.get(p.helperId) ?? [], p])
  for (const [helperId, placements] of byHelper) {
    for (const a of placements) for (const b of placements) {
      if (a === b || a.occurrenceId > b.occurrenceId || (a.occurrenceId === b.occurrenceId && a.role >= b.role)) continue
      if (a.start < b.start + duration.get(b.occurrenceId)! && b.start < a.start + duration.get(a.occurrenceId)!) {
        found.push(`${helperId}: ${a.role} ${a.occurrenceId} and ${b.role} ${b.occurrenceId}`)
      }
    }
  }
  return found
}

const pick = (assignments: readonly Assignment[], picks: readonly boolean[], tag: string): Assignment[] =>
  assignments.filter((_, i) => picks[i % picks.length]).map((a) => ({ ...a, id: `${tag}:${a.id}`, accepted: true }))

const declinedArb = fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 4 })
const picksArb = fc.array(fc.boolean(), { minLength: 1, maxLength: 40 })
const roleArb = fc.constantFrom('primary', 'backup') as fc.Arbitrary<'primary' | 'backup'>
/**
 * Series the coordinator chose by hand (Assign → "Choose someone else"), every day of the
 * circle: one person for two needs, in any roles — often at the same hour.
 */
const chosenArb = fc.array(fc.record({ helper: fc.nat(), needs: fc.tuple(fc.nat(), fc.nat()), roles: fc.tuple(roleArb, roleArb) }), { maxLength: 3 })

function chosenSeries(input: PlanInput, chosen: readonly { helper: number; needs: [number, number]; roles: ['primary' | 'backup', 'primary' | 'backup'] }[]): Assignment[] {
  const needIds = input.needs.map((n) => n.id)
  return chosen.flatMap(({ helper, needs, roles }, i) => needs.flatMap((need, j) => {
    const occurrence = input.occurrences.find((o) => o.needId === needIds[need % needIds.length])
    if (!occurrence) return []
    return [{
      id: `c:${i}:${j}`, needId: occurrence.needId, slotKey: occurrence.slotKey, weekdays: [1, 2, 3, 4, 5, 6, 7] as Weekday[],
      from: '2000-01-01', until: '2100-01-01',
      helperId: input.helpers[helper % input.helpers.length].id, role: roles[j], accepted: true, override: null,
    }]
  }))
}

describe('bookings', () => {
  it('never books a helper, as primary or backup, for two overlapping occurrences, whatever was accepted', () => {
    fc.assert(fc.property(circleArb, declinedArb, picksArb, picksArb, chosenArb, (input, declines, picksA, picksB, chosen) => {
      const declined = declines.map(([n, h]) => ({ needId: input.needs[n % input.needs.length].id, helperId: input.helpers[h % input.helpers.length].id }))
      const one = plan(input)
      const other = plan({ ...input, declined })
      const accepted = [...pick(one.assignments, picksA, 'a'), ...pick(other.assignments, picksB, 'b'), ...chosenSeries(input, chosen)]
      const result = plan({ ...input, accepted })
      expect(doubleBookings(input, result)).toEqual([])
      expect(brokenRules(input, result)).toEqual([])
      // Each accepted occurrence is kept by its helper in its role, or listed as dropped.
      const cancelled = new Set((input.statuses ?? []).filter((s) => s.status === 'cancelled').map((s) => s.occurrenceId))
      const dropped = new Set(result.droppedAccepted.map((d) => `${d.assignmentId}/${d.occurrenceId}`))
      for (const series of accepted) {
        for (const occurrence of input.occurrences.filter((o) => !cancelled.has(o.id) && matchesAssignment(series, o))) {
          const kept = result.placements.some((p) => p.occurrenceId === occurrence.id && p.role === series.role
            && p.helperId === series.helperId && p.fromAccepted)
          expect(kept || dropped.has(`${series.id}/${occurrence.id}`)).toBe(true)
        }
      }
    }), { numRuns: RUNS })
  }, TIMEOUT)
})
