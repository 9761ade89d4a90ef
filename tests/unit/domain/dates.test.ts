import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  addDays,
  compareLocalDates,
  datesBetween,
  daysBetween,
  earlierDate,
  formatInstant,
  formatLocalTime,
  instantOf,
  isoWeekKey,
  laterDate,
  localDateOf,
  localDayBounds,
  localTimeOf,
  offsetMinutesAt,
  weekdayOf,
} from '../../../src/domain/dates'
import { tzOffset } from '@date-fns/tz'

const at = (iso: string) => Date.parse(iso)

describe('LocalDate arithmetic', () => {
  it.each([
    ['2026-12-31', 1, '2027-01-01'],
    ['2027-02-28', 1, '2027-03-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2028-03-01', -1, '2028-02-29'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2000-02-28', 1, '2000-02-29'],
    ['2100-02-28', 1, '2100-03-01'],
    ['2027-01-30', 3, '2027-02-02'],
    ['2026-12-01', 0, '2026-12-01'],
    ['1970-01-01', -1, '1969-12-31'],
  ])('addDays(%s, %i) is %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected)
  })

  it.each([
    ['2026-01-01', '2027-01-01', 365],
    ['2028-01-01', '2029-01-01', 366],
    ['2026-12-10', '2026-12-01', -9],
    ['2027-03-27', '2027-03-29', 2],
  ])('daysBetween(%s, %s) is %i', (from, to, expected) => {
    expect(daysBetween(from, to)).toBe(expected)
  })

  it('compares, picks and lists dates', () => {
    expect(compareLocalDates('2026-12-01', '2026-12-02')).toBe(-1)
    expect(compareLocalDates('2027-01-01', '2026-12-31')).toBe(1)
    expect(compareLocalDates('2026-12-01', '2026-12-01')).toBe(0)
    expect(earlierDate('2027-01-01', '2026-12-31')).toBe('2026-12-31')
    expect(laterDate('2027-01-01', '2026-12-31')).toBe('2027-01-01')
    expect(datesBetween('2028-02-27', '2028-03-01')).toEqual(['2028-02-27', '2028-02-28', '2028-02-29', '2028-03-01'])
    expect(datesBetween('2026-12-02', '2026-12-01')).toEqual([])
  })

  it('addDays and daysBetween are inverse for any date and offset', () => {
    const dates = fc.integer({ min: -20_000, max: 60_000 }).map((day) => addDays('1970-01-01', day))
    fc.assert(
      fc.property(dates, fc.integer({ min: -1000, max: 1000 }), (date, days) => {
        expect(daysBetween(date, addDays(date, days))).toBe(days)
      }),
    )
  })
})

describe('weekdays and ISO weeks', () => {
  it.each([
    ['2024-01-01', 1],
    ['2026-12-01', 2],
    ['2026-12-04', 5],
    ['2027-03-28', 7],
    ['2028-02-29', 2],
    ['1970-01-01', 4],
    ['1969-12-28', 7],
  ] as const)('weekdayOf(%s) is %i', (date, weekday) => {
    expect(weekdayOf(date)).toBe(weekday)
  })

  it.each([
    ['2026-11-30', '2026-11-30'],
    ['2026-12-06', '2026-11-30'],
    ['2026-12-07', '2026-12-07'],
    ['2027-01-01', '2026-12-28'],
    ['2028-03-05', '2028-02-28'],
  ])('the Monday–Sunday week of %s starts on %s', (date, monday) => {
    expect(isoWeekKey(date)).toBe(monday)
  })
})

describe('instants and local values in a zone', () => {
  const instant = at('2026-12-01T23:30:00Z')
  it.each([
    ['UTC', '2026-12-01', '23:30'],
    ['Asia/Kolkata', '2026-12-02', '05:00'],
    ['Pacific/Auckland', '2026-12-02', '12:30'],
    ['America/New_York', '2026-12-01', '18:30'],
  ])('2026-12-01T23:30Z in %s is %s %s', (zone, date, time) => {
    expect(localDateOf(instant, zone)).toBe(date)
    expect(localTimeOf(instant, zone)).toBe(time)
  })

  it.each([
    // Spring forward in Berlin: 02:00–02:59 do not exist; they move to 03:00 CEST.
    ['2027-03-28', '01:59', 'Europe/Berlin', '2027-03-28T00:59:00Z'],
    ['2027-03-28', '02:00', 'Europe/Berlin', '2027-03-28T01:00:00Z'],
    ['2027-03-28', '02:30', 'Europe/Berlin', '2027-03-28T01:00:00Z'],
    ['2027-03-28', '03:00', 'Europe/Berlin', '2027-03-28T01:00:00Z'],
    // Fall back: 02:00–02:59 happen twice; the first (CEST) wins.
    ['2027-10-31', '01:59', 'Europe/Berlin', '2027-10-30T23:59:00Z'],
    ['2027-10-31', '02:30', 'Europe/Berlin', '2027-10-31T00:30:00Z'],
    ['2027-10-31', '03:00', 'Europe/Berlin', '2027-10-31T02:00:00Z'],
    ['2027-03-14', '02:30', 'America/New_York', '2027-03-14T07:00:00Z'],
    ['2027-11-07', '01:30', 'America/New_York', '2027-11-07T05:30:00Z'],
    // Half-hour shifts, and a gap at midnight.
    ['2027-10-03', '02:15', 'Australia/Lord_Howe', '2027-10-02T15:30:00Z'],
    ['2027-04-04', '01:45', 'Australia/Lord_Howe', '2027-04-03T14:45:00Z'],
    ['2027-09-05', '00:00', 'America/Santiago', '2027-09-05T04:00:00Z'],
    // Zones far from UTC, where the local date differs from the UTC date.
    ['2026-12-01', '00:00', 'Asia/Kolkata', '2026-11-30T18:30:00Z'],
    ['2026-12-01', '08:00', 'Pacific/Auckland', '2026-11-30T19:00:00Z'],
    ['2026-12-01', '20:00', 'America/New_York', '2026-12-02T01:00:00Z'],
  ])('instantOf(%s, %s, %s) is %s', (date, time, zone, iso) => {
    expect(instantOf(date, time, zone)).toBe(at(iso))
  })

  it.each([
    ['2026-12-02', 'America/New_York', '2026-12-02T05:00:00Z', '2026-12-03T05:00:00Z'],
    ['2026-12-03', 'Asia/Kolkata', '2026-12-02T18:30:00Z', '2026-12-03T18:30:00Z'],
    // Days of 23 and 25 hours, and a day whose midnight does not exist (it starts at 01:00).
    ['2027-03-28', 'Europe/Berlin', '2027-03-27T23:00:00Z', '2027-03-28T22:00:00Z'],
    ['2027-10-31', 'Europe/Berlin', '2027-10-30T22:00:00Z', '2027-10-31T23:00:00Z'],
    ['2027-09-05', 'America/Santiago', '2027-09-05T04:00:00Z', '2027-09-06T03:00:00Z'],
  ])('%s in %s runs from %s until %s', (date, zone, from, until) => {
    expect(localDayBounds(date, zone)).toEqual({ from: at(from), until: at(until) })
  })

  it('throws on an unknown zone rather than guessing one', () => {
    expect(() => instantOf('2026-12-01', '08:00', 'Mars/Olympus')).toThrow(RangeError)
    expect(() => localDateOf(0, 'Mars/Olympus')).toThrow(RangeError)
  })

  it('memoised offsets agree with a direct lookup at every minute, transitions included', () => {
    const zones = fc.constantFrom('Europe/Berlin', 'Australia/Lord_Howe', 'America/Santiago', 'Asia/Kathmandu')
    const minutes = fc.integer({ min: 29_000_000, max: 31_000_000 }).map((minute) => minute * 60_000)
    fc.assert(
      fc.property(zones, minutes, (zone, instant) => {
        expect(offsetMinutesAt(instant, zone)).toBe(tzOffset(zone, new Date(instant)))
      }),
      { numRuns: 500 },
    )
    // Lord Howe moves by half an hour at 15:30 UTC, inside a UTC hour.
    expect(offsetMinutesAt(at('2027-10-02T15:29:00Z'), 'Australia/Lord_Howe')).toBe(630)
    expect(offsetMinutesAt(at('2027-10-02T15:30:00Z'), 'Australia/Lord_Howe')).toBe(660)
  })

  it('reads back any instant as the earliest instant showing the same wall clock', () => {
    const zones = fc.constantFrom('Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata', 'UTC')
    const minutes = fc.integer({ min: 29_000_000, max: 31_000_000 }).map((minute) => minute * 60_000)
    fc.assert(
      fc.property(zones, minutes, (zone, instant) => {
        const back = instantOf(localDateOf(instant, zone), localTimeOf(instant, zone), zone)
        expect(back).toBeLessThanOrEqual(instant)
        expect(localDateOf(back, zone)).toBe(localDateOf(instant, zone))
        expect(localTimeOf(back, zone)).toBe(localTimeOf(instant, zone))
      }),
      { numRuns: 500 },
    )
  })
})

describe('times in the reader’s locale and hour cycle', () => {
  // 19:05 in Madrid (CET, UTC+1) on 1 December 2026; 07:05 the next morning in Chicago (CST, UTC−6).
  const evening = at('2026-12-01T18:05:00Z')
  const morning = at('2026-12-02T13:05:00Z')
  it.each([
    ['en-US', '7:05 PM', '7:05 AM', 'Dec 1, 7:05 PM'],
    ['en-GB', '19:05', '07:05', '1 Dec, 19:05'],
    ['es-ES', '19:05', '07:05', '1 dic, 19:05'],
  ])('%s: an instant as the wall clock in a zone showed it', (locale, eveningText, morningText, withDate) => {
    expect(formatInstant(evening, 'Europe/Madrid', locale)).toBe(eveningText)
    expect(formatInstant(morning, 'America/Chicago', locale)).toBe(morningText)
    expect(formatInstant(evening, 'Europe/Madrid', locale, { withDate: true })).toBe(withDate)
    // The same as a wall-clock time: one place decides the hour cycle.
    expect(formatInstant(morning, 'America/Chicago', locale)).toBe(formatLocalTime('07:05', locale))
  })

  it('never pads a 12-hour clock nor drops the pad of a 24-hour one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 41 }), fc.constantFrom('UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata'), (instant, zone) => {
        expect(formatInstant(instant, zone, 'en-US')).toMatch(/^(1[0-2]|[1-9]):[0-5]\d\s?[AP]M$/)
        expect(formatInstant(instant, zone, 'en-GB')).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/)
        expect(formatInstant(instant, zone, 'en-GB')).toBe(localTimeOf(instant, zone))
      }),
      { numRuns: 300 },
    )
  })
})
