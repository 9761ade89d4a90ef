/**
 * Issue 9, item 4: a need whose duration does not fit its window is refused (the form and the
 * store read this one rule). Windows are read as people say them: an end at or before the
 * start on a one-day window is the next morning.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { TimeSlot } from '../../../src/domain/model'
import { slotsTooShort, windowWallMinutes } from '../../../src/domain/schedule'

const slot = (start: string | null, end: string | null, spanDays = 1): TimeSlot => ({ start, end, spanDays })

describe('the wall-clock length of a window', () => {
  it.each<[string, TimeSlot, number]>([
    ['an evening hour', slot('18:00', '19:00'), 60],
    ['Friday 22:00 to 06:00', slot('22:00', '06:00'), 8 * 60],
    ['to midnight', slot('21:00', '00:00'), 3 * 60],
    ['from midnight', slot('00:00', '06:00'), 6 * 60],
    ['any time', slot(null, null), 24 * 60],
    ['from 18:00', slot('18:00', null), 6 * 60],
    ['by 12:00', slot(null, '12:00'), 12 * 60],
    ['by Friday 17:00 from Monday 09:00', slot('09:00', '17:00', 5), 4 * 24 * 60 + 8 * 60],
    ['over three days, ending before it started', slot('18:00', '09:00', 3), 2 * 24 * 60 - 9 * 60],
  ])('%s', (_, window, minutes) => {
    expect(windowWallMinutes(window)).toBe(minutes)
  })
})

describe('slotsTooShort', () => {
  it('names each time that cannot hold the task', () => {
    const slots = [slot('07:00', '08:00'), slot('22:00', '06:00'), slot(null, null)]
    expect(slotsTooShort({ slots, durationMinutes: 60 })).toEqual([])
    expect(slotsTooShort({ slots, durationMinutes: 61 })).toEqual([0])
    expect(slotsTooShort({ slots, durationMinutes: 8 * 60 + 1 })).toEqual([0, 1])
  })

  // Random windows past midnight, written as a person would type them: the rule agrees with
  // counting the minutes from the start to the same time of day the next morning.
  it('fits a night exactly when its minutes from the start to the end the next morning hold the task', () => {
    const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`
    fc.assert(fc.property(
      fc.integer({ min: 1, max: 24 * 60 - 1 }), fc.integer({ min: 0, max: 24 * 60 - 1 }), fc.integer({ min: 5, max: 24 * 60 }),
      (start, endBefore, duration) => {
        const end = endBefore % start
        const minutes = 24 * 60 - start + end
        expect(slotsTooShort({ slots: [slot(hhmm(start), hhmm(end))], durationMinutes: duration })).toEqual(duration > minutes ? [0] : [])
      },
    ))
  })
})
