import { describe, expect, it } from 'vitest'
import type { Need, NeedTiming, Recurrence, TimeSlot, Weekday } from '../../../src/domain/model'
import fc from 'fast-check'
import { describeDatePattern, describeSeries, describeWeekdays, namedDaysOfPattern, type DescribeSeriesOptions, type SeriesDates } from '../../../src/i18n/describe'
import { weekdayShort } from '../../../src/i18n/describe'
import { scheduledDates } from '../../../src/domain/schedule'
import { addDays, weekdayOf } from '../../../src/domain/dates'

const slot = (start: string | null, end: string | null, spanDays = 1): TimeSlot => ({ start, end, spanDays })

function makeNeed(timing: Partial<NeedTiming> = {}): Need {
  return {
    id: 'need1', title: 'Dinner', category: 'practical', kind: 'meal', priority: 'medium',
    timing: {
      recurrence: { kind: 'daily' }, slots: [slot('18:00', '19:00')], durationMinutes: 60,
      startDate: null, endDate: null, ...timing,
    },
    mode: 'in-person', sensitive: false, assignedDetails: '', shareDetails: false, privateDetails: '',
    requiredTags: [], safety: { professionalFirst: false, peerConfirmed: false }, source: 'coordinator', createdAt: 0,
  }
}

const series = (weekdays: Weekday[], from = '2026-12-01', until = '2026-12-24', slotKey = '18:00'): SeriesDates =>
  ({ weekdays, slotKey, from, until })

describe('describeWeekdays', () => {
  it.each<[Weekday[], string]>([
    [[2, 4], 'Tue and Thu'],
    [[4, 2, 2], 'Tue and Thu'],
    [[3], 'Wed'],
    [[1, 2], 'Mon and Tue'],
    [[1, 2, 3, 4], 'Mon–Thu'],
    [[1, 2, 3, 5], 'Mon–Wed and Fri'],
    [[1, 3, 5], 'Mon, Wed and Fri'],
    [[5, 6, 7], 'Fri–Sun'],
    [[1, 5, 6, 7], 'Fri–Mon'],
    [[7, 1], 'Sun and Mon'],
    [[1, 2, 3, 4, 5, 6], 'Mon–Sat'],
    [[1, 2, 3, 4, 5], 'weekdays'],
    [[6, 7], 'weekends'],
    [[1, 2, 3, 4, 5, 6, 7], 'every day'],
    [[], 'no days'],
  ])('%j → %s', (weekdays, expected) => {
    expect(describeWeekdays(weekdays)).toBe(expected)
  })

  it('names and joins the days in the given locale (Intl, for the words Kith has no catalogue of)', () => {
    expect(describeWeekdays([2, 4], 'de-DE')).toBe('Di und Do')
  })
})

describe('describeSeries', () => {
  const weeklyTueThu = makeNeed({ recurrence: { kind: 'weekly', weekdays: [2, 4] } })
  const twoSlots = makeNeed({ slots: [slot('07:00', '09:00'), slot('18:00', '20:00')], durationMinutes: 120 })

  it.each<[string, SeriesDates, Need]>([
    ['every Tue and Thu, 18:00–19:00, from 1 December until 24 December', series([2, 4]), weeklyTueThu],
    // A series wider than the need speaks only of the need's own days.
    ['every Tue and Thu, 18:00–19:00, from 1 December until 24 December', series([1, 2, 3, 4, 5, 6, 7]), weeklyTueThu],
    ['every Thu, 18:00–19:00, from 1 December until 24 December', series([4, 5]), weeklyTueThu],
    ['every day, 18:00–19:00, from 1 December until 24 December', series([1, 2, 3, 4, 5, 6, 7]), makeNeed()],
    ['every Mon–Thu, 18:00–19:00, from 1 December until 24 December', series([1, 2, 3, 4]), makeNeed()],
    ['every Fri–Sun, 18:00–19:00, from 1 December until 24 December', series([5, 6, 7]), makeNeed()],
    ['every weekday, 18:00–19:00, from 1 December until 24 December', series([1, 2, 3, 4, 5]), makeNeed()],
    ['every weekend, 18:00–19:00, from 1 December until 24 December', series([6, 7]), makeNeed()],
    ['every day, 07:00–09:00, from 1 December until 13 December', series([1, 2, 3, 4, 5, 6, 7], '2026-12-01', '2026-12-13', '07:00'), twoSlots],
    ['every day, 18:00–20:00, from 1 December until 13 December', series([1, 2, 3, 4, 5, 6, 7], '2026-12-01', '2026-12-13', '18:00'), twoSlots],
    ['every day, any time, from 1 December until 24 December', series([1, 2, 3, 4, 5, 6, 7], '2026-12-01', '2026-12-24', 'any'),
      makeNeed({ slots: [slot(null, null)], durationMinutes: 20 })],
    ['every day, by 12:00, from 1 December until 24 December', series([1, 2, 3, 4, 5, 6, 7], '2026-12-01', '2026-12-24', 'any'),
      makeNeed({ slots: [slot(null, '12:00')], durationMinutes: 20 })],
    ['every day, 10 minutes between 18:00 and 21:00, from 1 December until 24 December', series([1, 2, 3, 4, 5, 6, 7]),
      makeNeed({ slots: [slot('18:00', '21:00')], durationMinutes: 10 })],
    ['every day, from 18:00, from 1 December until 24 December', series([1, 2, 3, 4, 5, 6, 7]),
      makeNeed({ slots: [slot('18:00', null)], durationMinutes: 10 })],
    ['every night, 22:00 to 02:00 the next morning, from 1 December until 24 December', series([1, 2, 3, 4, 5, 6, 7], '2026-12-01', '2026-12-24', '22:00'),
      makeNeed({ slots: [slot('22:00', '02:00')], durationMinutes: 240 })],
    ['every Fri night, 22:00 to 06:00 the next morning, from 1 December until 24 December', series([5], '2026-12-01', '2026-12-24', '22:00'),
      makeNeed({ recurrence: { kind: 'weekly', weekdays: [5, 6] }, slots: [slot('22:00', '06:00')], durationMinutes: 480 })],
    ['every Sat and Sun night, 2 hours between 22:00 and 06:00 the next morning, from 1 December until 24 December',
      series([6, 7], '2026-12-01', '2026-12-24', '22:00'), makeNeed({ slots: [slot('22:00', '06:00')], durationMinutes: 120 })],
    ['on the night of Friday 4 December, 22:00 to 06:00 the next morning', series([5], '2026-12-04', '2026-12-04', '22:00'),
      makeNeed({ slots: [slot('22:00', '06:00')], durationMinutes: 480 })],
    ['every Mon, within 5 days, by 17:00 on the last day, from 1 December until 24 December', series([1], '2026-12-01', '2026-12-24', '09:00'),
      makeNeed({ recurrence: { kind: 'weekly', weekdays: [1] }, slots: [slot('09:00', '17:00', 5)], durationMinutes: 120 })],
    // The slot was removed from the need since: say what the key still tells.
    ['every day, from 08:00, from 1 December until 24 December', series([1, 2, 3, 4, 5, 6, 7], '2026-12-01', '2026-12-24', '08:00'), makeNeed()],
  ])('%s', (expected, dates, need) => {
    expect(describeSeries(dates, need)).toBe(expected)
  })

  it.each<[string, string, string]>([
    ['2026-11-28', '2026-12-24', 'from 28 November until 24 December'],
    ['2026-12-28', '2027-01-10', 'from 28 December until 10 January 2027'],
    ['2027-01-04', '2027-01-31', 'from 4 January until 31 January'],
    ['2026-01-05', '2027-02-01', 'from 5 January until 1 February 2027'],
    // A series of two days: still "from … until …", never "2 to 3", which leaves the last day in doubt.
    ['2026-12-01', '2026-12-03', 'from 1 December until 3 December'],
  ])('date range %s – %s reads "%s", with the year only where it differs', (from, until, expected) => {
    expect(describeSeries(series([2, 4], from, until), weeklyTueThu)).toBe(`every Tue and Thu, 18:00–19:00, ${expected}`)
  })

  it('reads "until" for a series already running, and shows years against today', () => {
    expect(describeSeries(series([2, 4]), weeklyTueThu, { today: '2026-12-10' }))
      .toBe('every Tue and Thu, 18:00–19:00, until 24 December')
    expect(describeSeries(series([2, 4], '2027-01-05', '2027-01-28'), weeklyTueThu, { today: '2026-12-10' }))
      .toBe('every Tue and Thu, 18:00–19:00, from 5 January 2027 until 28 January 2027')
  })

  it('names the single date of a one-day series or a one-off need', () => {
    expect(describeSeries(series([2], '2026-12-08', '2026-12-08'), weeklyTueThu))
      .toBe('on Tuesday 8 December, 18:00–19:00')
    const once = makeNeed({ recurrence: { kind: 'once', date: '2026-12-04' }, slots: [slot('09:00', '11:00')], durationMinutes: 120 })
    expect(describeSeries(series([5], '2026-12-04', '2026-12-04', '09:00'), once)).toBe('on Friday 4 December, 09:00–11:00')
  })

  it('lists the chosen dates a series covers, never the others', () => {
    const recurrence: Recurrence = { kind: 'dates', dates: ['2026-12-04', '2026-12-08', '2027-01-15', '2026-12-30'] }
    const need = makeNeed({ recurrence })
    expect(describeSeries(series([2, 3, 5], '2026-12-01', '2027-01-31'), need))
      .toBe('on 4 Dec, 8 Dec, 30 Dec and 15 Jan 2027, 18:00–19:00')
    expect(describeSeries(series([2], '2026-12-01', '2027-01-31'), need)).toBe('on Tuesday 8 December, 18:00–19:00')
  })

  describe('every few days names the days, so nobody counts on a calendar', () => {
    const everyThree = makeNeed({ recurrence: { kind: 'every-n-days', interval: 3 }, startDate: '2026-12-02' })
    it.each<[string, SeriesDates, DescribeSeriesOptions, string]>([
      ['a short series: every day named, nothing else needed', series([1, 2, 3, 4, 5, 6, 7], '2026-12-02', '2026-12-08'), {},
        'every 3 days, 18:00–19:00: Wed 2, Sat 5 and Tue 8 December'],
      ['a long one: the range, then the first few', series([1, 2, 3, 4, 5, 6, 7], '2026-12-02', '2026-12-31'), {},
        'every 3 days, 18:00–19:00, from 2 December until 31 December: Wed 2, Sat 5, Tue 8 December and so on'],
      ['across the new year, from today on', series([1, 2, 3, 4, 5, 6, 7], '2026-12-02', '2027-01-31'), { today: '2026-12-27' },
        'every 3 days, 18:00–19:00, until 31 January 2027: Tue 29 December, Fri 1, Mon 4 January 2027 and so on'],
      ['some weekdays only: the days named are only those', series([1, 2, 3, 4], '2026-12-02', '2026-12-31'), {},
        'every 3 days (Mon–Thu only), 18:00–19:00, from 2 December until 31 December: Wed 2, Tue 8, Mon 14 December and so on'],
      // The planner's series lists the weekdays its dates fall on: nothing is left out, so no "only".
      ['a series of exactly its own weekdays', series([1, 3, 4, 6, 7], '2026-11-30', '2026-12-12'), {},
        'every 3 days, 18:00–19:00, from 30 November until 12 December: Mon 30 November, Thu 3, Sun 6 December and so on'],
      ['a series that starts after the need: counted from the need’s start', series([1, 2, 3, 4, 5, 6, 7], '2026-12-11', '2026-12-17'), {},
        'every 3 days, 18:00–19:00: Fri 11, Mon 14 and Thu 17 December'],
    ])('%s', (_, dates, options, expected) => {
      expect(describeSeries(dates, everyThree, options)).toBe(expected)
    })

    // Generated needs and series (not the fixtures above): the days named are exactly the
    // need's own days inside the series, as the schedule expands them, the first few in order.
    it('names exactly the need’s own days inside the series, for any interval, start and range', () => {
      fc.assert(fc.property(
        fc.integer({ min: 2, max: 12 }), fc.integer({ min: 0, max: 800 }), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1, max: 60 }),
        fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
        (interval, startOffset, seriesOffset, length, weekdays) => {
          const startDate = addDays('2026-01-01', startOffset)
          const from = addDays(startDate, seriesOffset)
          const until = addDays(from, length)
          const need = makeNeed({ recurrence: { kind: 'every-n-days', interval }, startDate })
          const expected = scheduledDates(need.timing.recurrence, { start: startDate, end: until }, from, until)
            .filter((date) => weekdays.includes(weekdayOf(date)))
          const words = describeSeries(series(weekdays as Weekday[], from, until), need)
          const named = [...words.split(': ')[1].matchAll(/(Mon|Tue|Wed|Thu|Fri|Sat|Sun) (\d+)/g)].map((m) => `${m[1]} ${m[2]}`)
          const shown = expected.length <= 4 ? expected : expected.slice(0, 3)
          expect(named).toEqual(shown.map((date) => `${weekdayShort(weekdayOf(date))} ${Number(date.slice(8))}`))
          expect(words.endsWith(' and so on')).toBe(expected.length > 4)
          expect(words.includes(' until ')).toBe(expected.length > 4)
        },
      ))
    })
  })

  it('uses the locale for dates and the hour cycle', () => {
    expect(describeSeries(series([2, 4], '2026-11-28', '2026-12-24'), weeklyTueThu, { locale: 'en-US' }))
      .toBe('every Tue and Thu, 6:00 PM–7:00 PM, from November 28 until December 24')
  })
})

/** Dates from Tuesday 1 December 2026 at the given day offsets. */
const days = (...offsets: number[]) => offsets.map((offset) => addDays('2026-12-01', offset))
const range = (count: number, step = 1) => Array.from({ length: count }, (_, i) => i * step)

describe('describeDatePattern: how a helper’s tasks repeat, read from their dates alone', () => {
  it.each<[string, string[], string]>([
    ['a daily walk', days(...range(26)), 'every day'],
    ['a daily walk over the end of March (a DST change)', range(10).map((i) => addDays('2027-03-24', i)), 'every day'],
    ['dinner on Tue and Thu for three weeks', days(0, 2, 7, 9, 14, 16), 'every Tue and Thu'],
    ['every Tuesday for four weeks', days(0, 7, 14, 21), 'every Tue'],
    ['weekdays for two weeks', days(0, 1, 2, 3, 6, 7, 8, 9, 10, 13), 'every weekday'],
    ['plants every third day', days(...range(6, 3)), 'every 3 days'],
    ['the same dates twice and out of order', [...days(2, 0, 1), ...days(1)], 'every day'],
    // A day given to someone else: the words never promise that day.
    ['a daily walk with one day taken out', days(0, 1, 2, 4, 5, 6, 7), 'on 7 days'],
    ['a weekly dinner that skips a week', days(6, 13, 27), 'on 3 days'],
    ['two unrelated days', days(0, 5, 6), 'on 3 days'],
    ['one time', days(1), 'on Wednesday 2 December'],
    ['nothing', [], 'on no days'],
  ])('%s', (_, dates, expected) => {
    expect(describeDatePattern(dates)).toBe(expected)
  })
})

describe('namedDaysOfPattern: a helper’s every-few-days task names its next days', () => {
  it.each<[string, string[], string, string | null]>([
    ['plants every third day, from the first', days(...range(6, 3)), '2026-12-01', 'Tue 1, Fri 4, Mon 7 December and so on'],
    ['from the fourth time on, few left: all named', days(...range(6, 3)), '2026-12-10', 'Thu 10, Sun 13 and Wed 16 December'],
    ['every other day over the new year', range(5, 2).map((i) => addDays('2026-12-29', i)), '2026-12-30',
      'Thu 31 December, Sat 2, Mon 4 and Wed 6 January 2027'],
    // Weekday words already say which days; uneven dates promise nothing.
    ['a daily walk', days(...range(10)), '2026-12-01', null],
    ['every Tuesday', days(0, 7, 14), '2026-12-01', null],
    ['uneven days', days(0, 5, 6), '2026-12-01', null],
    ['all in the past', days(...range(3, 3)), '2026-12-20', null],
  ])('%s', (_, dates, from, expected) => {
    expect(namedDaysOfPattern(dates, from)).toBe(expected)
  })
})
