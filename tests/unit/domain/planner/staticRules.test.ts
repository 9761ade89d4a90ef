import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Occurrence } from '../../../../src/domain/model'
import type { Interval } from '../../../../src/domain/planner/availability'
import { eligibleStarts, prepare, staticFor } from '../../../../src/domain/planner/prepared'
import { evaluateStatic } from '../../../../src/domain/planner/rules'
import { circleArb } from './circles'
import { at, makeHelper, makeInput, makeNeed, makeOffer, weekdayOf } from './fixtures'

/** eligibleStarts' helpers, collected. */
function eligibleList(prepared: ReturnType<typeof prepare>, occurrence: Occurrence) {
  const found: Array<{ helper: number; start: number; ranges: readonly Interval[] }> = []
  eligibleStarts(prepared, occurrence, (helper, start, ranges) => found.push({ helper, start, ranges }))
  return found
}

const quarter = (q: number) => `${String(Math.floor(q / 4)).padStart(2, '0')}:${String((q % 4) * 15).padStart(2, '0')}`

describe('the cached static rules', () => {
  it('agree with evaluateStatic on every occurrence × helper, clock changes included', () => {
    fc.assert(fc.property(circleArb, (input) => {
      const prepared = prepare(input)
      for (const occurrence of prepared.occurrences) {
        const need = prepared.needById.get(occurrence.needId)!
        for (const helper of prepared.helpers) {
          const exact = evaluateStatic(occurrence, need, helper, prepared.offerByHelper.get(helper.id), prepared.boundaries, prepared.timeZone)
          expect(staticFor(prepared, occurrence, helper)).toEqual(exact)
        }
        const allowed = prepared.helpers.flatMap((helper, i) => {
          const fit = staticFor(prepared, occurrence, helper)
          const ranges = fit.ranges.map((r) => ({ start: r.start - occurrence.windowStart, end: r.end - occurrence.windowStart }))
          return fit.violations.length === 0 ? [{ helper: i, start: fit.start, ranges }] : []
        })
        expect(eligibleList(prepared, occurrence)).toEqual(allowed)
      }
    }), { numRuns: 150 })
  }, 30_000)
})

describe('the cached static rules around clock changes and midnight', () => {
  const dstNights = [
    ['Europe/Berlin', '2025-03-29'], ['Europe/Berlin', '2025-10-25'], ['America/New_York', '2025-03-08'],
    ['America/New_York', '2025-11-01'], ['Pacific/Auckland', '2025-04-05'], ['Pacific/Auckland', '2025-09-27'],
  ] as const
  const rangeArb = fc.record({
    weekday: fc.integer({ min: 1, max: 7 }), start: fc.integer({ min: 0, max: 95 }), length: fc.integer({ min: 1, max: 40 }),
  }).map(({ weekday, start, length }) => ({
    weekday: weekday as 1, start: quarter(start), end: quarter((start + length) % 96),
  }))

  it('agree with evaluateStatic for windows across midnight and across a clock change', () => {
    fc.assert(fc.property(
      fc.constantFrom(...dstNights), fc.integer({ min: 72, max: 95 }), fc.integer({ min: 4, max: 40 }), fc.integer({ min: 1, max: 8 }),
      fc.array(rangeArb, { minLength: 1, maxLength: 6 }), fc.array(rangeArb, { maxLength: 2 }), fc.constantFrom('in-person', 'remote'),
      ([zone, date], startQuarter, lengthQuarters, durationQuarters, windows, offLimits, mode) => {
        const need = makeNeed('n', { mode: mode as 'in-person', timing: { ...makeNeed('x').timing, durationMinutes: durationQuarters * 15 } })
        const start = at(date, quarter(startQuarter), zone)
        const occurrence = {
          id: `n:${date}:${quarter(startQuarter)}`, needId: 'n', date, weekday: weekdayOf(date), slotKey: quarter(startQuarter),
          windowStart: start, windowEnd: start + lengthQuarters * 15 * 60_000, durationMinutes: durationQuarters * 15,
        }
        const input = makeInput({
          timeZone: zone, needs: [need], occurrences: [occurrence], helpers: [makeHelper('a')],
          offers: [makeOffer('a', { windows })],
          boundaries: { excludedPeople: [], offLimits: offLimits.map((r, i) => ({ id: `o${i}`, ...r })) },
        })
        const prepared = prepare(input)
        const exact = evaluateStatic(occurrence, need, input.helpers[0], input.offers[0], input.boundaries, zone)
        expect(staticFor(prepared, occurrence, input.helpers[0])).toEqual(exact)
      },
    ), { numRuns: 400 })
  })
})
