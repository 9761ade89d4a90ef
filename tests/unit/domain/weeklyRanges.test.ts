import { describe, expect, it } from 'vitest'
import { describeWeeklyRanges } from '../../../src/i18n/describe'
import { expandGroupedRanges, groupWeeklyRanges } from '../../../src/domain/weeklyRanges'
import type { Weekday } from '../../../src/domain/model'

const range = (weekday: Weekday, start = '07:00', end = '09:00') => ({ weekday, start, end })

describe('weekly ranges grouped for people', () => {
  it.each([
    ['every day', [1, 2, 3, 4, 5, 6, 7], [{ days: 'all', start: '07:00', end: '09:00' }], 'every day 07:00–09:00'],
    ['weekdays', [1, 2, 3, 4, 5], [{ days: 'weekdays', start: '07:00', end: '09:00' }], 'weekdays 07:00–09:00'],
    ['weekends', [6, 7], [{ days: 'weekends', start: '07:00', end: '09:00' }], 'weekends 07:00–09:00'],
    ['weekdays and one more day', [1, 2, 3, 4, 5, 6], [{ days: 'weekdays', start: '07:00', end: '09:00' }, { days: 6, start: '07:00', end: '09:00' }], 'weekdays 07:00–09:00, Sat 07:00–09:00'],
    ['single days', [2, 4], [{ days: 2, start: '07:00', end: '09:00' }, { days: 4, start: '07:00', end: '09:00' }], 'Tue 07:00–09:00, Thu 07:00–09:00'],
  ] as const)('%s', (_, days, groups, words) => {
    const ranges = days.map((d) => range(d))
    expect(groupWeeklyRanges(ranges)).toEqual(groups)
    expect(describeWeeklyRanges(ranges)).toBe(words)
    expect(expandGroupedRanges(groupWeeklyRanges(ranges))).toEqual(ranges)
  })

  it('keeps different times apart and expands without repeats', () => {
    const groups = [{ days: 'weekends' as const, start: '10:00', end: '12:00' }, { days: 6 as const, start: '10:00', end: '12:00' }, { days: 1 as const, start: '18:00', end: '20:00' }]
    expect(expandGroupedRanges(groups)).toEqual([range(1, '18:00', '20:00'), range(6, '10:00', '12:00'), range(7, '10:00', '12:00')])
  })
})
