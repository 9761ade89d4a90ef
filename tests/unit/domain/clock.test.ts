import { describe, expect, it } from 'vitest'
import { CLOCK_TOLERANCE_MS, clockDisagreement } from '../../../src/domain/clock'

const NOW = Date.UTC(2026, 11, 1, 9, 0)
const MIN = 60_000
const DAY = 24 * 60 * MIN

describe('clockDisagreement', () => {
  it.each([
    ['an entry that arrived after it was written (a delay, not a clock)', [{ who: 'sam', writtenAt: NOW - 3 * DAY, seenAt: NOW - DAY }], null],
    ['a few minutes apart (normal)', [{ who: 'sam', writtenAt: NOW - DAY + 10 * MIN, seenAt: NOW - DAY }], null],
    ['Sam’s phone two hours ahead', [{ who: 'sam', writtenAt: NOW - DAY + 120 * MIN, seenAt: NOW - DAY }], { who: 'sam', aheadMs: 120 * MIN }],
    ['this device wrote a check-in three days ahead of now', [{ who: null, writtenAt: NOW + 3 * DAY, seenAt: NOW }], { who: null, aheadMs: 3 * DAY }],
    ['only an old sighting (weeks ago): it says nothing of the clocks now', [{ who: 'sam', writtenAt: NOW - 20 * DAY + 120 * MIN, seenAt: NOW - 20 * DAY }], null],
  ])('%s', (_, sightings, expected) => {
    expect(clockDisagreement(sightings, NOW)).toEqual(expected)
  })

  it('names the largest disagreement', () => {
    const sightings = [
      { who: 'sam', writtenAt: NOW + 2 * CLOCK_TOLERANCE_MS, seenAt: NOW },
      { who: 'recipient', writtenAt: NOW + 5 * CLOCK_TOLERANCE_MS, seenAt: NOW },
      { who: null, writtenAt: NOW + 3 * CLOCK_TOLERANCE_MS, seenAt: NOW },
    ]
    expect(clockDisagreement(sightings, NOW)).toEqual({ who: 'recipient', aheadMs: 5 * CLOCK_TOLERANCE_MS })
  })
})
