import { describe, expect, it } from 'vitest'
import type { Need, NeedTiming, Recurrence, TimeSlot, Weekday } from '../../../src/domain/model'
import { describeDatePattern, describeSeries, describeWeekdays, type SeriesDates } from '../../../src/domain/describeSeries'
import { addDays } from '../../../src/domain/dates'

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

  it('names the days in the given locale', () => {
    expect(describeWeekdays([2, 4], 'de-DE')).toBe('Di and Do')
  })
})

describe('describeSeries', () => {
  const weeklyTueThu = makeNeed({ recurrence: { kind: 'weekly', weekdays: [2, 4] } })
  const twoSlots = makeNeed({ slots: [slot('07:00', '09:00'), slot('18:00', '20:00')], durationMinutes: 120 })

  it.each<[string, SeriesDates, Need]>([
    ['every Tue and Thu, 18:00–19:00, 1 to 24 December', series([2, 4]), weeklyTueThu],
    // A series wider than the need speaks only of the need's own days.
    ['every Tue and Thu, 18:00–19:00, 1 to 24 December', series([1, 2, 3, 4, 5, 6, 7]), weeklyTueThu],
    ['every Thu, 18:00–19:00, 1 to 24 December', series([4, 5]), weeklyTueThu],
    ['every day, 18:00–19:00, 1 to 24 December', series([1, 2, 3, 4, 5, 6, 7]), makeNeed()],
    ['every Mon–Thu, 18:00–19:00, 1 to 24 December', series([1, 2, 3, 4]), makeNeed()],
    ['every Fri–Sun, 18:00–19:00, 1 to 24 December', series([5, 6, 7]), makeNeed()],
    ['every weekday, 18:00–19:00, 1 to 24 December', series([1, 2, 3, 4, 5]), makeNeed()],
    ['every weekend, 18:00–19:00, 1 to 24 December', series([6, 7]), makeNeed()],
    ['every day, 07:00–09:00, 1 to 13 December', series([1, 2, 3, 4, 5, 6, 7], '2026-12-01', '2026-12-13', '07:00'), twoSlots],
    ['every day, 18:00–20:00, 1 to 13 December', series([1, 2, 3, 4, 5, 6, 7], '2026-12-01', '2026-12-13', '18:00'), twoSlots],
    ['every day, any time, 1 to 24 December', series([1, 2, 3, 4, 5, 6, 7], '2026-12-01', '2026-12-24', 'any'),
      makeNeed({ slots: [slot(null, null)], durationMinutes: 20 })],
    ['every day, by 12:00, 1 to 24 December', series([1, 2, 3, 4, 5, 6, 7], '2026-12-01', '2026-12-24', 'any'),
      makeNeed({ slots: [slot(null, '12:00')], durationMinutes: 20 })],
    ['every day, 10 minutes between 18:00 and 21:00, 1 to 24 December', series([1, 2, 3, 4, 5, 6, 7]),
      makeNeed({ slots: [slot('18:00', '21:00')], durationMinutes: 10 })],
    ['every day, from 18:00, 1 to 24 December', series([1, 2, 3, 4, 5, 6, 7]),
      makeNeed({ slots: [slot('18:00', null)], durationMinutes: 10 })],
    ['every day, 22:00–02:00, 1 to 24 December', series([1, 2, 3, 4, 5, 6, 7], '2026-12-01', '2026-12-24', '22:00'),
      makeNeed({ slots: [slot('22:00', '02:00')], durationMinutes: 240 })],
    ['every Mon, within 5 days, by 17:00 on the last day, 1 to 24 December', series([1], '2026-12-01', '2026-12-24', '09:00'),
      makeNeed({ recurrence: { kind: 'weekly', weekdays: [1] }, slots: [slot('09:00', '17:00', 5)], durationMinutes: 120 })],
    // The slot was removed from the need since: say what the key still tells.
    ['every day, from 08:00, 1 to 24 December', series([1, 2, 3, 4, 5, 6, 7], '2026-12-01', '2026-12-24', '08:00'), makeNeed()],
    ['every 3 days, 18:00–19:00, 1 to 24 December', series([1, 2, 3, 4, 5, 6, 7]),
      makeNeed({ recurrence: { kind: 'every-n-days', interval: 3 } })],
    ['every 3 days (Mon–Thu only), 18:00–19:00, 1 to 24 December', series([1, 2, 3, 4]),
      makeNeed({ recurrence: { kind: 'every-n-days', interval: 3 } })],
  ])('%s', (expected, dates, need) => {
    expect(describeSeries(dates, need)).toBe(expected)
  })

  it.each<[string, string, string]>([
    ['2026-11-28', '2026-12-24', '28 November to 24 December'],
    ['2026-12-28', '2027-01-10', '28 December to 10 January 2027'],
    ['2027-01-04', '2027-01-31', '4 to 31 January'],
    ['2026-01-05', '2027-02-01', '5 January to 1 February 2027'],
  ])('date range %s – %s reads "%s", with the year only where it differs', (from, until, expected) => {
    expect(describeSeries(series([2, 4], from, until), weeklyTueThu)).toBe(`every Tue and Thu, 18:00–19:00, ${expected}`)
  })

  it('reads "until" for a series already running, and shows years against today', () => {
    expect(describeSeries(series([2, 4]), weeklyTueThu, { today: '2026-12-10' }))
      .toBe('every Tue and Thu, 18:00–19:00, until 24 December')
    expect(describeSeries(series([2, 4], '2027-01-05', '2027-01-28'), weeklyTueThu, { today: '2026-12-10' }))
      .toBe('every Tue and Thu, 18:00–19:00, 5 to 28 January 2027')
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

  it('uses the locale for dates', () => {
    expect(describeSeries(series([2, 4], '2026-11-28', '2026-12-24'), weeklyTueThu, { locale: 'en-US' }))
      .toBe('every Tue and Thu, 18:00–19:00, November 28 to December 24')
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
