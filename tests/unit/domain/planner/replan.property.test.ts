import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Offer } from '../../../../src/domain/model'
import { plan, type Plan, type PlanInput } from '../../../../src/domain/planner'
import { addDays } from './fixtures'
import { brokenRules, circleArb, mondayOf } from './circles'

const RUNS = { numRuns: 60 }
const TIMEOUT = 20_000

/** Lexicographic, high first: positive when `a` covers more. */
const compareCoverage = (a: Plan, b: Plan) => {
  for (let i = 0; i < 3; i++) if (a.quality.covered[i] !== b.quality.covered[i]) return a.quality.covered[i] - b.quality.covered[i]
  return 0
}

const holders = (result: Plan, role: 'primary' | 'backup') =>
  new Map(result.placements.filter((p) => p.role === role).map((p) => [p.occurrenceId, p.helperId]))

/** Occurrences (of the role) whose helper differs, including taken ↔ not taken. */
function changed(before: Plan, after: Plan, role: 'primary' | 'backup'): string[] {
  const a = holders(before, role)
  const b = holders(after, role)
  return [...new Set([...a.keys(), ...b.keys()])].filter((id) => a.get(id) !== b.get(id)).sort()
}

const dateOf = (occurrenceId: string) => occurrenceId.split(':')[1]

const extraOfferArb = fc.record({
  kinds: fc.subarray(['meal', 'dog-walk', 'call', 'ride'] as const, { minLength: 1 }),
  weekdays: fc.subarray([1, 2, 3, 4, 5, 6, 7] as const, { minLength: 1 }),
  limit: fc.integer({ min: 1, max: 4 }),
})

describe('re-planning', () => {
  it('gives the same plan when nothing changed, with or without the previous plan', () => {
    fc.assert(fc.property(circleArb, (input) => {
      const first = plan(input)
      const again = plan({ ...input, previous: first })
      expect(again.placements).toEqual(first.placements)
      expect(again.assignments).toEqual(first.assignments)
      expect(again.quality.changedFromPrevious).toBe(0)
    }), RUNS)
  }, TIMEOUT)

  it('never covers less when an offer is added', () => {
    fc.assert(fc.property(circleArb, extraOfferArb, (input, extra) => {
      const offer: Offer = {
        helperId: 'newcomer', kinds: [...extra.kinds], mode: 'any', weeklyLimit: extra.limit, from: null, until: null,
        windows: extra.weekdays.map((weekday) => ({ weekday, start: '08:00', end: '22:00' })),
      }
      const more: PlanInput = {
        ...input,
        helpers: [...input.helpers, { id: 'newcomer', name: 'Newcomer', contact: '', relation: 'friend', tags: [], createdAt: 0 }],
        offers: [...input.offers, offer],
      }
      expect(compareCoverage(plan(more), plan(input))).toBeGreaterThanOrEqual(0)
    }), RUNS)
  }, TIMEOUT)

  it('never covers less when a limit is raised', () => {
    fc.assert(fc.property(circleArb, fc.nat(), fc.integer({ min: 1, max: 3 }), (input, pick, by) => {
      if (input.offers.length === 0) return
      const raised = input.offers[pick % input.offers.length].helperId
      const more = { ...input, offers: input.offers.map((o) => (o.helperId === raised ? { ...o, weeklyLimit: o.weeklyLimit + by } : o)) }
      expect(compareCoverage(plan(more), plan(input))).toBeGreaterThanOrEqual(0)
    }), RUNS)
  }, TIMEOUT)

  it('after one helper leaves for a week, changes only that week: their tasks and what refilling them needs', () => {
    fc.assert(fc.property(circleArb, fc.nat(), fc.nat(), (input, pickHelper, pickWeek) => {
      const before = plan(input)
      const leaver = input.helpers[pickHelper % input.helpers.length].id
      const weeks = [...new Set(input.occurrences.map((o) => mondayOf(o.date)))].sort()
      if (weeks.length === 0) return
      const monday = weeks[pickWeek % weeks.length]
      const sunday = addDays(monday, 6)
      const away = { ...input, previous: before, away: [{ helperId: leaver, from: monday, until: sunday }] }
      const after = plan(away)
      expect(brokenRules(input, after).filter((b) => !b.includes('not the earliest'))).toEqual([])
      const inWeek = (id: string) => monday <= dateOf(id) && dateOf(id) <= sunday
      const theirs = before.placements.filter((p) => p.role === 'primary' && p.helperId === leaver && inWeek(p.occurrenceId))
      for (const role of ['primary', 'backup'] as const) expect(changed(before, after, role).filter((id) => !inWeek(id))).toEqual([])
      const refilled = theirs.filter((p) => holders(after, 'primary').has(p.occurrenceId)).length
      // Each refill moves a chain of others at most as long as there are other helpers.
      const others = input.helpers.length - 1
      expect(changed(before, after, 'primary').length).toBeLessThanOrEqual(theirs.length + refilled * others)
    }), RUNS)
  }, TIMEOUT)
})
