/**
 * When the search's budget runs out before it proves the plan best, the plan says how far from
 * the best it can be — as a number at the first priority it could not settle — and that number
 * is true: an exhaustive search covers no more than it says.
 */
import { describe, expect, it } from 'vitest'
import { couldCoverMore, plan } from '../../../../src/domain/planner'
import { staggeredCircle } from '../../../../bench/plannerStaggered'

describe('a plan that stopped searching', () => {
  const input = staggeredCircle({ helpers: 40, needs: 30, weeks: 2 })

  it('states at most how many more times of which priority any plan could cover', () => {
    const stopped = plan(input, { searchBudget: 0 })
    expect(stopped.quality.provenBest).toBe(false)
    const more = couldCoverMore(stopped.quality)!
    expect(more.atMost).toBeGreaterThan(0)
    const rank = ['high', 'medium', 'low'].indexOf(more.priority)
    expect(stopped.quality.bound.slice(0, rank)).toEqual(stopped.quality.covered.slice(0, rank))
    expect(more.atMost).toBe(stopped.quality.bound[rank] - stopped.quality.covered[rank])

    // With the budget it needs, the search proves the best there is: within what was stated.
    const full = plan(input, { searchBudget: 1_000_000 })
    expect(full.quality.provenBest).toBe(true)
    expect(couldCoverMore(full.quality)).toBeNull()
    expect(full.quality.covered.slice(0, rank)).toEqual(stopped.quality.covered.slice(0, rank))
    expect(full.quality.covered[rank] - stopped.quality.covered[rank]).toBeLessThanOrEqual(more.atMost)
  })
})
