/**
 * Expands a need's timing into concrete occurrences in the recipient's time zone.
 *
 * Rules:
 * - A need runs from `timing.startDate ?? circleStart` to `timing.endDate ?? circleEnd`, both
 *   included; inheriting the circle's end is what makes "extend the circle" extend the need.
 * - `every-n-days` counts from that effective start date, not from the range asked for, so
 *   the same days come out whatever window a caller expands.
 * - Each scheduled day yields one occurrence per slot, keyed `<needId>:<date>:<HH:mm|any>`.
 *   Slots sharing a key would share an id (and its status), so only the first one is kept.
 * - A window opens at the slot's start on its date (local midnight when there is none) and
 *   closes at the slot's end on its last day (`spanDays - 1` later), or at the next local
 *   midnight after that day when there is no end. On a one-day slot an end at or before the
 *   start crosses midnight. DST follows `instantOf` (gap → next valid minute, overlap → first).
 */
import type { Need, NeedTiming, Recurrence, TimeSlot } from './model/need'
import { occurrenceId, type Occurrence } from './model/occurrence'
import { isLocalDate, minutesOfDay, type Instant, type LocalDate } from './model/time'
import {
  addDays,
  datesBetween,
  daysBetween,
  earlierDate,
  instantOf,
  laterDate,
  localDateOf,
  weekdayOf,
} from './dates'

export { instantOf, isoWeekKey, localDateOf, localTimeOf, weekdayOf } from './dates'

/** What a need's schedule depends on besides the need itself. */
export interface CircleDates {
  circleStart: LocalDate
  circleEnd: LocalDate
  /** The recipient's IANA time zone. */
  timeZone: string
}

/** The local dates to expand, both included. */
export interface ExpansionRange extends CircleDates {
  from: LocalDate
  to: LocalDate
}

export interface DateSpan {
  start: LocalDate
  end: LocalDate
}

export const ANY_TIME_SLOT_KEY = 'any'

/** How many days `nextOccurrences` expands per step while looking ahead. */
const LOOKAHEAD_CHUNK_DAYS = 56

export function slotKeyOf(slot: TimeSlot): string {
  return slot.start ?? ANY_TIME_SLOT_KEY
}

/** The dates a need runs, both included; `end < start` means it never runs. */
export function effectiveDates(need: Need, circleStart: LocalDate, circleEnd: LocalDate): DateSpan {
  return { start: need.timing.startDate ?? circleStart, end: need.timing.endDate ?? circleEnd }
}

/** The local dates the recurrence falls on inside both `effective` and `[from, to]`, ascending. */
export function scheduledDates(recurrence: Recurrence, effective: DateSpan, from: LocalDate, to: LocalDate): LocalDate[] {
  const first = laterDate(effective.start, from)
  const last = earlierDate(effective.end, to)
  if (first > last) return []
  const inRange = (date: LocalDate) => isLocalDate(date) && date >= first && date <= last
  switch (recurrence.kind) {
    case 'once':
      return inRange(recurrence.date) ? [recurrence.date] : []
    case 'dates':
      return [...new Set(recurrence.dates)].filter(inRange).sort()
    case 'daily':
      return datesBetween(first, last)
    case 'weekly': {
      const weekdays = new Set<number>(recurrence.weekdays)
      return datesBetween(first, last).filter((date) => weekdays.has(weekdayOf(date)))
    }
    case 'every-n-days': {
      const interval = recurrence.interval
      // A zero, negative or fractional interval would loop forever or drift off whole days.
      if (!Number.isInteger(interval) || interval < 1) return []
      const dates: LocalDate[] = []
      const firstStep = Math.ceil(daysBetween(effective.start, first) / interval) * interval
      const lastStep = daysBetween(effective.start, last)
      for (let step = firstStep; step <= lastStep; step += interval) dates.push(addDays(effective.start, step))
      return dates
    }
  }
}

/** Days the slot's window covers (at least one). */
export function spanDaysOf(slot: TimeSlot): number {
  return Math.max(1, Math.floor(slot.spanDays) || 1)
}

/** Whether a one-day slot's end falls on the next day (22:00–02:00). */
export function crossesMidnight(slot: TimeSlot): boolean {
  return spanDaysOf(slot) === 1 && slot.end !== null && minutesOfDay(slot.end) <= minutesOfDay(slot.start ?? '00:00')
}

/**
 * Minutes the slot's window lasts on the wall clock: what the person means by "22:00 to
 * 06:00" (8 hours). A clock change makes one night an hour shorter or longer; the planner
 * works on instants and explains such a night as it comes (planner/gaps.ts), so this is
 * the rule for forms and words, not for planning.
 */
export function windowWallMinutes(slot: TimeSlot): number {
  const start = slot.start ? minutesOfDay(slot.start) : 0
  const end = slot.end ? minutesOfDay(slot.end) : 24 * 60
  const lastDay = crossesMidnight(slot) ? 1 : spanDaysOf(slot) - 1
  return lastDay * 24 * 60 + end - start
}

/** The slots (by index) whose window cannot hold the need's duration: such a need can never be done. */
export function slotsTooShort(timing: Pick<NeedTiming, 'slots' | 'durationMinutes'>): number[] {
  return timing.slots.flatMap((slot, index) => (windowWallMinutes(slot) < timing.durationMinutes ? [index] : []))
}

/** The window of `slot` opening on `date`, as instants. */
export function occurrenceWindow(date: LocalDate, slot: TimeSlot, timeZone: string): { windowStart: Instant; windowEnd: Instant } {
  const windowStart = instantOf(date, slot.start ?? '00:00', timeZone)
  const span = spanDaysOf(slot)
  const windowEnd =
    slot.end === null
      ? instantOf(addDays(date, span), '00:00', timeZone)
      : instantOf(addDays(date, crossesMidnight(slot) ? 1 : span - 1), slot.end, timeZone)
  // A slot inside a DST gap (02:00–02:30 on spring-forward day) collapses to an empty window.
  return { windowStart, windowEnd: Math.max(windowStart, windowEnd) }
}

export function compareOccurrences(a: Occurrence, b: Occurrence): number {
  return a.windowStart - b.windowStart || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}

/** Every occurrence of `need` whose local date lies in `[range.from, range.to]`, by start then id. */
export function expandNeed(need: Need, range: ExpansionRange): Occurrence[] {
  const effective = effectiveDates(need, range.circleStart, range.circleEnd)
  const slots = uniqueSlots(need.timing.slots)
  const occurrences: Occurrence[] = []
  for (const date of scheduledDates(need.timing.recurrence, effective, range.from, range.to)) {
    const weekday = weekdayOf(date)
    for (const slot of slots) {
      const slotKey = slotKeyOf(slot)
      occurrences.push({
        id: occurrenceId(need.id, date, slotKey),
        needId: need.id,
        date,
        weekday,
        slotKey,
        ...occurrenceWindow(date, slot, range.timeZone),
        durationMinutes: need.timing.durationMinutes,
      })
    }
  }
  return occurrences.sort(compareOccurrences)
}

export function expandNeeds(
  needs: readonly Need[], range: ExpansionRange,
  /** How one need is expanded: `expandNeed`, or a caller's remembering wrapper of it. */
  expand: (need: Need, range: ExpansionRange) => Occurrence[] = expandNeed,
): Occurrence[] {
  return needs.flatMap((need) => expand(need, range)).sort(compareOccurrences)
}

/** The next `count` occurrences whose window has not ended at `now`, for the schedule preview. */
export function nextOccurrences(need: Need, circle: CircleDates, now: Instant, count: number): Occurrence[] {
  if (count <= 0 || need.timing.slots.length === 0) return []
  const { start, end } = effectiveDates(need, circle.circleStart, circle.circleEnd)
  const longestSpan = Math.max(...need.timing.slots.map(spanDaysOf))
  // A window that opened up to `longestSpan` days ago may still be open now.
  let from = laterDate(start, addDays(localDateOf(now, circle.timeZone), -longestSpan))
  const found: Occurrence[] = []
  while (found.length < count && from <= end) {
    const to = addDays(from, LOOKAHEAD_CHUNK_DAYS - 1)
    for (const occurrence of expandNeed(need, { ...circle, from, to })) {
      if (occurrence.windowEnd > now) found.push(occurrence)
    }
    from = addDays(to, 1)
  }
  return found.sort(compareOccurrences).slice(0, count)
}

function uniqueSlots(slots: readonly TimeSlot[]): TimeSlot[] {
  const seen = new Set<string>()
  return slots.filter((slot) => {
    const key = slotKeyOf(slot)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
