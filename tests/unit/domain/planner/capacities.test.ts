/**
 * The relaxation's capacities are upper bounds: no helper can do more of a group's or a nest's
 * options than its capacity says. Checked by brute force — every order of every subset, each
 * task at its earliest start after the one before — on the small groups and nests of random
 * circles with staggered times (bigger ones only get a looser bound, never a tighter one).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { keepAccepted } from '../../../../src/domain/planner/accepted'
import { prepare } from '../../../../src/domain/planner/prepared'
import { buildModel, type Option } from '../../../../src/domain/planner/solver/model'
import { createState } from '../../../../src/domain/planner/state'
import { staggeredCircleArb } from './circles'

const BRUTE_FORCE_UP_TO = 6

/** The earliest start of `o` at or after `from`, read straight from its ranges. */
function earliestFrom(o: Option, from: number): number | null {
  for (const r of o.ranges) {
    const start = Math.max(from, o.base + r.start)
    if (start <= o.base + r.end) return start
  }
  return null
}

function doable(order: readonly Option[]): boolean {
  let free = Number.NEGATIVE_INFINITY
  for (const o of order) {
    const start = earliestFrom(o, free)
    if (start === null) return false
    free = start + o.duration
  }
  return true
}

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]]
  return items.flatMap((x, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [x, ...rest]))
}

/** The most of `options` one person can do, by trying everything. */
function bruteForceMost(options: readonly Option[]): number {
  let most = 0
  for (let mask = 1; mask < 1 << options.length; mask++) {
    const subset = options.filter((_, i) => mask & (1 << i))
    if (subset.length > most && permutations(subset).some(doable)) most = subset.length
  }
  return most
}

describe('capacities of the relaxation', () => {
  it('never say fewer than one person could really do, for groups and nests alike', () => {
    let checked = 0
    fc.assert(fc.property(staggeredCircleArb, (input) => {
      const prepared = prepare(input)
      const state = createState()
      keepAccepted(prepared, state)
      const model = buildModel(prepared, state)
      const options = model.tasks.flatMap((t) => t.options).filter((o) => !o.blocked)
      const sets = [
        ...model.groups.map((g, i) => ({ capacity: g.capacity, members: options.filter((o) => o.group === i) })),
        ...[...model.nestCapacity].map((capacity, i) => ({ capacity, members: options.filter((o) => o.nests.includes(i)) })),
      ]
      for (const { capacity, members } of sets) {
        if (members.length > BRUTE_FORCE_UP_TO) continue
        expect(capacity).toBeGreaterThanOrEqual(bruteForceMost(members))
        checked += 1
      }
    }), { numRuns: 40 })
    // Every run above builds a model; across them, many sets are small enough to check.
    expect(checked).toBeGreaterThan(100)
  }, 60_000)
})
