import { describe, expect, it } from 'vitest'
import { weeklyIntervals } from '../../../../src/domain/planner/availability'
import { instantAt, localMinutesAt, localMomentOf, weekKeyOf } from '../../../../src/domain/planner/localTime'
import { AUCKLAND, at, range } from './fixtures'

const NEW_YORK = 'America/New_York'

describe('local time in the recipient’s zone', () => {
  it.each([
    // [zone, date, time, expected UTC]
    [NEW_YORK, '2025-03-09', '02:30', '2025-03-09T07:00:00.000Z'], // gap: next valid minute (03:00 EDT)
    [NEW_YORK, '2025-11-02', '01:30', '2025-11-02T05:30:00.000Z'], // repeated: the first (EDT)
    [AUCKLAND, '2025-09-28', '02:15', '2025-09-27T14:00:00.000Z'], // gap: 03:00 NZDT
    [AUCKLAND, '2025-04-06', '02:30', '2025-04-05T13:30:00.000Z'], // repeated: the first (NZDT)
    [AUCKLAND, '2025-06-16', '00:00', '2025-06-15T12:00:00.000Z'],
  ])('%s %s %s is %s', (zone, date, time, expected) => {
    const [h, m] = time.split(':').map(Number)
    expect(new Date(instantAt(date, h * 60 + m, zone)).toISOString()).toBe(expected)
  })

  it('reads local date, weekday and minutes of an instant', () => {
    expect(localMomentOf(Date.parse('2025-06-15T21:30:00Z'), AUCKLAND)).toEqual({ date: '2025-06-16', weekday: 1, minutes: 570 })
  })

  it('reads the local minute alone as localMomentOf does, across clock changes and before 1970', () => {
    const instants = [
      '2025-03-09T06:59:59.999Z', '2025-03-09T07:00:00Z', '2025-11-02T05:30:00Z', '2025-11-02T06:30:59Z',
      '2025-09-27T13:59:00Z', '2025-09-27T14:00:30Z', '2025-04-05T13:30:00Z', '2025-04-05T14:30:00Z', '1969-12-31T23:59:00Z',
    ].map(Date.parse)
    for (const zone of [NEW_YORK, AUCKLAND, 'UTC', 'Asia/Kolkata']) {
      for (const instant of instants) expect(localMinutesAt(instant, zone)).toBe(localMomentOf(instant, zone).minutes)
    }
    expect(localMinutesAt(Date.parse('2025-03-09T07:00:00Z'), NEW_YORK)).toBe(3 * 60)
  })

  it.each([
    ['2025-06-16', '2025-06-16'], ['2025-06-22', '2025-06-16'], ['2025-06-23', '2025-06-23'], ['2024-03-03', '2024-02-26'],
  ])('the week of %s starts %s', (date, monday) => expect(weekKeyOf(date)).toBe(monday))

  it('runs an overnight range into the next day and reads 23:59 as midnight', () => {
    const span = { start: at('2025-06-03', '00:00'), end: at('2025-06-05', '00:00') }
    const intervals = weeklyIntervals([range(2, '22:00', '06:00'), range(3, '20:00', '23:59')], span, 'Europe/Berlin')
    expect(intervals).toEqual([
      { start: at('2025-06-03', '22:00'), end: at('2025-06-04', '06:00') },
      { start: at('2025-06-04', '20:00'), end: at('2025-06-05', '00:00') },
    ])
  })
})
