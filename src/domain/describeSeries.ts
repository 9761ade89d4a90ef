/**
 * Plain words for an assignment series ("every Tue and Thu, 18:00–19:00, 1 to 24 December"),
 * used by briefs and the Assign screen. Builds on describe.ts's Intl helpers.
 *
 * The series' weekdays are read against the need's recurrence, so the words never promise
 * a day the need does not fall on: a weekly need says only the weekdays both share, an
 * every-N-days need keeps "every 3 days", a once/dates need names its dates inside the range.
 * Years are shown only on dates whose year differs from the reference year (`today`'s when
 * given, else the series' first day's), as describeSchedule does.
 */
import type { Assignment, LocalDate, Need, TimeSlot, Weekday } from './model'
import { minutesOfDay, WEEKDAYS } from './model'
import { addDays, daysBetween, weekdayOf } from './dates'
import { formatDuration, formatLocalDate, formatLocalDateShort, joinWithAnd, weekdayShort, DEFAULT_LOCALE } from './describe'
import { slotKeyOf } from './schedule'

export type SeriesDates = Pick<Assignment, 'weekdays' | 'slotKey' | 'from' | 'until'>

export interface DescribeSeriesOptions {
  locale?: string
  /** When given, a series already running reads "until 24 December", and years are shown relative to today's. */
  today?: LocalDate
}

/** Beyond this many dates, a list names only the first and the last. */
const MAX_LISTED_DATES = 5

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

/** "every Tue and Thu", "every weekday", "every weekend", "every day". */
function everyWeekdays(weekdays: readonly Weekday[], locale: string): string {
  const words = describeWeekdays(weekdays, locale)
  if (words === 'every day' || words === 'no days') return words
  if (words === 'weekdays') return 'every weekday'
  if (words === 'weekends') return 'every weekend'
  return `every ${words}`
}

/** "18:00–19:00", "10 minutes between 18:00 and 21:00", "from 18:00", "by 12:00", "any time". */
function slotWords(slot: TimeSlot | undefined, slotKey: string, durationMinutes: number): string {
  if (!slot) return slotKey === 'any' ? 'any time' : `from ${slotKey}`
  if (slot.spanDays > 1) {
    const within = `within ${slot.spanDays} days`
    return slot.end ? `${within}, by ${slot.end} on the last day` : within
  }
  if (slot.start && slot.end) {
    const window = (minutesOfDay(slot.end) - minutesOfDay(slot.start) + 24 * 60) % (24 * 60) || 24 * 60
    return durationMinutes > 0 && durationMinutes < window
      ? `${formatDuration(durationMinutes)} between ${slot.start} and ${slot.end}`
      : `${slot.start}–${slot.end}`
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
  const inSeries = (date: LocalDate) =>
    series.from <= date && date <= series.until && series.weekdays.includes(weekdayOf(date))

  const recurrence = need.timing.recurrence
  if (recurrence.kind === 'once' || recurrence.kind === 'dates' || series.from === series.until) {
    const candidates = recurrence.kind === 'once' ? [recurrence.date]
      : recurrence.kind === 'dates' ? recurrence.dates : [series.from]
    const dates = [...new Set(candidates)].filter(inSeries).sort()
    if (dates.length === 1) return `on ${longDate(dates[0], true)}, ${time}`
    const datesText = dates.length === 0 ? 'on no dates'
      : dates.length > MAX_LISTED_DATES ? `on ${dates.length} dates from ${shortDate(dates[0])} to ${shortDate(dates[dates.length - 1])}`
      : `on ${joinWithAnd(dates.map(shortDate))}`
    return `${datesText}, ${time}`
  }

  let days: string
  if (recurrence.kind === 'every-n-days' && recurrence.interval > 1) {
    const onlyOn = sortedUnique(series.weekdays).length < 7 ? ` (${describeWeekdays(series.weekdays, locale)} only)` : ''
    days = `every ${recurrence.interval} days${onlyOn}`
  } else {
    const needDays = recurrence.kind === 'weekly' ? recurrence.weekdays : WEEKDAYS
    days = everyWeekdays(series.weekdays.filter((w) => needDays.includes(w)), locale)
  }
  return `${days}, ${time}, ${dateRange(series.from, series.until, options.today, longDate)}`
}

/** "1 to 24 December", "28 November to 24 December", "28 December to 10 January 2027", "until 24 December". */
function dateRange(from: LocalDate, until: LocalDate, today: LocalDate | undefined, longDate: (d: LocalDate) => string): string {
  const untilText = longDate(until)
  if (today !== undefined && from <= today) return `until ${untilText}`
  const fromText = longDate(from)
  // Same month and year: "1 to 24 December", when the locale puts the day first.
  const dayFirst = /^(\d+)\s(.+)$/.exec(fromText)
  if (from.slice(0, 7) === until.slice(0, 7) && dayFirst && untilText.endsWith(` ${dayFirst[2]}`)) {
    return `${dayFirst[1]} to ${untilText}`
  }
  return `${fromText} to ${untilText}`
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
  const gaps = new Set(sorted.slice(1).map((date, i) => daysBetween(sorted[i], date)))
  if (gaps.size === 1) {
    const [gap] = gaps
    return gap === 1 ? 'every day' : gap === 7 ? everyWeekdays(weekdays, locale) : `every ${gap} days`
  }
  return `on ${sorted.length} days`
}
