import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { plan } from '../../../../src/domain/planner'
import { circleArb, staggeredCircleArb } from './circles'
import { independentOptions, optimalCoverage } from './optimum'

const RUNS = Number(process.env.PLANNER_EXACT_RUNS ?? 60)

describe('coverage is the best there is', () => {
  for (const [name, arb] of [['shared start times', circleArb], ['staggered times, windows of mixed lengths', staggeredCircleArb]] as const) {
    it(`equals the optimum HiGHS finds on an independent model, high first, then medium, then low (${name})`, async () => {
      await fc.assert(fc.asyncProperty(arb, async (input) => {
        const result = plan(input)
        const optimum = await optimalCoverage(input, independentOptions(input))
        expect(result.quality.covered).toEqual(optimum)
        expect(result.quality.provenBest).toBe(true)
        expect(result.quality.bound).toEqual(optimum)
      }), { numRuns: RUNS })
    // Nine tenths of the time is HiGHS and the independent model, not the planner (2026-12-01,
    // load 19 on 2 cores: 60 circles, planner 2.4 s, HiGHS 23.7 s): 3 s a circle leaves room
    // for a machine shared by several test runs (60 s was passed twice at load 22).
    }, RUNS * 3_000)
  }
})
