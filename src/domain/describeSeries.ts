/**
 * Words for an assignment series, as Phrases ("every Tue and Thu, 18:00–19:00, from 1 December
 * until 24 December"), used by briefs and the Assign screen. Builds on describe.ts.
 *
 * Read by tired people, so nothing is left to work out: a range says "from … until …" (never
 * "1 to 24 December", which leaves the last day in doubt), and "every 3 days" names the days
 * ("…: Wed 2, Sat 5 and Tue 8 December"), as nobody counts days on a calendar.
 * The series' weekdays are read against the need's recurrence, so the words never promise
 * a day the need does not fall on: a weekly need says only the weekdays both share, an
 * every-N-days need names only its own days, a once/dates need names its dates inside the range.
 * Years are shown only on dates whose year differs from the reference year (`today`'s when
 * given, else the series' first day's), as describeSchedule does.
 */
import type { Assignment, LocalDate, Need, TimeSlot, Weekday } from './model'
import { WEEKDAYS } from './model'
import { addDays, daysBetween, weekdayOf } from './dates'
import { datesPhrase, durationPhrase, nextDayTimePhrase, overnightPhrase, timeRangePhrase } from './describe'
import { crossesMidnight, slotKeyOf, windowWallMinutes } from './schedule'
import { dateValue, listValue, partsValue, phrase, timeValue, weekdayValue, type Phrase, type PhraseValue } from './phrase'

export type SeriesDates = Pick<Assignment, 'weekdays' | 'slotKey' | 'from' | 'until'>

export interface DescribeSeriesOptions {
  /** When given, a series already running reads "until 24 December", and years are shown relative to today's. */
  today?: LocalDate
}

/** "Every 3 days" names this many of its days before "and so on". */
const MAX_NAMED_DAYS = 4

const sortedUnique = (weekdays: readonly Weekday[]): Weekday[] =>
  [...new Set(weekdays)].filter((w) => WEEKDAYS.includes(w)).sort((a, b) => a - b)

type WeekdaysShape = 'none' | 'all' | 'weekdays' | 'weekends' | 'some'
const shapeOf = (days: readonly Weekday[]): WeekdaysShape => {
  const key = days.join('')
  return key === '' ? 'none' : key === '1234567' ? 'all' : key === '12345' ? 'weekdays' : key === '67' ? 'weekends' : 'some'
}

/**
 * "Tue and Thu", "Mon–Thu", "Mon–Wed and Fri", "weekdays", "weekends", "every day".
 * Runs of three or more consecutive days (wrapping past Sunday: "Fri–Mon") become a range.
 */
export function weekdaysPhrase(weekdays: readonly Weekday[]): PhraseValue {
  const days = sortedUnique(weekdays)
  const shape = shapeOf(days)
  if (shape === 'none') return phrase('words.days.none')
  if (shape === 'all') return phrase('words.days.everyDay')
  if (shape === 'weekdays') return phrase('words.days.weekdays')
  if (shape === 'weekends') return phrase('words.days.weekends')
  return listValue(dayRuns(days))
}

function dayRuns(days: readonly Weekday[]): PhraseValue[] {
  const has = new Set(days)
  const previous = (w: Weekday) => (w === 1 ? 7 : w - 1) as Weekday
  // Start at a day whose previous day is missing, so a run over the weekend stays whole.
  const first = days.findIndex((w) => !has.has(previous(w)))
  const ordered = [...days.slice(first), ...days.slice(0, first)]
  const runs: Weekday[][] = []
  for (const day of ordered) {
    const run = runs[runs.length - 1]
    if (run && previous(day) === run[run.length - 1]) run.push(day)
    else runs.push([day])
  }
  return runs.flatMap((run): PhraseValue[] => run.length >= 3
    ? [phrase('words.days.run', { first: weekdayValue(run[0]), last: weekdayValue(run[run.length - 1]) })]
    : run.map((w) => weekdayValue(w)))
}

/**
 * "every Tue and Thu", "every weekday", "every weekend", "every day"; at night (a window past
 * midnight) "every Fri night", "every weekday night", "every night".
 */
function everyWeekdaysPhrase(weekdays: readonly Weekday[], night = false): PhraseValue {
  const days = sortedUnique(weekdays)
  const shape = shapeOf(days)
  if (shape === 'none') return phrase('words.days.none')
  if (shape === 'all') return phrase(night ? 'words.days.everyNight' : 'words.days.everyDay')
  if (shape === 'weekdays') return phrase(night ? 'words.days.everyWeekdayNight' : 'words.days.everyWeekday')
  if (shape === 'weekends' && !night) return phrase('words.days.everyWeekend')
  // "Every weekend night" would leave Friday night in doubt: Sat and Sun are named.
  const named = shape === 'weekends' ? listValue([weekdayValue(6), weekdayValue(7)]) : listValue(dayRuns(days))
  return phrase(night ? 'words.days.everyOfNight' : 'words.days.everyOf', { days: named })
}

/** "18:00–19:00", "10 minutes between 18:00 and 21:00", "from 18:00", "by 12:00", "any time". */
function slotPhrase(slot: TimeSlot | undefined, slotKey: string, durationMinutes: number): Phrase {
  if (!slot) return slotKey === 'any' ? phrase('words.time.any') : phrase('words.time.from', { time: timeValue(slotKey) })
  if (slot.spanDays > 1) {
    return slot.end ? phrase('words.time.withinBy', { count: slot.spanDays, end: timeValue(slot.end) }) : phrase('words.time.within', { count: slot.spanDays })
  }
  if (slot.start && slot.end) {
    const night = crossesMidnight(slot)
    if (durationMinutes > 0 && durationMinutes < windowWallMinutes(slot)) {
      return phrase('words.time.durationBetween', {
        duration: durationPhrase(durationMinutes), start: timeValue(slot.start), end: night ? nextDayTimePhrase(slot.end) : timeValue(slot.end),
      })
    }
    return night ? overnightPhrase(slot.start, slot.end) : timeRangePhrase(slot.start, slot.end)
  }
  if (slot.start) return phrase('words.time.from', { time: timeValue(slot.start) })
  return slot.end ? phrase('words.time.by', { time: timeValue(slot.end) }) : phrase('words.time.any')
}

export function seriesPhrase(series: SeriesDates, need: Need, options: DescribeSeriesOptions = {}): PhraseValue {
  const referenceYear = (options.today ?? series.from).slice(0, 4)
  const withYear = (date: LocalDate) => date.slice(0, 4) !== referenceYear
  const longDate = (date: LocalDate, withWeekday = false) => dateValue(date, 'long', { withYear: withYear(date), withWeekday })
  const shortDate = (date: LocalDate) => dateValue(date, 'short', { withYear: withYear(date), withWeekday: false })

  const slot = need.timing.slots.find((s) => slotKeyOf(s) === series.slotKey)
  const time = slotPhrase(slot, series.slotKey, need.timing.durationMinutes)
  const night = slot !== undefined && crossesMidnight(slot)
  const inSeries = (date: LocalDate) =>
    series.from <= date && date <= series.until && series.weekdays.includes(weekdayOf(date))

  const recurrence = need.timing.recurrence
  if (recurrence.kind === 'once' || recurrence.kind === 'dates' || series.from === series.until) {
    const candidates = recurrence.kind === 'once' ? [recurrence.date]
      : recurrence.kind === 'dates' ? recurrence.dates : [series.from]
    const dates = [...new Set(candidates)].filter(inSeries).sort()
    if (dates.length === 1) return partsValue([phrase(night ? 'words.schedule.onNightOf' : 'words.schedule.on', { date: longDate(dates[0], true) }), time])
    return partsValue([datesPhrase(dates, shortDate, 'words.schedule.noDates'), time])
  }

  const range = dateRange(series.from, series.until, options.today, longDate)
  if (recurrence.kind === 'every-n-days' && recurrence.interval > 1) {
    const all = everyNDates(series, need, recurrence.interval)
    const dates = all.filter((date) => series.weekdays.includes(weekdayOf(date)))
    // Said only when the series leaves out some of the need's own days (a planner series lists the weekdays its dates fall on).
    const every = dates.length < all.length
      ? phrase('words.days.everyNOnly', { count: recurrence.interval, days: weekdaysPhrase(series.weekdays) })
      : phrase('words.days.everyN', { count: recurrence.interval })
    const ahead = dates.filter((date) => options.today === undefined || date >= options.today)
    // All of them named: the range adds nothing.
    if (ahead.length <= MAX_NAMED_DAYS) return phrase('words.days.namedAfter', { what: partsValue([every, time]), days: namedDaysPhrase(ahead, withYear) })
    return phrase('words.days.namedAfter', { what: partsValue([every, time, range]), days: namedDaysPhrase(ahead.slice(0, MAX_NAMED_DAYS - 1), withYear, true) })
  }
  const needDays = recurrence.kind === 'weekly' ? recurrence.weekdays : WEEKDAYS
  return partsValue([everyWeekdaysPhrase(series.weekdays.filter((w) => needDays.includes(w)), night), time, range])
}

/** The need's days inside the series' dates (any weekday), counted from the need's start (or the series' first day). */
function everyNDates(series: SeriesDates, need: Need, interval: number): LocalDate[] {
  const start = need.timing.startDate !== null && need.timing.startDate <= series.from ? need.timing.startDate : series.from
  const dates: LocalDate[] = []
  const firstStep = Math.ceil(daysBetween(start, series.from) / interval) * interval
  for (let step = firstStep; step <= daysBetween(start, series.until); step += interval) dates.push(addDays(start, step))
  return dates
}

/**
 * "Wed 2, Sat 5 and Tue 8 December", "Mon 28, Thu 31 December and Sun 3 January 2027": each day
 * with its weekday, the month said once after its last day. `andSoOn` lists them as the start
 * of a longer run ("Wed 2, Sat 5, Tue 8 December and so on").
 */
export function namedDaysPhrase(dates: readonly LocalDate[], withYear: (date: LocalDate) => boolean = () => false, andSoOn = false): PhraseValue {
  if (dates.length === 0) return phrase('words.days.none')
  const sorted = [...new Set(dates)].sort()
  const words = sorted.map((date, i): PhraseValue => {
    if (i < sorted.length - 1 && sorted[i + 1].slice(0, 7) === date.slice(0, 7)) return dateValue(date, 'short', { withMonth: false })
    // Intl puts a comma before a year ("Mon, 4 January 2027"), which reads as a list break here.
    const day = dateValue(date, 'short', { longMonth: true })
    return withYear(date) ? phrase('words.days.withYear', { day, year: date.slice(0, 4) }) : day
  })
  return andSoOn ? phrase('words.days.andSoOn', { days: partsValue(words) }) : listValue(words)
}

/** "from 1 December until 24 December", "from 28 December until 10 January 2027", "until 24 December" once it has begun. */
function dateRange(from: LocalDate, until: LocalDate, today: LocalDate | undefined, longDate: (d: LocalDate) => PhraseValue): Phrase {
  if (today !== undefined && from <= today) return phrase('words.range.until', { until: longDate(until) })
  return phrase('words.range.fromUntil', { from: longDate(from), until: longDate(until) })
}

/**
 * How a run of dates repeats, read from the dates themselves (a helper's phone holds tasks,
 * not the need's schedule): "every day", "every Tue and Thu", "every 3 days", or "on 4 days".
 * A weekly pattern must hold every such day from the first date to the last; a day taken out
 * (a task moved to someone else) makes it "on N days", so the words never promise a day.
 */
export function datePatternPhrase(dates: readonly LocalDate[]): PhraseValue {
  const sorted = [...new Set(dates)].sort()
  if (sorted.length < 2) return sorted.length === 1 ? phrase('words.schedule.on', { date: dateValue(sorted[0], 'long') }) : phrase('words.days.onNone')
  const first = sorted[0]
  const last = sorted[sorted.length - 1]
  const weekdays = sortedUnique(sorted.map(weekdayOf))
  const expected = daysBetween(first, last) + 1
  const everyMatchingDay = Array.from({ length: expected }, (_, i) => addDays(first, i)).filter((d) => weekdays.includes(weekdayOf(d)))
  if (everyMatchingDay.length === sorted.length && sorted.length >= weekdays.length * 2) return everyWeekdaysPhrase(weekdays)
  const gap = evenGap(sorted)
  if (gap !== null) return gap === 1 ? phrase('words.days.everyDay') : gap === 7 ? everyWeekdaysPhrase(weekdays) : phrase('words.days.everyN', { count: gap })
  return phrase('words.days.onCount', { count: sorted.length })
}

/** The days between each date and the next, when it is always the same. */
function evenGap(sorted: readonly LocalDate[]): number | null {
  const gaps = new Set(sorted.slice(1).map((date, i) => daysBetween(sorted[i], date)))
  return gaps.size === 1 ? [...gaps][0] : null
}

/**
 * Which days, when the dates repeat every few days (a weekday name would not tell): the
 * first few from `from` on, "Wed 2, Sat 5, Tue 8 December and so on"; null for other patterns.
 */
export function namedDaysOfPatternPhrase(dates: readonly LocalDate[], from: LocalDate): PhraseValue | null {
  const sorted = [...new Set(dates)].sort()
  const gap = evenGap(sorted)
  if (sorted.length < 2 || gap === null || gap === 1 || gap === 7) return null
  const ahead = sorted.filter((date) => date >= from)
  if (ahead.length === 0) return null
  const withYear = (date: LocalDate) => date.slice(0, 4) !== from.slice(0, 4)
  return ahead.length <= MAX_NAMED_DAYS ? namedDaysPhrase(ahead, withYear) : namedDaysPhrase(ahead.slice(0, MAX_NAMED_DAYS - 1), withYear, true)
}
