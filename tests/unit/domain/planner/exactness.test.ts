import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { plan } from '../../../../src/domain/planner'
import { circleArb } from './circles'
import { independentOptions, optimalCoverage } from './optimum'

describe('coverage is the best there is', () => {
  it('equals the optimum HiGHS finds on an independent model, high first, then medium, then low', async () => {
    await fc.assert(fc.asyncProperty(circleArb, async (input) => {
      const result = plan(input)
      const optimum = await optimalCoverage(input, independentOptions(input))
      expect(result.quality.covered).toEqual(optimum)
      expect(result.quality.provenBest).toBe(true)
      expect(result.quality.bound).toEqual(optimum)
    }), { numRuns: 60 })
  }, 60_000)
})
