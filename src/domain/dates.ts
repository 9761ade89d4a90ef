/**
 * Local calendar values and their instants in a given IANA time zone.
 *
 * A LocalDate (`YYYY-MM-DD`) is zone-less: its arithmetic runs on whole days counted from
 * 1970-01-01, so the device's zone can never shift a date. Turning a local date and time into
 * an instant is the only zone-dependent step, and it follows Kith's DST rule:
 * - a local time that does not exist (spring-forward gap) moves to the next valid minute,
 *   e.g. 02:30 on the Europe/Berlin spring-forward day becomes 03:00 CEST;
 * - a local time that happens twice (fall-back overlap) takes the first, earlier instant.
 * `new TZDate(y, m, d, h, min, zone)` (v1.5) does neither: it shifts a gap time by the gap's
 * length (02:30 → 03:30 in Berlin) and takes the later instant of Berlin's 02:30 overlap (the
 * earlier one in New York). So `instantOf` works from UTC offsets (`tzOffset`) instead.
 */
import { tzOffset } from '@date-fns/tz'
import type { Instant, LocalDate, LocalTime, Weekday } from './model/time'
import { minutesOfDay } from './model/time'

/** The locale dates are formatted in when the reader's is not given (Kith's words were en-GB first). */
export const DEFAULT_LOCALE = 'en-GB'

const MS_PER_MINUTE = 60_000
const MS_PER_DAY = 86_400_000

const pad2 = (value: number) => String(value).padStart(2, '0')
const pad4 = (value: number) => String(value).padStart(4, '0')

/** Days since 1970-01-01 of a local date. */
export function dayNumberOf(date: LocalDate): number {
  const [year, month, day] = date.split('-').map(Number)
  return Date.UTC(year, month - 1, day) / MS_PER_DAY
}

export function localDateFromDayNumber(dayNumber: number): LocalDate {
  const probe = new Date(dayNumber * MS_PER_DAY)
  return `${pad4(probe.getUTCFullYear())}-${pad2(probe.getUTCMonth() + 1)}-${pad2(probe.getUTCDate())}`
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return localDateFromDayNumber(dayNumberOf(date) + days)
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return dayNumberOf(to) - dayNumberOf(from)
}

export function compareLocalDates(a: LocalDate, b: LocalDate): number {
  return a < b ? -1 : a > b ? 1 : 0
}

export function earlierDate(a: LocalDate, b: LocalDate): LocalDate {
  return a <= b ? a : b
}

export function laterDate(a: LocalDate, b: LocalDate): LocalDate {
  return a >= b ? a : b
}

/** Every date from `from` to `to`, both included; empty when `to` is before `from`. */
export function datesBetween(from: LocalDate, to: LocalDate): LocalDate[] {
  const dates: LocalDate[] = []
  const last = dayNumberOf(to)
  for (let day = dayNumberOf(from); day <= last; day++) dates.push(localDateFromDayNumber(day))
  return dates
}

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export function weekdayOf(date: LocalDate): Weekday {
  // 1970-01-01 was a Thursday (ISO 4).
  const fromMonday = (((dayNumberOf(date) + 3) % 7) + 7) % 7
  return (fromMonday + 1) as Weekday
}

/** The Monday of the Monday–Sunday week holding `date`: the key for weekly limits. */
export function isoWeekKey(date: LocalDate): LocalDate {
  return addDays(date, 1 - weekdayOf(date))
}

/** UTC offset of `timeZone` at `instant`, in minutes east of UTC. Throws on an unknown zone. */
export function offsetMinutesAt(instant: Instant, timeZone: string): number {
  // Each Intl lookup costs microseconds and a plan expands thousands of windows, so offsets are
  // memoised per whole UTC hour; when an hour's two ends differ, a transition is inside it
  // and the exact instant is looked up.
  const hour = Math.floor(instant / MS_PER_HOUR)
  const atHourStart = offsetAtHour(hour, timeZone)
  return atHourStart === offsetAtHour(hour + 1, timeZone) ? atHourStart : exactOffset(instant, timeZone)
}

const MS_PER_HOUR = 3_600_000
const MAX_CACHED_HOURS_PER_ZONE = 200_000
const hourOffsetCache = new Map<string, Map<number, number>>()

function offsetAtHour(hour: number, timeZone: string): number {
  let zoneCache = hourOffsetCache.get(timeZone)
  if (!zoneCache || zoneCache.size > MAX_CACHED_HOURS_PER_ZONE) {
    zoneCache = new Map()
    hourOffsetCache.set(timeZone, zoneCache)
  }
  let offset = zoneCache.get(hour)
  if (offset === undefined) {
    offset = exactOffset(hour * MS_PER_HOUR, timeZone)
    zoneCache.set(hour, offset)
  }
  return offset
}

function exactOffset(instant: Instant, timeZone: string): number {
  zonesAsked.add(timeZone)
  if (timeZone === 'UTC') return 0
  const known = knownOffsetMinutesAt(instant, timeZone)
  if (known !== undefined) return known
  intlAsked++
  const offset = tzOffset(timeZone, new Date(instant))
  if (Number.isNaN(offset)) throw new RangeError(`Unknown time zone: ${timeZone}`)
  return offset
}

/** The local date of `instant` in `timeZone` ("today" when the instant is now). */
export function localDateOf(instant: Instant, timeZone: string): LocalDate {
  const wall = instant + offsetMinutesAt(instant, timeZone) * MS_PER_MINUTE
  return localDateFromDayNumber(Math.floor(wall / MS_PER_DAY))
}

/**
 * The instants that bound `date` in `timeZone`: from its first minute to the next day's (23, 24
 * or 25 hours; a midnight that does not exist starts at the next valid minute).
 */
export function localDayBounds(date: LocalDate, timeZone: string): { from: Instant; until: Instant } {
  return { from: instantOf(date, '00:00', timeZone), until: instantOf(addDays(date, 1), '00:00', timeZone) }
}

/** The local `HH:mm` of `instant` in `timeZone` (seconds dropped). */
export function localTimeOf(instant: Instant, timeZone: string): LocalTime {
  const wall = instant + offsetMinutesAt(instant, timeZone) * MS_PER_MINUTE
  const minutes = Math.floor((((wall % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY) / MS_PER_MINUTE)
  return `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`
}

/**
 * The instant at which the wall clock in `timeZone` shows `time` on `date`, with the DST rule
 * in this file's header: gap → next valid minute, overlap → earlier instant.
 */
export function instantOf(date: LocalDate, time: LocalTime, timeZone: string): Instant {
  // The wall-clock reading written as if it were UTC; subtracting an offset gives a candidate.
  const wall = dayNumberOf(date) * MS_PER_DAY + minutesOfDay(time) * MS_PER_MINUTE
  // Offsets on either side of any transition near this wall time (transitions are months apart).
  const offsetBefore = offsetMinutesAt(wall - MS_PER_DAY * 2, timeZone)
  const offsetAfter = offsetMinutesAt(wall + MS_PER_DAY * 2, timeZone)
  const candidates = new Set([
    offsetBefore,
    offsetAfter,
    offsetMinutesAt(wall - offsetBefore * MS_PER_MINUTE, timeZone),
    offsetMinutesAt(wall - offsetAfter * MS_PER_MINUTE, timeZone),
  ])
  let earliest = Number.POSITIVE_INFINITY
  for (const offset of candidates) {
    const candidate = wall - offset * MS_PER_MINUTE
    if (offsetMinutesAt(candidate, timeZone) === offset) earliest = Math.min(earliest, candidate)
  }
  if (earliest !== Number.POSITIVE_INFINITY) return earliest
  return transitionInstantInGap(wall, Math.min(...candidates), Math.max(...candidates), timeZone)
}

/**
 * The wall time falls in a gap: read with the smaller (pre-jump) offset it is already past the
 * transition, read with the larger one it is still before it. The transition instant itself is
 * the first valid minute after the gap.
 */
function transitionInstantInGap(wall: number, lowOffset: number, highOffset: number, timeZone: string): Instant {
  let beforeMinute = (wall - highOffset * MS_PER_MINUTE) / MS_PER_MINUTE
  let afterMinute = (wall - lowOffset * MS_PER_MINUTE) / MS_PER_MINUTE
  const offsetBeforeJump = offsetMinutesAt(beforeMinute * MS_PER_MINUTE, timeZone)
  while (afterMinute - beforeMinute > 1) {
    const middle = Math.floor((beforeMinute + afterMinute) / 2)
    if (offsetMinutesAt(middle * MS_PER_MINUTE, timeZone) === offsetBeforeJump) beforeMinute = middle
    else afterMinute = middle
  }
  return afterMinute * MS_PER_MINUTE
}

/*
 * Remembered from an earlier opening (i18n/dateMemory.ts keeps them on the device), so that a
 * first screen needs no Intl at all: a page's first Intl.DateTimeFormat, whatever its options,
 * costs tens of milliseconds of one task (ICU builds its pattern data), the ones after it well
 * under one. Offsets come from a zone's table of changes the device worked out before; labels are
 * what the same formatter wrote for the same value before. Anything not remembered asks Intl.
 */

/** A zone's UTC offsets from `from` until `to` (ms): `changes` holds [instant, minutes east of UTC], the first at `from`. */
export interface ZoneOffsets {
  from: Instant
  to: Instant
  changes: [Instant, number][]
}

/** Labels by formatter (`locale|options`) and value formatted. */
export type RememberedLabels = Record<string, Record<string, string>>

export interface DateMemory {
  zones: Record<string, ZoneOffsets>
  labels: RememberedLabels
}

const zoneTables = new Map<string, ZoneOffsets>()
const zonesAsked = new Set<string>()
const labels = new Map<string, Map<string, string>>()
const labelsAsked = new Map<string, Set<string>>()
let intlAsked = 0

/** How many offsets or labels since the page opened were not remembered, so Intl was asked. */
export function timesIntlAsked(): number {
  return intlAsked
}

/** Drops everything remembered or asked so far (a circle was forgotten: its times go with it). */
export function forgetRememberedDates(): void {
  zoneTables.clear()
  zonesAsked.clear()
  labels.clear()
  labelsAsked.clear()
}

/** Hands back what an earlier opening worked out (see DateMemory); later lookups use it before Intl. */
export function rememberDates(memory: DateMemory): void {
  for (const [zone, table] of Object.entries(memory.zones)) zoneTables.set(zone, table)
  for (const [format, values] of Object.entries(memory.labels)) {
    const known = labels.get(format) ?? new Map<string, string>()
    for (const [value, label] of Object.entries(values)) known.set(value, label)
    labels.set(format, known)
  }
}

/** The zone's offset at `instant` from a remembered table only, or undefined when none covers it. */
export function knownOffsetMinutesAt(instant: Instant, timeZone: string): number | undefined {
  if (timeZone === 'UTC') return 0
  const table = zoneTables.get(timeZone)
  if (!table || instant < table.from || instant >= table.to) return undefined
  let low = 0
  let high = table.changes.length - 1
  while (low < high) {
    const middle = Math.ceil((low + high) / 2)
    if (table.changes[middle][0] <= instant) low = middle
    else high = middle - 1
  }
  return table.changes[low][1]
}

/** The remembered table of `timeZone`, if any. */
export function rememberedZoneOffsets(timeZone: string): ZoneOffsets | undefined {
  return zoneTables.get(timeZone)
}

/** Zones whose offsets were asked since the page opened (the ones worth remembering). */
export function zonesInUse(): string[] {
  return [...zonesAsked]
}

/**
 * The offsets of `timeZone` from `from` to `to`, worked out with Intl (tens of ms the first time
 * in a page, so for idle time): sampled each day, each change then found to the minute.
 * Assumes at most one change a day, as every zone has had since 1970.
 */
export function zoneOffsetsBetween(timeZone: string, from: Instant, to: Instant): ZoneOffsets {
  const lookUp = (instant: Instant) => {
    const offset = timeZone === 'UTC' ? 0 : tzOffset(timeZone, new Date(instant))
    if (Number.isNaN(offset)) throw new RangeError(`Unknown time zone: ${timeZone}`)
    return offset
  }
  const changes: [Instant, number][] = [[from, lookUp(from)]]
  for (let dayStart = from; dayStart < to; dayStart += MS_PER_DAY) {
    const dayEnd = Math.min(dayStart + MS_PER_DAY, to)
    const current = changes[changes.length - 1][1]
    const atEnd = lookUp(dayEnd)
    if (atEnd === current) continue
    let before = Math.floor(dayStart / MS_PER_MINUTE)
    let after = Math.ceil(dayEnd / MS_PER_MINUTE)
    while (after - before > 1) {
      const middle = Math.floor((before + after) / 2)
      if (lookUp(middle * MS_PER_MINUTE) === current) before = middle
      else after = middle
    }
    changes.push([after * MS_PER_MINUTE, atEnd])
  }
  return { from, to, changes }
}

/**
 * The labels formatted or recalled since the page opened, and for every date format among them
 * the same format of each day from `firstDay` to `lastDay`, so the coming days' screens find theirs.
 */
export function labelsInUse(firstDay: LocalDate, lastDay: LocalDate): RememberedLabels {
  const kept: RememberedLabels = {}
  for (const [format, values] of labelsAsked) {
    const options = JSON.parse(format.slice(format.indexOf('|') + 1)) as Intl.DateTimeFormatOptions | 'hourCycle'
    const locale = format.slice(0, format.indexOf('|'))
    const entries: Record<string, string> = {}
    for (const value of values) entries[value] = labels.get(format)!.get(value)!
    // Date formats (a weekday alone has its seven values among those asked already).
    if (typeof options === 'object' && options.day && !options.hour) {
      for (const date of datesBetween(firstDay, lastDay)) entries[utcMidnight(date)] = formatted(locale, options, utcMidnight(date), false)
    }
    kept[format] = entries
  }
  return kept
}

/** `formatter(locale, options).format(value)`, remembered (see DateMemory). */
function formatted(locale: string, options: Intl.DateTimeFormatOptions, value: number, asked = true): string {
  return rememberedLabel(`${locale}|${JSON.stringify(options)}`, String(value), asked, () => formatter(locale, options).format(value))
}

function rememberedLabel(format: string, value: string, asked: boolean, make: () => string): string {
  let known = labels.get(format)
  if (!known) labels.set(format, (known = new Map()))
  let label = known.get(value)
  if (label === undefined) {
    known.set(value, (label = make()))
    if (asked) intlAsked++
  }
  if (asked) {
    let values = labelsAsked.get(format)
    if (!values) labelsAsked.set(format, (values = new Set()))
    values.add(value)
  }
  return label
}

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`
  let cached = formatters.get(key)
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' })
    formatters.set(key, cached)
  }
  return cached
}

/**
 * Dates and weekdays in the reader's locale, with Intl. A LocalDate is formatted as UTC midnight
 * with `timeZone: 'UTC'`, so no zone can shift it to the day before.
 */
const utcMidnight = (date: LocalDate) => dayNumberOf(date) * 86_400_000
// 2024-01-01 was a Monday, so weekday n falls n - 1 days later.
const dateOfWeekday = (weekday: Weekday) => addDays('2024-01-01', weekday - 1)

export function weekdayShort(weekday: Weekday, locale = DEFAULT_LOCALE): string {
  return formatted(locale, { weekday: 'short' }, utcMidnight(dateOfWeekday(weekday)))
}

export function weekdayLong(weekday: Weekday, locale = DEFAULT_LOCALE): string {
  return formatted(locale, { weekday: 'long' }, utcMidnight(dateOfWeekday(weekday)))
}

export interface DateFormatOptions {
  withYear?: boolean
  withWeekday?: boolean
  /** Short formats only: leave the month out ("Wed 2"), or spell it out ("Wed 2 December"). */
  withMonth?: boolean
  longMonth?: boolean
}

/** "Tuesday 1 December" (en-GB); with `withYear`, "Tuesday, 1 December 2026". */
export function formatLocalDate(date: LocalDate, locale = DEFAULT_LOCALE, options: DateFormatOptions = {}): string {
  const { withYear = false, withWeekday = true } = options
  return formatted(locale, {
    weekday: withWeekday ? 'long' : undefined, day: 'numeric', month: 'long', year: withYear ? 'numeric' : undefined,
  }, utcMidnight(date))
}

/** "Tue 1 Dec" (en-GB). */
export function formatLocalDateShort(date: LocalDate, locale = DEFAULT_LOCALE, options: DateFormatOptions = {}): string {
  const { withYear = false, withWeekday = true, withMonth = true, longMonth = false } = options
  return formatted(locale, {
    weekday: withWeekday ? 'short' : undefined, day: 'numeric', month: withMonth ? (longMonth ? 'long' : 'short') : undefined,
    year: withYear ? 'numeric' : undefined,
  }, utcMidnight(date))
}

/** "07:00", "18:00" (en-GB, es), "7:00 AM", "6:00 PM" (en-US): a wall-clock time in the reader's locale and hour cycle; "24:00" ends a day and stays as it is. */
export function formatLocalTime(time: LocalTime, locale = DEFAULT_LOCALE): string {
  if (time === '24:00') return time
  return formatted(locale, { hour: hourIn(locale), minute: '2-digit' }, minutesOfDay(time) * MS_PER_MINUTE)
}

/** A 24-hour clock pads the hour ("07:00"); a 12-hour one does not ("7:00 AM", never "07:00 AM"). */
function hourIn(locale: string): 'numeric' | '2-digit' {
  const hourCycle = rememberedLabel(`${locale}|"hourCycle"`, 'hourCycle', true, () => formatter(locale, { hour: 'numeric' }).resolvedOptions().hourCycle ?? '')
  return hourCycle.startsWith('h2') ? '2-digit' : 'numeric'
}

/**
 * When something happened, as the wall clock in `timeZone` showed it, in the reader's locale and
 * hour cycle: "07:05" (en-GB, es), "7:05 AM" (en-US); `withDate` adds the day ("1 Dec, 07:05").
 */
export function formatInstant(instant: Instant, timeZone: string, locale = DEFAULT_LOCALE, { withDate = false } = {}): string {
  const wall = instant + offsetMinutesAt(instant, timeZone) * MS_PER_MINUTE
  const date: Intl.DateTimeFormatOptions = withDate ? { day: 'numeric', month: 'short' } : {}
  return formatted(locale, { ...date, hour: hourIn(locale), minute: '2-digit' }, wall)
}
