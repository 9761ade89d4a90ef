/**
 * Plain words for an assignment series ("every Tue and Thu, 18:00–19:00, from 1 December
 * until 24 December"), used by briefs and the Assign screen. Builds on describe.ts's Intl helpers.
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
import { formatDuration, formatLocalDate, formatLocalDateShort, joinWithAnd, nextDayTime, overnightWords, weekdayShort, DEFAULT_LOCALE } from './describe'
import { crossesMidnight, slotKeyOf, windowWallMinutes } from './schedule'

export type SeriesDates = Pick<Assignment, 'weekdays' | 'slotKey' | 'from' | 'until'>

export interface DescribeSeriesOptions {
  locale?: string
  /** When given, a series already running reads "until 24 December", and years are shown relative to today's. */
  today?: LocalDate
}

/** Beyond this many dates, a list names only the first and the last. */
const MAX_LISTED_DATES = 5
/** "Every 3 days" names this many of its days before "and so on". */
const MAX_NAMED_DAYS = 4

const sortedUnique = (weekdays: readonly Weekday[]): Weekday[] =>
  [...new Set(weekdays)].filter((w) => WEEKDAYS.includes(w)).sort((a, b) => a - b)

/**
 * "Tue and Thu", "Mon–Thu", "Mon–Wed and Fri", "weekdays", "weekends", "every day".
 * Runs of three or more consecutive days (wrapping past Sunday: "Fri–Mon") become a range.
 */
export function describeWeekdays(weekdays: readonly Weekday[], locale = DEFAULT_LOCALE): string {
  const days = sortedUnique(weekdays)
  const key = days.join('')
  if (key === '') return 'no days'
  if (key === '1234567') return 'every day'
  if (key === '12345') return 'weekdays'
  if (key === '67') return 'weekends'
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
  const words = runs.flatMap((run) => run.length >= 3
    ? [`${weekdayShort(run[0], locale)}–${weekdayShort(run[run.length - 1], locale)}`]
    : run.map((w) => weekdayShort(w, locale)))
  return joinWithAnd(words)
}

/**
 * "every Tue and Thu", "every weekday", "every weekend", "every day"; at night (a window past
 * midnight) "every Fri night", "every weekday night", "every night".
 */
function everyWeekdays(weekdays: readonly Weekday[], locale: string, night = false): string {
  const words = describeWeekdays(weekdays, locale)
  if (words === 'no days') return words
  if (words === 'every day') return night ? 'every night' : words
  if (words === 'weekdays') return night ? 'every weekday night' : 'every weekday'
  if (words === 'weekends' && !night) return 'every weekend'
  // "Every weekend night" would leave Friday night in doubt.
  const days = words === 'weekends' ? joinWithAnd([weekdayShort(6, locale), weekdayShort(7, locale)]) : words
  return `every ${days}${night ? ' night' : ''}`
}

/** "18:00–19:00", "10 minutes between 18:00 and 21:00", "from 18:00", "by 12:00", "any time". */
function slotWords(slot: TimeSlot | undefined, slotKey: string, durationMinutes: number): string {
  if (!slot) return slotKey === 'any' ? 'any time' : `from ${slotKey}`
  if (slot.spanDays > 1) {
    const within = `within ${slot.spanDays} days`
    return slot.end ? `${within}, by ${slot.end} on the last day` : within
  }
  if (slot.start && slot.end) {
    const night = crossesMidnight(slot)
    if (durationMinutes > 0 && durationMinutes < windowWallMinutes(slot)) {
      return `${formatDuration(durationMinutes)} between ${slot.start} and ${night ? nextDayTime(slot.end) : slot.end}`
    }
    return night ? overnightWords(slot.start, slot.end) : `${slot.start}–${slot.end}`
  }
  if (slot.start) return `from ${slot.start}`
  return slot.end ? `by ${slot.end}` : 'any time'
}

export function describeSeries(series: SeriesDates, need: Need, options: DescribeSeriesOptions = {}): string {
  const locale = options.locale ?? DEFAULT_LOCALE
  const referenceYear = (options.today ?? series.from).slice(0, 4)
  const withYear = (date: LocalDate) => date.slice(0, 4) !== referenceYear
  const longDate = (date: LocalDate, withWeekday = false) => formatLocalDate(date, locale, { withYear: withYear(date), withWeekday })
  const shortDate = (date: LocalDate) => formatLocalDateShort(date, locale, { withYear: withYear(date), withWeekday: false })

  const slot = need.timing.slots.find((s) => slotKeyOf(s) === series.slotKey)
  const time = slotWords(slot, series.slotKey, need.timing.durationMinutes)
  const night = slot !== undefined && crossesMidnight(slot)
  const inSeries = (date: LocalDate) =>
    series.from <= date && date <= series.until && series.weekdays.includes(weekdayOf(date))

  const recurrence = need.timing.recurrence
  if (recurrence.kind === 'once' || recurrence.kind === 'dates' || series.from === series.until) {
    const candidates = recurrence.kind === 'once' ? [recurrence.date]
      : recurrence.kind === 'dates' ? recurrence.dates : [series.from]
    const dates = [...new Set(candidates)].filter(inSeries).sort()
    if (dates.length === 1) return `on ${night ? 'the night of ' : ''}${longDate(dates[0], true)}, ${time}`
    const datesText = dates.length === 0 ? 'on no dates'
      : dates.length > MAX_LISTED_DATES ? `on ${dates.length} dates from ${shortDate(dates[0])} to ${shortDate(dates[dates.length - 1])}`
      : `on ${joinWithAnd(dates.map(shortDate))}`
    return `${datesText}, ${time}`
  }

  const range = dateRange(series.from, series.until, options.today, longDate)
  if (recurrence.kind === 'every-n-days' && recurrence.interval > 1) {
    const all = everyNDates(series, need, recurrence.interval)
    const dates = all.filter((date) => series.weekdays.includes(weekdayOf(date)))
    // Said only when the series leaves out some of the need's own days (a planner series lists the weekdays its dates fall on).
    const onlyOn = dates.length < all.length ? ` (${describeWeekdays(series.weekdays, locale)} only)` : ''
    const ahead = dates.filter((date) => options.today === undefined || date >= options.today)
    const every = `every ${recurrence.interval} days${onlyOn}, ${time}`
    // All of them named: the range adds nothing.
    if (ahead.length <= MAX_NAMED_DAYS) return `${every}: ${namedDays(ahead, locale, withYear)}`
    return `${every}, ${range}: ${namedDays(ahead.slice(0, MAX_NAMED_DAYS - 1), locale, withYear, true)}`
  }
  const needDays = recurrence.kind === 'weekly' ? recurrence.weekdays : WEEKDAYS
  return `${everyWeekdays(series.weekdays.filter((w) => needDays.includes(w)), locale, night)}, ${time}, ${range}`
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
export function namedDays(
  dates: readonly LocalDate[], locale = DEFAULT_LOCALE, withYear: (date: LocalDate) => boolean = () => false, andSoOn = false,
): string {
  if (dates.length === 0) return 'no days'
  const sorted = [...new Set(dates)].sort()
  const words = sorted.map((date, i) => {
    if (i < sorted.length - 1 && sorted[i + 1].slice(0, 7) === date.slice(0, 7)) return formatLocalDateShort(date, locale, { withMonth: false })
    const day = formatLocalDateShort(date, locale, { longMonth: true })
    // Intl puts a comma before a year ("Mon, 4 January 2027"), which reads as a list break here.
    return withYear(date) ? `${day} ${date.slice(0, 4)}` : day
  })
  return andSoOn ? `${words.join(', ')} and so on` : joinWithAnd(words)
}

/** "from 1 December until 24 December", "from 28 December until 10 January 2027", "until 24 December" once it has begun. */
function dateRange(from: LocalDate, until: LocalDate, today: LocalDate | undefined, longDate: (d: LocalDate) => string): string {
  const untilText = longDate(until)
  if (today !== undefined && from <= today) return `until ${untilText}`
  return `from ${longDate(from)} until ${untilText}`
}

/**
 * How a run of dates repeats, read from the dates themselves (a helper's phone holds tasks,
 * not the need's schedule): "every day", "every Tue and Thu", "every 3 days", or "on 4 days".
 * A weekly pattern must hold every such day from the first date to the last; a day taken out
 * (a task moved to someone else) makes it "on N days", so the words never promise a day.
 */
export function describeDatePattern(dates: readonly LocalDate[], locale = DEFAULT_LOCALE): string {
  const sorted = [...new Set(dates)].sort()
  if (sorted.length < 2) return sorted.length === 1 ? `on ${formatLocalDate(sorted[0], locale, { withWeekday: true })}` : 'on no days'
  const first = sorted[0]
  const last = sorted[sorted.length - 1]
  const weekdays = sortedUnique(sorted.map(weekdayOf))
  const expected = daysBetween(first, last) + 1
  const everyMatchingDay = Array.from({ length: expected }, (_, i) => addDays(first, i)).filter((d) => weekdays.includes(weekdayOf(d)))
  if (everyMatchingDay.length === sorted.length && sorted.length >= weekdays.length * 2) return everyWeekdays(weekdays, locale)
  const gap = evenGap(sorted)
  if (gap !== null) return gap === 1 ? 'every day' : gap === 7 ? everyWeekdays(weekdays, locale) : `every ${gap} days`
  return `on ${sorted.length} days`
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
export function namedDaysOfPattern(dates: readonly LocalDate[], from: LocalDate, locale = DEFAULT_LOCALE): string | null {
  const sorted = [...new Set(dates)].sort()
  const gap = evenGap(sorted)
  if (sorted.length < 2 || gap === null || gap === 1 || gap === 7) return null
  const ahead = sorted.filter((date) => date >= from)
  if (ahead.length === 0) return null
  const withYear = (date: LocalDate) => date.slice(0, 4) !== from.slice(0, 4)
  return ahead.length <= MAX_NAMED_DAYS ? namedDays(ahead, locale, withYear) : namedDays(ahead.slice(0, MAX_NAMED_DAYS - 1), locale, withYear, true)
}
