/**
 * Calendar values as the recipient reads them. Every schedule lives in the recipient's
 * time zone (an IANA name); these are local, zone-less values, turned into instants only
 * by src/domain/schedule with the zone passed in.
 */

/** A local calendar date, `YYYY-MM-DD`. */
export type LocalDate = string
/** A local wall-clock time, `HH:mm` (24 h). */
export type LocalTime = string
/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7
/** Milliseconds since the Unix epoch: an absolute instant. */
export type Instant = number

export const WEEKDAYS: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 7]

const localDatePattern = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/
const localTimePattern = /^([01]\d|2[0-3]):[0-5]\d$/

export function isLocalDate(value: unknown): value is LocalDate {
  if (typeof value !== 'string' || !localDatePattern.test(value)) return false
  const [y, m, d] = value.split('-').map(Number)
  const probe = new Date(Date.UTC(y, m - 1, d))
  return probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d
}

export function isLocalTime(value: unknown): value is LocalTime {
  return typeof value === 'string' && localTimePattern.test(value)
}

/** Minutes since local midnight of an `HH:mm` time. */
export function minutesOfDay(time: LocalTime): number {
  const [h, m] = time.split(':').map(Number)
  return h * 60 + m
}

/** A weekly interval of local time: a weekday and a time range on it (end may be 24:00 as '23:59'). */
export interface WeeklyTimeRange {
  weekday: Weekday
  start: LocalTime
  end: LocalTime
}
