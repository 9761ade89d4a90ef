/**
 * Never worse than where it started: whatever the search budget, the plan the solver returns is
 * at least as good as its own starting plan (the seed) at every level of the objective,
 * compared level by level — coverage high first, then backups, series and breadth.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { keepAccepted } from '../../../../src/domain/planner/accepted'
import { prepare } from '../../../../src/domain/planner/prepared'
import { compareLevels, qualityOf } from '../../../../src/domain/planner/solver/quality'
import { solve, startingSolution } from '../../../../src/domain/planner/solver/solve'
import { createState } from '../../../../src/domain/planner/state'
import type { PlanInput } from '../../../../src/domain/planner'
import type { TaskKind } from '../../../../src/domain/model'
import { circleArb, staggeredCircleArb } from './circles'
import { at, days, makeHelper, makeInput, makeNeed, makeOffer, occurrencesOf, ranges } from './fixtures'

const RUNS = { numRuns: 60 }
const TIMEOUT = 30_000

function startAndEnd(input: PlanInput, nodesPerPart: number) {
  const prepared = prepare(input)
  const state = createState()
  keepAccepted(prepared, state)
  return { start: qualityOf(startingSolution(prepared, state)), end: qualityOf(solve(prepared, state, { nodesPerPart })) }
}

/** Found by the property below (1 run in ~2,500 before the fix): the repaired relaxation covered 5/0/1, the seed 6/0/0. */
function pinnedCircle(): PlanInput {
  const need = (id: string, kind: 'dog-walk' | 'ride', priority: 'high' | 'low', duration: number) =>
    makeNeed(id, { kind, priority, timing: { ...makeNeed(id).timing, durationMinutes: duration } })
  const [walk, ride, lunchRide, walk2] = [need('n0', 'dog-walk', 'high', 15), need('n1', 'ride', 'low', 60), need('n2', 'ride', 'high', 15), need('n3', 'dog-walk', 'high', 30)]
  const dates = days('2025-03-24', 7)
  const kinds: TaskKind[] = ['dog-walk', 'call', 'ride']
  return makeInput({
    now: at('2025-03-23', '12:00'),
    needs: [walk, ride, lunchRide, walk2],
    occurrences: [
      ...occurrencesOf(walk, dates, '18:00', '18:30', { weekdays: [6, 7] }), ...occurrencesOf(ride, dates, '18:00', '19:00', { weekdays: [5, 6, 7] }),
      ...occurrencesOf(lunchRide, dates, '12:30', '13:30', { weekdays: [5, 7] }), ...occurrencesOf(walk2, dates, '18:00', '18:30', { weekdays: [5, 6] }),
    ],
    helpers: ['h1', 'h2', 'h3', 'h5'].map((id) => makeHelper(id)),
    offers: [
      makeOffer('h1', { kinds, windows: ranges([5, 6, 7], '07:00', '18:30'), until: '2025-03-30' }),
      makeOffer('h2', { kinds, windows: ranges([3, 4, 6], '05:30', '19:00'), from: '2025-03-24' }),
      makeOffer('h3', { kinds: ['call', 'ride'], windows: ranges([5, 6, 7], '13:00', '19:00'), from: '2025-03-24', weeklyLimit: 1 }),
      makeOffer('h5', { kinds, windows: ranges([5, 6, 7], '07:00', '18:30'), until: '2025-03-30' }),
    ],
  })
}

describe('the solver never ends worse than it started', () => {
  it('keeps its starting plan when the search has no nodes to spend and its repair would lose something', () => {
    const { start, end } = startAndEnd(pinnedCircle(), 0)
    expect(end.covered).toEqual(start.covered)
    expect(compareLevels(end, start, false)).toBeGreaterThanOrEqual(0)
  })

  for (const [name, arb] of [['shared start times', circleArb], ['staggered times', staggeredCircleArb]] as const) {
    it(`at every level, even when the search stops at once (${name})`, () => {
      fc.assert(fc.property(arb, fc.constantFrom(0, 1, 2, 200), (input, nodes) => {
        const { start, end } = startAndEnd(input, nodes)
        expect(compareLevels(end, start, false)).toBeGreaterThanOrEqual(0)
      }), RUNS)
    }, TIMEOUT)
  }
})
