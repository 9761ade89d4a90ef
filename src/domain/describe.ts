/**
 * The words for schedules, occurrence times and the model's labels, as Phrases (phrase.ts): the
 * reader's phone renders them in the reader's language (src/i18n, catalogue area `words`;
 * src/i18n/describe.ts gives the same functions as text). Dates are LocalDates for Intl in the
 * reader's locale; times are the schedule's own 24 h `HH:mm` in the zone named explicitly, never
 * the device's.
 */
import type { Need, NeedCategory, Priority, RecurrenceKind, TaskKind, TimeSlot } from './model/need'
import type { Occurrence } from './model/occurrence'
import { minutesOfDay, WEEKDAYS, type LocalDate, type Weekday, type WeeklyTimeRange } from './model/time'
import { groupWeeklyRanges, rangeCrossesMidnight, type DayGroup } from './weeklyRanges'
import { addDays, localDateOf, localTimeOf } from './dates'
import { crossesMidnight, spanDaysOf, windowWallMinutes } from './schedule'
import { dateValue, listValue, partsValue, phrase, timeValue, weekdayValue, type Phrase, type PhraseValue } from './phrase'

/** Beyond this many chosen dates, a schedule names only the first and the last. */
const MAX_LISTED_DATES = 5

export const taskKindPhrase = (kind: TaskKind): Phrase => phrase(`words.taskKind.${kind}`)
export const categoryPhrase = (category: NeedCategory): Phrase => phrase(`words.category.${category}`)
export const priorityPhrase = (priority: Priority): Phrase => phrase(`words.priority.${priority}`)
export const recurrenceKindPhrase = (kind: RecurrenceKind): Phrase => phrase(`words.recurrenceKind.${kind}`)

/** "10 minutes", "1 hour", "1 hour 30 minutes". */
export function durationPhrase(minutes: number): Phrase {
  const hours = Math.floor(minutes / 60)
  const rest = minutes % 60
  if (hours === 0) return phrase('words.duration.minutes', { minutes: rest })
  if (rest === 0) return phrase('words.duration.hours', { hours })
  return phrase('words.duration.hoursAndMinutes', {
    hours: phrase('words.duration.hours', { hours }), minutes: phrase('words.duration.minutes', { minutes: rest }),
  })
}

export interface DescribeScheduleOptions {
  /** Lets the year be left out of dates in the circle's starting year. */
  circleStart?: LocalDate
}

/**
 * The need's schedule in one line, e.g. "every Tue and Thu, 18:00–19:00, until 6 January".
 * Dates carry their year only when it differs from the year the need starts in (when that is
 * unknown, recurring schedules always show it).
 */
export function schedulePhrase(need: Need, circleEnd: LocalDate, options: DescribeScheduleOptions = {}): PhraseValue {
  const { recurrence, slots, durationMinutes, startDate, endDate } = need.timing
  const start = startDate ?? options.circleStart ?? null
  const reference = start ?? (recurrence.kind === 'once' ? recurrence.date : null) ??
    (recurrence.kind === 'dates' ? [...recurrence.dates].sort()[0] ?? null : null)
  const withYear = (date: LocalDate) => reference === null || date.slice(0, 4) !== reference.slice(0, 4)
  const longDate = (date: LocalDate, withWeekday = true) => dateValue(date, 'long', { withYear: withYear(date), withWeekday })
  // Without the weekday, a list of dates reads cleanly: "on 4 Dec, 8 Dec and 15 Jan 2027".
  const shortDate = (date: LocalDate) => dateValue(date, 'short', { withYear: withYear(date), withWeekday: false })

  if (recurrence.kind === 'once') {
    const slot = slots[0]
    if (slot && spanDaysOf(slot) > 1) {
      const lastDay = addDays(recurrence.date, spanDaysOf(slot) - 1)
      const by = slot.end ? phrase('words.time.atOn', { time: timeValue(slot.end), date: longDate(lastDay) }) : longDate(lastDay)
      const from = slot.start ? phrase('words.time.atOn', { time: timeValue(slot.start), date: longDate(recurrence.date) }) : longDate(recurrence.date)
      return joinParts([phrase('words.schedule.once'), durationPart(slot, durationMinutes), phrase('words.time.byFrom', { by, from })])
    }
    const on = phrase(isNightOnly(slots) ? 'words.schedule.onNightOf' : 'words.schedule.on', { date: longDate(recurrence.date) })
    return joinParts([phrase('words.schedule.once'), on, timesPart(slots, durationMinutes, null)])
  }
  if (recurrence.kind === 'dates') {
    const dates = [...new Set(recurrence.dates)].sort()
    return joinParts([datesPhrase(dates, shortDate, 'words.schedule.noDatesYet'), timesPart(slots, durationMinutes, null)])
  }

  const singleWeekday = recurrence.kind === 'weekly' && new Set(recurrence.weekdays).size === 1 ? recurrence.weekdays[0] : null
  const end = endDate ?? circleEnd
  const showStart = startDate !== null && (options.circleStart === undefined || startDate > options.circleStart)
  const until = showStart
    ? phrase('words.range.fromUntil', { from: longDate(startDate, false), until: longDate(end, false) })
    : phrase('words.range.until', { until: longDate(end, false) })
  return joinParts([recurringDaysPart(need), timesPart(slots, durationMinutes, singleWeekday), until])
}

/** "on 4 Dec, 8 Dec and 15 Jan", or for many "on 12 dates from 4 Dec to 15 Jan". */
export function datesPhrase(dates: readonly LocalDate[], format: (date: LocalDate) => PhraseValue, none: string): Phrase {
  if (dates.length === 0) return phrase(none)
  if (dates.length > MAX_LISTED_DATES) {
    return phrase('words.schedule.manyDates', { count: dates.length, first: format(dates[0]), last: format(dates[dates.length - 1]) })
  }
  return phrase('words.schedule.onDates', { dates: listValue(dates.map(format)) })
}

function recurringDaysPart(need: Need): PhraseValue | null {
  const recurrence = need.timing.recurrence
  if (recurrence.kind === 'every-n-days' && recurrence.interval > 1) return phrase('words.days.everyN', { count: recurrence.interval })
  const weekdays = recurrence.kind === 'weekly' ? recurrence.weekdays : recurrence.kind === 'daily' || recurrence.kind === 'every-n-days' ? WEEKDAYS : null
  return weekdays === null ? null : everyDaysPhrase(weekdays, isNightOnly(need.timing.slots))
}

/**
 * "every Tue and Thu", "every weekday", "every day"; for a window that runs past midnight the
 * night of those days, as people say it: "every Fri night", "every night", "every Sat and Sun night".
 */
export function everyDaysPhrase(weekdays: readonly Weekday[], night: boolean): Phrase {
  const days = [...new Set(weekdays)].sort()
  const key = days.join('')
  if (key === '') return phrase('words.days.noneYet')
  if (key === '1234567') return phrase(night ? 'words.days.everyNight' : 'words.days.everyDay')
  if (key === '12345') return phrase(night ? 'words.days.everyWeekdayNight' : 'words.days.everyWeekday')
  if (key === '67' && !night) return phrase('words.days.everyWeekend')
  return phrase(night ? 'words.days.everyOfNight' : 'words.days.everyOf', { days: listValue(days.map((weekday) => weekdayValue(weekday))) })
}

/** Every time of the need runs past midnight: its days are nights ("Friday night"). */
export function isNightOnly(slots: readonly TimeSlot[]): boolean {
  return slots.length > 0 && slots.every(crossesMidnight)
}

/** "07:00–10:00" ("7:00 AM–10:00 AM" in en-US): two times of one day. */
export function timeRangePhrase(start: string, end: string): Phrase {
  return phrase('words.time.range', { start: timeValue(start), end: timeValue(end) })
}

/** "22:00 to 06:00 the next morning", "18:00 to 14:00 the next day": a window past midnight, said plainly. */
export function overnightPhrase(start: string, end: string): Phrase {
  return phrase('words.time.overnight', { start: timeValue(start), end: nextDayTimePhrase(end) })
}

/** "06:00 the next morning", "14:00 the next day". */
export function nextDayTimePhrase(time: string): Phrase {
  return phrase(minutesOfDay(time) <= 12 * 60 ? 'words.time.nextMorning' : 'words.time.nextDay', { time: timeValue(time) })
}

/** The duration, when it is shorter than the window and so tells the reader something. */
function durationPart(slot: TimeSlot, durationMinutes: number): Phrase | null {
  return durationMinutes > 0 && durationMinutes < windowWallMinutes(slot) ? durationPhrase(durationMinutes) : null
}

function timesPart(slots: readonly TimeSlot[], durationMinutes: number, singleWeekday: Weekday | null): PhraseValue {
  if (slots.length === 0) return phrase('words.time.noneYet')
  if (slots.length === 1) return singleSlotPhrase(slots[0], durationMinutes, singleWeekday)
  const windows = listValue(slots.map((slot) => windowPhrase(slot, singleWeekday)))
  const showDuration = slots.every((slot) => durationPart(slot, durationMinutes) !== null)
  return showDuration
    ? phrase('words.time.severalEach', { windows, count: slots.length, duration: durationPhrase(durationMinutes) })
    : phrase('words.time.several', { windows, count: slots.length })
}

function singleSlotPhrase(slot: TimeSlot, durationMinutes: number, singleWeekday: Weekday | null): PhraseValue {
  const duration = durationPart(slot, durationMinutes)
  if (duration && slot.start && slot.end && crossesMidnight(slot)) {
    return phrase('words.time.durationBetween', { duration, start: timeValue(slot.start), end: nextDayTimePhrase(slot.end) })
  }
  if (duration && slot.start && slot.end && spanDaysOf(slot) === 1) return phrase('words.time.durationBetween', { duration, start: timeValue(slot.start), end: timeValue(slot.end) })
  return joinParts([duration, windowPhrase(slot, singleWeekday)])
}

/** "18:00–19:00", "from 18:00", "by 18:00", "any time"; over several days "by Fri 17:00 (from Mon 09:00)". */
function windowPhrase(slot: TimeSlot, singleWeekday: Weekday | null): Phrase {
  const span = spanDaysOf(slot)
  if (span === 1) {
    if (slot.start && slot.end) return crossesMidnight(slot) ? overnightPhrase(slot.start, slot.end) : timeRangePhrase(slot.start, slot.end)
    if (slot.start) return phrase('words.time.from', { time: timeValue(slot.start) })
    if (slot.end) return phrase('words.time.by', { time: timeValue(slot.end) })
    return phrase('words.time.any')
  }
  if (singleWeekday !== null && span <= 7) {
    const lastWeekday = (((singleWeekday - 1 + span - 1) % 7) + 1) as Weekday
    const at = (weekday: Weekday, time: string | null): PhraseValue =>
      time ? phrase('words.time.weekdayAt', { weekday: weekdayValue(weekday), time: timeValue(time) }) : weekdayValue(weekday)
    return phrase('words.time.byFrom', { by: at(lastWeekday, slot.end), from: at(singleWeekday, slot.start) })
  }
  if (slot.start && slot.end) return phrase('words.time.withinFromTo', { count: span, start: timeValue(slot.start), end: timeValue(slot.end) })
  if (slot.start) return phrase('words.time.withinFrom', { count: span, start: timeValue(slot.start) })
  return slot.end ? phrase('words.time.withinBy', { count: span, end: timeValue(slot.end) }) : phrase('words.time.within', { count: span })
}

/** Why a need's time can't be saved: "This takes about 2 hours, but 18:00–19:00 is only 1 hour long. …" */
export function durationDoesNotFitPhrase(slot: TimeSlot, durationMinutes: number): Phrase {
  return phrase('words.time.doesNotFit', {
    duration: durationPhrase(durationMinutes), window: windowPhrase(slot, null), length: durationPhrase(windowWallMinutes(slot)),
  })
}

function joinParts(parts: ReadonlyArray<PhraseValue | null>): PhraseValue {
  return partsValue(parts.filter((part): part is PhraseValue => part !== null))
}

/**
 * An occurrence's window in the recipient's zone, e.g. "Tue 1 Dec, 18:00–19:00", with the
 * reader's own time beside it when their zone shows it differently: " (19:00–20:00 your time)".
 */
export function occurrenceTimePhrase(
  occurrence: Pick<Occurrence, 'windowStart' | 'windowEnd'>,
  timeZone: string,
  deviceTimeZone: string,
): PhraseValue {
  const inZone = windowInZone(occurrence, timeZone, true)
  const onDevice = windowInZone(occurrence, deviceTimeZone, true)
  // "Any time" on the recipient's day needs no conversion: it would only add noise.
  if (JSON.stringify(onDevice) === JSON.stringify(inZone) || isAnyTime(occurrence, timeZone)) return inZone
  const sameDay = localDateOf(occurrence.windowStart, deviceTimeZone) === localDateOf(occurrence.windowStart, timeZone)
  return phrase('words.time.yourTime', { time: inZone, yours: sameDay ? windowInZone(occurrence, deviceTimeZone, false) : onDevice })
}

/** An occurrence's times without its day, "17:00–18:00" or "any time", in the recipient's zone. */
export function windowTimesPhrase(occurrence: Pick<Occurrence, 'windowStart' | 'windowEnd'>, timeZone: string): PhraseValue {
  return windowInZone(occurrence, timeZone, false)
}

function wallTimes(occurrence: Pick<Occurrence, 'windowStart' | 'windowEnd'>, timeZone: string) {
  const startDate = localDateOf(occurrence.windowStart, timeZone)
  const startTime = localTimeOf(occurrence.windowStart, timeZone)
  const endDate = localDateOf(occurrence.windowEnd, timeZone)
  let endTime = localTimeOf(occurrence.windowEnd, timeZone)
  // A window ending at the next midnight reads as ending at 24:00 on its own day.
  if (endTime === '00:00' && endDate === addDays(startDate, 1) && occurrence.windowEnd > occurrence.windowStart) endTime = '24:00'
  return { startDate, startTime, endDate, endTime }
}

const isAnyTime = (occurrence: Pick<Occurrence, 'windowStart' | 'windowEnd'>, timeZone: string) => {
  const { startTime, endTime } = wallTimes(occurrence, timeZone)
  return startTime === '00:00' && endTime === '24:00'
}

function windowInZone(occurrence: Pick<Occurrence, 'windowStart' | 'windowEnd'>, timeZone: string, withDay: boolean): PhraseValue {
  const { startDate, startTime, endDate, endTime } = wallTimes(occurrence, timeZone)
  const day = dateValue(startDate, 'short')
  if (endTime === '24:00' || endDate === startDate) {
    const times = startTime === '00:00' && endTime === '24:00' ? phrase('words.time.any') : timeRangePhrase(startTime, endTime)
    return withDay ? partsValue([day, times]) : times
  }
  return phrase('words.time.acrossDays', { startDay: day, start: timeValue(startTime), endDay: dateValue(endDate, 'short'), end: timeValue(endTime) })
}

/**
 * "weekdays 07:00–09:00, Sat 10:00–12:00"; a range past midnight is that day's night:
 * "Fri night 22:00–06:00", "every night 23:00–07:00", "weekday nights 22:00–06:00".
 */
export function weeklyRangesPhrase(ranges: readonly WeeklyTimeRange[]): PhraseValue {
  const dayWords = (days: DayGroup): PhraseValue =>
    days === 'all' ? phrase('words.ranges.everyDay') : days === 'weekdays' ? phrase('words.ranges.weekdays')
      : days === 'weekends' ? phrase('words.ranges.weekends') : weekdayValue(days)
  const nightWords = (days: DayGroup): PhraseValue =>
    days === 'all' ? phrase('words.ranges.everyNight') : days === 'weekdays' ? phrase('words.ranges.weekdayNights')
      : days === 'weekends' ? phrase('words.ranges.weekendNights') : phrase('words.ranges.night', { day: weekdayValue(days) })
  return partsValue(groupWeeklyRanges(ranges).map((g) =>
    phrase('words.ranges.range', { days: rangeCrossesMidnight(g) ? nightWords(g.days) : dayWords(g.days), start: timeValue(g.start), end: timeValue(g.end) })))
}
