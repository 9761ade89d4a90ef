import { describe, expect, it } from 'vitest'
import { NEED_CATEGORIES, PRIORITIES, TASK_KINDS, type Need, type NeedTiming, type Recurrence, type TimeSlot, type Weekday } from '../../../src/domain/model'
import {
  categoryLabel,
  describeOccurrenceTime,
  describeSchedule,
  describeWeeklyRanges,
  durationDoesNotFit,
  formatDuration,
  formatLocalDate,
  formatLocalDateShort,
  joinWithAnd,
  priorityLabel,
  recurrenceKindLabel,
  taskKindLabel,
  weekdayLong,
  weekdayShort,
} from '../../../src/i18n/describe'

const at = (iso: string) => Date.parse(iso)
const slot = (start: string | null, end: string | null, spanDays = 1): TimeSlot => ({ start, end, spanDays })

function makeNeed(timing: Partial<NeedTiming> & { recurrence: Recurrence }): Need {
  return {
    id: 'need1', title: 'Dinner', category: 'practical', kind: 'meal', priority: 'medium',
    timing: { slots: [slot('18:00', '19:00')], durationMinutes: 60, startDate: null, endDate: null, ...timing },
    mode: 'in-person', sensitive: false, assignedDetails: '', shareDetails: false, privateDetails: '',
    requiredTags: [], safety: { professionalFirst: false, peerConfirmed: false }, source: 'coordinator', createdAt: 0,
  }
}

const circleStart = '2026-11-01'
const circleEnd = '2026-12-24'
const twoSlots = [slot('07:00', '09:00'), slot('18:00', '20:00')]

describe('describeSchedule', () => {
  it.each<[string, Partial<NeedTiming> & { recurrence: Recurrence }]>([
    ['every Tue and Thu, 18:00–19:00, until 24 December', { recurrence: { kind: 'weekly', weekdays: [4, 2] } }],
    ['every Mon, Wed and Fri, 18:00–19:00, until 24 December', { recurrence: { kind: 'weekly', weekdays: [1, 3, 5] } }],
    ['every weekday, 18:00–19:00, until 24 December', { recurrence: { kind: 'weekly', weekdays: [1, 2, 3, 4, 5] } }],
    ['every weekend, 18:00–19:00, until 24 December', { recurrence: { kind: 'weekly', weekdays: [7, 6] } }],
    ['every day, 18:00–19:00, until 24 December', { recurrence: { kind: 'weekly', weekdays: [1, 2, 3, 4, 5, 6, 7] } }],
    ['every day, 18:00–19:00, until 24 December', { recurrence: { kind: 'daily' } }],
    ['every day, 07:00–09:00 and 18:00–20:00 (twice a day), until 24 December',
      { recurrence: { kind: 'daily' }, slots: twoSlots, durationMinutes: 120 }],
    ['every day, 07:00–09:00 and 18:00–20:00 (twice a day, 30 minutes each), until 24 December',
      { recurrence: { kind: 'daily' }, slots: twoSlots, durationMinutes: 30 }],
    ['every day, 07:00–08:00, 12:00–13:00 and 18:00–19:00 (3 times a day), until 24 December',
      { recurrence: { kind: 'daily' }, slots: [slot('07:00', '08:00'), slot('12:00', '13:00'), slot('18:00', '19:00')] }],
    ['every 3 days, 15 minutes, any time, until 24 December',
      { recurrence: { kind: 'every-n-days', interval: 3 }, slots: [slot(null, null)], durationMinutes: 15 }],
    ['every 3 days, any time, until 24 December',
      { recurrence: { kind: 'every-n-days', interval: 3 }, slots: [slot(null, null)], durationMinutes: 0 }],
    ['every 2 days, 18:00–19:00, until 24 December', { recurrence: { kind: 'every-n-days', interval: 2 } }],
    ['every day, 18:00–19:00, until 24 December', { recurrence: { kind: 'every-n-days', interval: 1 } }],
    ['every day, 10 minutes between 18:00 and 21:00, until 24 December',
      { recurrence: { kind: 'daily' }, slots: [slot('18:00', '21:00')], durationMinutes: 10 }],
    ['every day, 1 hour 30 minutes, from 18:00, until 24 December',
      { recurrence: { kind: 'daily' }, slots: [slot('18:00', null)], durationMinutes: 90 }],
    ['every day, 30 minutes, by 12:00, until 24 December',
      { recurrence: { kind: 'daily' }, slots: [slot(null, '12:00')], durationMinutes: 30 }],
    // A window past midnight is that day's night, and says where it ends.
    ['every night, 22:00 to 02:00 the next morning, until 24 December',
      { recurrence: { kind: 'daily' }, slots: [slot('22:00', '02:00')], durationMinutes: 240 }],
    ['every night, 1 hour between 22:00 and 02:00 the next morning, until 24 December',
      { recurrence: { kind: 'daily' }, slots: [slot('22:00', '02:00')], durationMinutes: 60 }],
    ['every Fri night, 22:00 to 06:00 the next morning, until 24 December',
      { recurrence: { kind: 'weekly', weekdays: [5] }, slots: [slot('22:00', '06:00')], durationMinutes: 480 }],
    ['every Sat and Sun night, 22:00 to 06:00 the next morning, until 24 December',
      { recurrence: { kind: 'weekly', weekdays: [6, 7] }, slots: [slot('22:00', '06:00')], durationMinutes: 480 }],
    ['every weekday night, 2 hours between 18:00 and 14:00 the next day, until 24 December',
      { recurrence: { kind: 'weekly', weekdays: [1, 2, 3, 4, 5] }, slots: [slot('18:00', '14:00')], durationMinutes: 120 }],
    ['once, on the night of Friday 4 December, 22:00 to 06:00 the next morning',
      { recurrence: { kind: 'once', date: '2026-12-04' }, slots: [slot('22:00', '06:00')], durationMinutes: 480 }],
    ['every 3 days, 22:00 to 06:00 the next morning, until 24 December',
      { recurrence: { kind: 'every-n-days', interval: 3 }, slots: [slot('22:00', '06:00')], durationMinutes: 480 }],
    // One time of several at night: the days stay days.
    ['every day, 07:00–09:00 and 22:00 to 06:00 the next morning (twice a day, 1 hour each), until 24 December',
      { recurrence: { kind: 'daily' }, slots: [slot('07:00', '09:00'), slot('22:00', '06:00')], durationMinutes: 60 }],
    ['every Mon, 2 hours, by Fri 17:00 (from Mon 09:00), until 24 December',
      { recurrence: { kind: 'weekly', weekdays: [1] }, slots: [slot('09:00', '17:00', 5)], durationMinutes: 120 }],
    ['every 7 days, within 3 days, by 17:00 on the last day, until 24 December',
      { recurrence: { kind: 'every-n-days', interval: 7 }, slots: [slot(null, '17:00', 3)], durationMinutes: 5000 }],
    ['every Tue and Thu, 18:00–19:00, until 10 December', { recurrence: { kind: 'weekly', weekdays: [2, 4] }, endDate: '2026-12-10' }],
    ['every Tue and Thu, 18:00–19:00, from 7 December until 24 December',
      { recurrence: { kind: 'weekly', weekdays: [2, 4] }, startDate: '2026-12-07' }],
    ['every Tue and Thu, 18:00–19:00, until 24 December', { recurrence: { kind: 'weekly', weekdays: [2, 4] }, startDate: circleStart }],
    ['once, on Friday 4 December, 09:00–17:00',
      { recurrence: { kind: 'once', date: '2026-12-04' }, slots: [slot('09:00', '17:00')], durationMinutes: 480 }],
    ['once, on Friday, 1 January 2027, any time',
      { recurrence: { kind: 'once', date: '2027-01-01' }, slots: [slot(null, null)], durationMinutes: 24 * 60 }],
    ['once, 2 hours, by 17:00 on Friday 4 December (from 09:00 on Monday 30 November)',
      { recurrence: { kind: 'once', date: '2026-11-30' }, slots: [slot('09:00', '17:00', 5)], durationMinutes: 120 }],
    ['once, 2 hours, by Friday 4 December (from Monday 30 November)',
      { recurrence: { kind: 'once', date: '2026-11-30' }, slots: [slot(null, null, 5)], durationMinutes: 120 }],
    ['on 4 Dec, 8 Dec and 15 Jan 2027, 18:00–19:00',
      { recurrence: { kind: 'dates', dates: ['2027-01-15', '2026-12-04', '2026-12-08'] } }],
    ['on 7 dates from 1 Dec to 13 Dec, 18:00–19:00',
      { recurrence: { kind: 'dates', dates: ['2026-12-01', '2026-12-03', '2026-12-05', '2026-12-07', '2026-12-09', '2026-12-11', '2026-12-13'] } }],
    ['on no dates yet, 18:00–19:00', { recurrence: { kind: 'dates', dates: [] } }],
    ['on no days yet, 18:00–19:00, until 24 December', { recurrence: { kind: 'weekly', weekdays: [] } }],
    ['every day, no time set yet, until 24 December', { recurrence: { kind: 'daily' }, slots: [] }],
  ])('%s', (expected, timing) => {
    expect(describeSchedule(makeNeed(timing), circleEnd, { circleStart })).toBe(expected)
  })

  it('shows the year only when it differs from the year the need starts in', () => {
    const need = makeNeed({ recurrence: { kind: 'weekly', weekdays: [2] } })
    expect(describeSchedule(need, '2027-01-06', { circleStart })).toBe('every Tue, 18:00–19:00, until 6 January 2027')
    expect(describeSchedule(need, '2027-03-12', { circleStart: '2027-01-04' })).toBe('every Tue, 18:00–19:00, until 12 March')
    // Without a known start, a recurring schedule always says the year.
    expect(describeSchedule(need, '2026-12-24')).toBe('every Tue, 18:00–19:00, until 24 December 2026')
    expect(describeSchedule(makeNeed({ recurrence: { kind: 'once', date: '2026-12-04' } }), '2026-12-24'))
      .toBe('once, on Friday 4 December, 18:00–19:00')
  })

  it('uses the locale for dates, weekday names and the hour cycle', () => {
    const need = makeNeed({ recurrence: { kind: 'weekly', weekdays: [2, 4] } })
    expect(describeSchedule(need, circleEnd, { circleStart, locale: 'en-US' })).toBe('every Tue and Thu, 6:00 PM–7:00 PM, until December 24')
  })
})

describe('describeOccurrenceTime', () => {
  const evening = { windowStart: at('2026-12-01T18:00:00Z'), windowEnd: at('2026-12-01T19:00:00Z') }
  it.each([
    ['Europe/London', 'Tue 1 Dec, 18:00–19:00'],
    ['Europe/Lisbon', 'Tue 1 Dec, 18:00–19:00'],
    ['Europe/Berlin', 'Tue 1 Dec, 18:00–19:00 (19:00–20:00 your time)'],
    ['Pacific/Auckland', 'Tue 1 Dec, 18:00–19:00 (Wed 2 Dec, 07:00–08:00 your time)'],
    ['Asia/Kolkata', 'Tue 1 Dec, 18:00–19:00 (Tue 1 Dec, 23:30 – Wed 2 Dec, 00:30 your time)'],
    ['America/New_York', 'Tue 1 Dec, 18:00–19:00 (13:00–14:00 your time)'],
  ])('18:00 in London read on a device in %s', (deviceZone, expected) => {
    expect(describeOccurrenceTime(evening, 'Europe/London', deviceZone)).toBe(expected)
  })

  it.each([
    ['a whole day', '2026-12-01T00:00:00Z', '2026-12-02T00:00:00Z', 'Europe/London', 'Tue 1 Dec, any time'],
    ['a whole day, read elsewhere', '2026-12-01T00:00:00Z', '2026-12-02T00:00:00Z', 'Europe/Berlin', 'Tue 1 Dec, any time'],
    ['up to midnight', '2026-12-01T18:00:00Z', '2026-12-02T00:00:00Z', 'Europe/London', 'Tue 1 Dec, 18:00–24:00'],
    ['several days', '2026-11-30T09:00:00Z', '2026-12-04T17:00:00Z', 'Europe/London', 'Mon 30 Nov, 09:00 – Fri 4 Dec, 17:00'],
    ['across midnight', '2026-12-01T22:00:00Z', '2026-12-02T02:00:00Z', 'Europe/London', 'Tue 1 Dec, 22:00 – Wed 2 Dec, 02:00'],
  ])('%s', (_, start, end, deviceZone, expected) => {
    expect(describeOccurrenceTime({ windowStart: at(start), windowEnd: at(end) }, 'Europe/London', deviceZone)).toBe(expected)
  })

  it('shows a New York recipient\'s evening in New York time on a device in UTC', () => {
    const occurrence = { windowStart: at('2026-12-01T23:00:00Z'), windowEnd: at('2026-12-02T00:00:00Z') }
    expect(describeOccurrenceTime(occurrence, 'America/New_York', 'UTC')).toBe('Tue 1 Dec, 18:00–19:00 (23:00–24:00 your time)')
  })
})

describe('labels and formats', () => {
  it.each(TASK_KINDS)('task kind %s has a label', (kind) => expect(taskKindLabel(kind)).toMatch(/^[A-Z]/))
  it.each(NEED_CATEGORIES)('category %s has a label', (category) => expect(categoryLabel(category)).toMatch(/^[A-Z]/))
  it.each(PRIORITIES)('priority %s has a label', (priority) => expect(priorityLabel(priority)).toMatch(/^[A-Z]/))

  it('names things plainly', () => {
    expect(taskKindLabel('dog-walk')).toBe('Dog walk')
    expect(taskKindLabel('accompaniment')).toBe('Going along to an appointment')
    expect(categoryLabel('emotional')).toBe('Emotional')
    expect(priorityLabel('high')).toBe('High')
    expect(recurrenceKindLabel('every-n-days')).toBe('Every few days')
  })

  it.each<[Weekday, string, string]>([
    [1, 'Mon', 'Monday'], [2, 'Tue', 'Tuesday'], [3, 'Wed', 'Wednesday'], [4, 'Thu', 'Thursday'],
    [5, 'Fri', 'Friday'], [6, 'Sat', 'Saturday'], [7, 'Sun', 'Sunday'],
  ])('weekday %i is %s / %s', (weekday, short, long) => {
    expect(weekdayShort(weekday)).toBe(short)
    expect(weekdayLong(weekday)).toBe(long)
  })

  it.each([
    ['2026-12-01', undefined, {}, 'Tuesday 1 December'],
    ['2026-12-01', undefined, { withYear: true }, 'Tuesday, 1 December 2026'],
    ['2026-12-01', undefined, { withWeekday: false }, '1 December'],
    ['2028-02-29', undefined, {}, 'Tuesday 29 February'],
    ['2026-12-01', 'en-US', {}, 'Tuesday, December 1'],
  ])('formatLocalDate(%s, %s, %o) is %s', (date, locale, options, expected) => {
    expect(formatLocalDate(date, locale, options)).toBe(expected)
  })

  it('formats short dates', () => {
    expect(formatLocalDateShort('2026-12-01')).toBe('Tue 1 Dec')
    expect(formatLocalDateShort('2026-12-01', undefined, { withWeekday: false })).toBe('1 Dec')
  })

  it.each([
    [1, '1 minute'], [10, '10 minutes'], [60, '1 hour'], [61, '1 hour 1 minute'], [90, '1 hour 30 minutes'], [120, '2 hours'],
  ])('%i minutes read as %s', (minutes, expected) => {
    expect(formatDuration(minutes)).toBe(expected)
  })

  it.each([
    [[], ''], [['a'], 'a'], [['a', 'b'], 'a and b'], [['a', 'b', 'c'], 'a, b and c'],
  ])('joinWithAnd(%j) is %s', (items, expected) => {
    expect(joinWithAnd(items)).toBe(expected)
  })
})

describe('night words', () => {
  it.each<[string, Array<[Weekday, string, string]>]>([
    ['Fri night 22:00–06:00', [[5, '22:00', '06:00']]],
    ['every night 23:00–07:00', [1, 2, 3, 4, 5, 6, 7].map((d) => [d as Weekday, '23:00', '07:00'])],
    ['Sat 10:00–12:00, weekday nights 22:00–06:00', [[1, '22:00', '06:00'], [2, '22:00', '06:00'], [3, '22:00', '06:00'], [4, '22:00', '06:00'], [5, '22:00', '06:00'], [6, '10:00', '12:00']]],
    ['Sat and Sun nights 21:00–00:00', [[6, '21:00', '00:00'], [7, '21:00', '00:00']]],
    // '23:59' is midnight itself: not a night.
    ['Mon 18:00–23:59', [[1, '18:00', '23:59']]],
  ])('offered times "%s"', (expected, ranges) => {
    expect(describeWeeklyRanges(ranges.map(([weekday, start, end]) => ({ weekday, start, end })))).toBe(expected)
  })

  it.each<[string, TimeSlot, number, string]>([
    ['a night too short for the task', slot('22:00', '06:00'), 9 * 60,
      'This takes about 9 hours, but 22:00 to 06:00 the next morning is only 8 hours long. Please make the times wider or the time it takes shorter.'],
    ['an hour for a two-hour meal', slot('18:00', '19:00'), 120,
      'This takes about 2 hours, but 18:00–19:00 is only 1 hour long. Please make the times wider or the time it takes shorter.'],
  ])('says kindly why %s cannot be saved', (_, window, minutes, expected) => {
    expect(durationDoesNotFit(window, minutes)).toBe(expected)
  })
})
