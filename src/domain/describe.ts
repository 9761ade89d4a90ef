/**
 * Plain English words for schedules, occurrence times and the model's labels, in one place.
 *
 * Dates and weekday names come from Intl in the given locale (default en-GB: "Tuesday
 * 1 December"); times are always 24 h `HH:mm` in the zone named explicitly, never the
 * device's. A LocalDate is formatted as UTC midnight with `timeZone: 'UTC'`, so no zone can
 * shift it to the day before.
 */
import type { Need, NeedCategory, Priority, RecurrenceKind, TaskKind, TimeSlot } from './model/need'
import type { Occurrence } from './model/occurrence'
import { minutesOfDay, WEEKDAYS, type LocalDate, type Weekday, type WeeklyTimeRange } from './model/time'
import { groupWeeklyRanges, rangeCrossesMidnight, type DayGroup } from './weeklyRanges'
import { addDays, localDateOf, localTimeOf } from './dates'
import { crossesMidnight, spanDaysOf, windowWallMinutes } from './schedule'

export { DEFAULT_LOCALE, formatLocalDate, formatLocalDateShort, weekdayLong, weekdayShort, type DateFormatOptions } from './dates'
import { DEFAULT_LOCALE, formatLocalDate, formatLocalDateShort, weekdayShort } from './dates'

/** Beyond this many chosen dates, a schedule names only the first and the last. */
const MAX_LISTED_DATES = 5

const TASK_KIND_LABELS: Record<TaskKind, string> = {
  meal: 'Meal', ride: 'Ride', errand: 'Errand', 'dog-walk': 'Dog walk', 'plant-watering': 'Watering plants',
  mail: 'Mail', call: 'Phone call', visit: 'Visit', reminder: 'Reminder',
  accompaniment: 'Going along to an appointment', other: 'Something else',
}
const CATEGORY_LABELS: Record<NeedCategory, string> = {
  practical: 'Practical', emotional: 'Emotional', medical: 'Medical', other: 'Other',
}
const PRIORITY_LABELS: Record<Priority, string> = { high: 'High', medium: 'Medium', low: 'Low' }
const RECURRENCE_KIND_LABELS: Record<RecurrenceKind, string> = {
  once: 'Once', dates: 'On chosen dates', daily: 'Every day', weekly: 'Every week, on chosen days',
  'every-n-days': 'Every few days',
}

export const taskKindLabel = (kind: TaskKind): string => TASK_KIND_LABELS[kind]
export const categoryLabel = (category: NeedCategory): string => CATEGORY_LABELS[category]
export const priorityLabel = (priority: Priority): string => PRIORITY_LABELS[priority]
export const recurrenceKindLabel = (kind: RecurrenceKind): string => RECURRENCE_KIND_LABELS[kind]

/** "10 minutes", "1 hour", "1 hour 30 minutes". */
export function formatDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60)
  const rest = minutes % 60
  const hourText = hours === 1 ? '1 hour' : `${hours} hours`
  const minuteText = rest === 1 ? '1 minute' : `${rest} minutes`
  if (hours === 0) return minuteText
  return rest === 0 ? hourText : `${hourText} ${minuteText}`
}

/** "and"-joined list: "a", "a and b", "a, b and c". */
export function joinWithAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}

export interface DescribeScheduleOptions {
  locale?: string
  /** Lets the year be left out of dates in the circle's starting year. */
  circleStart?: LocalDate
}

/**
 * The need's schedule in one line, e.g. "every Tue and Thu, 18:00–19:00, until 6 January".
 * Dates carry their year only when it differs from the year the need starts in (when that is
 * unknown, recurring schedules always show it).
 */
export function describeSchedule(need: Need, circleEnd: LocalDate, options: DescribeScheduleOptions = {}): string {
  const locale = options.locale ?? DEFAULT_LOCALE
  const { recurrence, slots, durationMinutes, startDate, endDate } = need.timing
  const start = startDate ?? options.circleStart ?? null
  const reference = start ?? (recurrence.kind === 'once' ? recurrence.date : null) ??
    (recurrence.kind === 'dates' ? [...recurrence.dates].sort()[0] ?? null : null)
  const withYear = (date: LocalDate) => reference === null || date.slice(0, 4) !== reference.slice(0, 4)
  const longDate = (date: LocalDate, withWeekday = true) => formatLocalDate(date, locale, { withYear: withYear(date), withWeekday })
  // Without the weekday, a list of dates reads cleanly: "on 4 Dec, 8 Dec and 15 Jan 2027".
  const shortDate = (date: LocalDate) => formatLocalDateShort(date, locale, { withYear: withYear(date), withWeekday: false })

  if (recurrence.kind === 'once') {
    const slot = slots[0]
    if (slot && spanDaysOf(slot) > 1) {
      const lastDay = addDays(recurrence.date, spanDaysOf(slot) - 1)
      const by = slot.end ? `${slot.end} on ${longDate(lastDay)}` : longDate(lastDay)
      const from = slot.start ? `${slot.start} on ${longDate(recurrence.date)}` : longDate(recurrence.date)
      return joinParts(['once', durationPart(slot, durationMinutes), `by ${by} (from ${from})`])
    }
    const on = isNightOnly(slots) ? `on the night of ${longDate(recurrence.date)}` : `on ${longDate(recurrence.date)}`
    return joinParts(['once', on, timesPart(slots, durationMinutes, null, locale)])
  }
  if (recurrence.kind === 'dates') {
    const dates = [...new Set(recurrence.dates)].sort()
    const datesText = dates.length === 0 ? 'on no dates yet'
      : dates.length > MAX_LISTED_DATES ? `on ${dates.length} dates from ${shortDate(dates[0])} to ${shortDate(dates[dates.length - 1])}`
      : `on ${joinWithAnd(dates.map(shortDate))}`
    return joinParts([datesText, timesPart(slots, durationMinutes, null, locale)])
  }

  const singleWeekday = recurrence.kind === 'weekly' && new Set(recurrence.weekdays).size === 1 ? recurrence.weekdays[0] : null
  const end = endDate ?? circleEnd
  const showStart = startDate !== null && (options.circleStart === undefined || startDate > options.circleStart)
  const until = showStart ? `from ${longDate(startDate, false)} until ${longDate(end, false)}` : `until ${longDate(end, false)}`
  return joinParts([recurringDaysPart(need, locale), timesPart(slots, durationMinutes, singleWeekday, locale), until])
}

function recurringDaysPart(need: Need, locale: string): string {
  const recurrence = need.timing.recurrence
  if (recurrence.kind === 'every-n-days' && recurrence.interval > 1) return `every ${recurrence.interval} days`
  const weekdays = recurrence.kind === 'weekly' ? recurrence.weekdays : recurrence.kind === 'daily' || recurrence.kind === 'every-n-days' ? WEEKDAYS : null
  return weekdays === null ? '' : everyDaysWords(weekdays, isNightOnly(need.timing.slots), locale)
}

/**
 * "every Tue and Thu", "every weekday", "every day"; for a window that runs past midnight the
 * night of those days, as people say it: "every Fri night", "every night", "every Sat and Sun night".
 */
export function everyDaysWords(weekdays: readonly Weekday[], night: boolean, locale = DEFAULT_LOCALE): string {
  const days = [...new Set(weekdays)].sort()
  const key = days.join('')
  if (key === '') return 'on no days yet'
  if (key === '1234567') return night ? 'every night' : 'every day'
  if (key === '12345') return night ? 'every weekday night' : 'every weekday'
  if (key === '67' && !night) return 'every weekend'
  return `every ${joinWithAnd(days.map((weekday) => weekdayShort(weekday, locale)))}${night ? ' night' : ''}`
}

/** Every time of the need runs past midnight: its days are nights ("Friday night"). */
export function isNightOnly(slots: readonly TimeSlot[]): boolean {
  return slots.length > 0 && slots.every(crossesMidnight)
}

/** "22:00 to 06:00 the next morning", "18:00 to 14:00 the next day": a window past midnight, said plainly. */
export function overnightWords(start: string, end: string): string {
  return `${start} to ${nextDayTime(end)}`
}

/** "06:00 the next morning", "14:00 the next day". */
export function nextDayTime(time: string): string {
  return `${time} the next ${minutesOfDay(time) <= 12 * 60 ? 'morning' : 'day'}`
}

/** The duration, when it is shorter than the window and so tells the reader something. */
function durationPart(slot: TimeSlot, durationMinutes: number): string | null {
  return durationMinutes > 0 && durationMinutes < windowWallMinutes(slot) ? formatDuration(durationMinutes) : null
}

function timesPart(slots: readonly TimeSlot[], durationMinutes: number, singleWeekday: Weekday | null, locale: string): string {
  if (slots.length === 0) return 'no time set yet'
  if (slots.length === 1) return singleSlotText(slots[0], durationMinutes, singleWeekday, locale)
  const windows = joinWithAnd(slots.map((slot) => windowText(slot, singleWeekday, locale)))
  const perDay = slots.length === 2 ? 'twice a day' : `${slots.length} times a day`
  const showDuration = slots.every((slot) => durationPart(slot, durationMinutes) !== null)
  return `${windows} (${perDay}${showDuration ? `, ${formatDuration(durationMinutes)} each` : ''})`
}

function singleSlotText(slot: TimeSlot, durationMinutes: number, singleWeekday: Weekday | null, locale: string): string {
  const duration = durationPart(slot, durationMinutes)
  if (duration && slot.start && slot.end && crossesMidnight(slot)) return `${duration} between ${slot.start} and ${nextDayTime(slot.end)}`
  if (duration && slot.start && slot.end && spanDaysOf(slot) === 1) return `${duration} between ${slot.start} and ${slot.end}`
  return joinParts([duration, windowText(slot, singleWeekday, locale)])
}

/** "18:00–19:00", "from 18:00", "by 18:00", "any time"; over several days "by Fri 17:00 (from Mon 09:00)". */
function windowText(slot: TimeSlot, singleWeekday: Weekday | null, locale: string): string {
  const span = spanDaysOf(slot)
  if (span === 1) {
    if (slot.start && slot.end) return crossesMidnight(slot) ? overnightWords(slot.start, slot.end) : `${slot.start}–${slot.end}`
    if (slot.start) return `from ${slot.start}`
    if (slot.end) return `by ${slot.end}`
    return 'any time'
  }
  if (singleWeekday !== null && span <= 7) {
    const lastWeekday = (((singleWeekday - 1 + span - 1) % 7) + 1) as Weekday
    const by = [weekdayShort(lastWeekday, locale), slot.end].filter(Boolean).join(' ')
    const from = [weekdayShort(singleWeekday, locale), slot.start].filter(Boolean).join(' ')
    return `by ${by} (from ${from})`
  }
  const within = `within ${span} days`
  if (slot.start && slot.end) return `${within}, from ${slot.start} on the first day to ${slot.end} on the last`
  if (slot.start) return `${within}, from ${slot.start} on the first day`
  return slot.end ? `${within}, by ${slot.end} on the last day` : within
}

/** Why a need's time can't be saved: "This takes about 2 hours, but 18:00–19:00 is only 1 hour long. …" */
export function durationDoesNotFit(slot: TimeSlot, durationMinutes: number, locale = DEFAULT_LOCALE): string {
  return `This takes about ${formatDuration(durationMinutes)}, but ${windowText(slot, null, locale)} is only ${formatDuration(windowWallMinutes(slot))} long. `
    + 'Please make the times wider or the time it takes shorter.'
}

function joinParts(parts: ReadonlyArray<string | null>): string {
  return parts.filter((part) => part !== null && part !== '').join(', ')
}

/**
 * An occurrence's window in the recipient's zone, e.g. "Tue 1 Dec, 18:00–19:00", with the
 * reader's own time beside it when their zone shows it differently: " (19:00–20:00 your time)".
 */
export function describeOccurrenceTime(
  occurrence: Pick<Occurrence, 'windowStart' | 'windowEnd'>,
  timeZone: string,
  deviceTimeZone: string,
  locale = DEFAULT_LOCALE,
): string {
  const recipientText = windowInZone(occurrence, timeZone, locale, true)
  const deviceText = windowInZone(occurrence, deviceTimeZone, locale, true)
  // "Any time" on the recipient's day needs no conversion: it would only add noise.
  if (deviceText === recipientText || recipientText.endsWith(', any time')) return recipientText
  const sameDay = localDateOf(occurrence.windowStart, deviceTimeZone) === localDateOf(occurrence.windowStart, timeZone)
  return `${recipientText} (${sameDay ? windowInZone(occurrence, deviceTimeZone, locale, false) : deviceText} your time)`
}

/** An occurrence's times without its day, "17:00–18:00" or "any time", in the recipient's zone. */
export function describeWindowTimes(occurrence: Pick<Occurrence, 'windowStart' | 'windowEnd'>, timeZone: string, locale = DEFAULT_LOCALE): string {
  return windowInZone(occurrence, timeZone, locale, false)
}

function windowInZone(occurrence: Pick<Occurrence, 'windowStart' | 'windowEnd'>, timeZone: string, locale: string, withDay: boolean): string {
  const startDate = localDateOf(occurrence.windowStart, timeZone)
  const startTime = localTimeOf(occurrence.windowStart, timeZone)
  const endDate = localDateOf(occurrence.windowEnd, timeZone)
  let endTime = localTimeOf(occurrence.windowEnd, timeZone)
  // A window ending at the next midnight reads as ending at 24:00 on its own day.
  if (endTime === '00:00' && endDate === addDays(startDate, 1) && occurrence.windowEnd > occurrence.windowStart) endTime = '24:00'
  const day = formatLocalDateShort(startDate, locale)
  if (endTime === '24:00' || endDate === startDate) {
    const times = startTime === '00:00' && endTime === '24:00' ? 'any time' : `${startTime}–${endTime}`
    return withDay ? `${day}, ${times}` : times
  }
  return `${day}, ${startTime} – ${formatLocalDateShort(endDate, locale)}, ${endTime}`
}

/**
 * "weekdays 07:00–09:00, Sat 10:00–12:00"; a range past midnight is that day's night:
 * "Fri night 22:00–06:00", "every night 23:00–07:00", "weekday nights 22:00–06:00".
 */
export function describeWeeklyRanges(ranges: readonly WeeklyTimeRange[], locale = DEFAULT_LOCALE): string {
  const dayWords = (days: DayGroup) =>
    days === 'all' ? 'every day' : days === 'weekdays' ? 'weekdays' : days === 'weekends' ? 'weekends' : weekdayShort(days, locale)
  const nightWords = (days: DayGroup) =>
    days === 'all' ? 'every night' : days === 'weekdays' ? 'weekday nights' : days === 'weekends' ? 'Sat and Sun nights' : `${weekdayShort(days, locale)} night`
  return groupWeeklyRanges(ranges)
    .map((g) => `${rangeCrossesMidnight(g) ? nightWords(g.days) : dayWords(g.days)} ${g.start}–${g.end}`)
    .join(', ')
}
