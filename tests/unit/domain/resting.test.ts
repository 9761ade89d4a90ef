import { describe, expect, it } from 'vitest'
import { lookAgainDue, openRest, restOn } from '../../../src/domain/resting'

const rested = { from: '2026-11-27', until: '2026-11-30', lookAgain: null }
const resting = { from: '2026-12-05', until: null, lookAgain: '2026-12-12' }

describe('rests of the whole circle', () => {
  it.each([
    ['2026-11-26', null],
    ['2026-11-27', rested],
    ['2026-11-30', rested],
    ['2026-12-01', null],
    ['2026-12-05', resting],
    ['2027-03-01', resting],
  ])('on %s the rest is %o', (date, expected) => {
    expect(restOn([rested, resting], date)).toEqual(expected)
  })

  it('rests now only while a rest is open', () => {
    expect(openRest([rested])).toBeNull()
    expect(openRest([rested, resting])).toEqual(resting)
    expect(openRest(undefined)).toBeNull()
  })

  it('the day to look again is due from that day on, never without one', () => {
    expect(lookAgainDue(resting, '2026-12-11')).toBe(false)
    expect(lookAgainDue(resting, '2026-12-12')).toBe(true)
    expect(lookAgainDue(resting, '2026-12-20')).toBe(true)
    expect(lookAgainDue(rested, '2030-01-01')).toBe(false)
  })
})
