import { english } from '../../../helpers/plannerWords'
import { TZDate } from '@date-fns/tz'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Assignment } from '../../../../src/domain/model'
import { coverage, matchesAssignment, plan, whoCouldFill, type Plan, type PlanInput } from '../../../../src/domain/planner'
import { brokenRules, circleArb, mondayOf } from './circles'

const RUNS = { numRuns: 60 }
/** Generous, for slow machines: each property takes a second or two here. */
const TIMEOUT = 20_000

/** A seeded Fisher–Yates shuffle, so a failing case can be replayed. */
function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items]
  let state = seed >>> 0 || 1
  for (let i = out.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    const j = state % (i + 1)
    ;[out[i], out[j]] = [out[j], out[i]]
  }
  return out
}

function shuffledInput(input: PlanInput, seed: number): PlanInput {
  return {
    ...input,
    occurrences: shuffle(input.occurrences, seed),
    needs: shuffle(input.needs.map((n) => ({ ...n, requiredTags: shuffle(n.requiredTags, seed + 1) })), seed + 2),
    helpers: shuffle(input.helpers.map((h) => ({ ...h, tags: shuffle(h.tags, seed + 3) })), seed + 4),
    offers: shuffle(input.offers.map((o) => ({ ...o, kinds: shuffle(o.kinds, seed + 5), windows: shuffle(o.windows, seed + 6) })), seed + 7),
    boundaries: {
      excludedPeople: shuffle(input.boundaries.excludedPeople, seed + 8),
      offLimits: shuffle(input.boundaries.offLimits, seed + 9),
    },
    accepted: shuffle(input.accepted, seed + 10),
    statuses: shuffle(input.statuses ?? [], seed + 11),
  }
}

const essence = (result: Plan) =>
  result.placements.map(({ occurrenceId, helperId, role, start }) => ({ occurrenceId, helperId, role, start }))

const acceptAll = (assignments: readonly Assignment[]) => assignments.map((a) => ({ ...a, accepted: true }))

/** The placements of `result` that one of the `accepted` series holds, with that series. */
function acceptedPlacements(input: PlanInput, result: Plan, accepted: readonly Assignment[]) {
  const occurrences = new Map(input.occurrences.map((o) => [o.id, o]))
  return result.placements.flatMap((placement) => {
    const occurrence = occurrences.get(placement.occurrenceId)!
    const series = accepted.find((a) => a.helperId === placement.helperId && a.role === placement.role && matchesAssignment(a, occurrence))
    return series ? [{ placement, series }] : []
  })
}

describe('planner properties on random circles', () => {
  it('never breaks a hard rule', () => {
    fc.assert(fc.property(circleArb, (input) => {
      expect(brokenRules(input, plan(input))).toEqual([])
    }), RUNS)
  }, TIMEOUT)

  it('gives the same plan whatever the order of the input', () => {
    fc.assert(fc.property(circleArb, fc.integer(), (input, seed) => {
      expect(plan(shuffledInput(input, seed))).toEqual(plan(input))
    }), RUNS)
  }, TIMEOUT)

  it('reproduces its placements when all its series are accepted', () => {
    fc.assert(fc.property(circleArb, (input) => {
      const first = plan(input)
      const second = plan({ ...input, accepted: acceptAll(first.assignments) })
      expect(essence(second)).toEqual(essence(first))
      expect(second.placements.every((p) => p.fromAccepted)).toBe(true)
      expect(second.droppedAccepted).toEqual([])
      expect(second.unfilled).toEqual(first.unfilled)
    }), RUNS)
  }, TIMEOUT)

  it('keeps accepted series while they stay possible, even when another helper leaves', () => {
    fc.assert(fc.property(circleArb, fc.array(fc.boolean(), { minLength: 1, maxLength: 40 }), fc.nat(), (input, picks, leaver) => {
      const first = plan(input)
      // Any part of the plan, however many series it has.
      const accepted = acceptAll(first.assignments.filter((_, i) => picks[i % picks.length]))
      const leaving = input.helpers[leaver % input.helpers.length].id
      const second = plan({ ...input, accepted, offers: input.offers.filter((o) => o.helperId !== leaving) })
      expect(brokenRules(input, second)).toEqual([])
      for (const { placement, series } of acceptedPlacements(input, first, accepted)) {
        const kept = second.placements.find((q) => q.occurrenceId === placement.occurrenceId && q.role === placement.role)
        if (placement.helperId === leaving) {
          expect(kept?.helperId).not.toBe(leaving)
          expect(second.droppedAccepted.some((d) => d.occurrenceId === placement.occurrenceId && d.assignmentId === series.id)).toBe(true)
        } else {
          // Kept means the same person in the same role. With only part of a plan accepted, the
          // time inside a flexible window may move when the rest of that person's day changes
          // (the next property pins the times when all of it was accepted).
          expect(kept).toMatchObject({ helperId: placement.helperId, fromAccepted: true })
        }
      }
    }), RUNS)
  }, TIMEOUT)

  it('keeps every accepted time when the whole plan was accepted and another helper leaves', () => {
    fc.assert(fc.property(circleArb, fc.nat(), (input, leaver) => {
      const first = plan(input)
      const accepted = acceptAll(first.assignments)
      const leaving = input.helpers[leaver % input.helpers.length].id
      const second = plan({ ...input, accepted, offers: input.offers.filter((o) => o.helperId !== leaving) })
      expect(brokenRules(input, second)).toEqual([])
      const stayed = first.placements.filter((p) => p.helperId !== leaving)
      for (const p of stayed) {
        expect(second.placements.find((q) => q.occurrenceId === p.occurrenceId && q.role === p.role))
          .toMatchObject({ helperId: p.helperId, start: p.start, fromAccepted: true })
      }
      const dropped = new Set(second.droppedAccepted.map((d) => `${d.occurrenceId}/${d.assignmentId}`))
      for (const { placement, series } of acceptedPlacements(input, first, accepted)) {
        if (placement.helperId === leaving) expect(dropped.has(`${placement.occurrenceId}/${series.id}`)).toBe(true)
      }
    }), RUNS)
  }, TIMEOUT)

  it('leaves nothing unfilled that someone could still take, and explains each gap', () => {
    fc.assert(fc.property(circleArb, (input) => {
      const result = plan(input)
      for (const gap of result.unfilled) {
        expect(gap.reason).not.toBe('could-be-filled')
        expect(english(gap.detail)).not.toBe(gap.detail.id)
        const occurrence = input.occurrences.find((o) => o.id === gap.occurrenceId)!
        expect(whoCouldFill(occurrence, input, { plan: result }).filter((c) => c.canTake)).toEqual([])
      }
    }), { numRuns: 30 })
  }, TIMEOUT)

  it('reports loads per local Monday–Sunday week and a coverage cell per need-day', () => {
    fc.assert(fc.property(circleArb, (input) => {
      const result = plan(input)
      const loads: Record<string, Record<string, number>> = {}
      for (const p of result.placements.filter((q) => q.role === 'primary')) {
        const d = new TZDate(p.start, input.timeZone)
        const week = mondayOf(`${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`)
        loads[p.helperId] = { ...loads[p.helperId], [week]: (loads[p.helperId]?.[week] ?? 0) + 1 }
      }
      expect(result.loads).toEqual(loads)
      const gapDays = new Set(result.unfilled.map((u) => u.occurrenceId.split(':').slice(0, 2).join(':')))
      for (const cell of coverage(input, result)) {
        if (gapDays.has(`${cell.needId}:${cell.date}`)) expect(cell.status).toBe('gap')
        expect(cell.duplicated).toBe(cell.candidatesCount > cell.needed)
      }
    }), { numRuns: 30 })
  }, TIMEOUT)
})
