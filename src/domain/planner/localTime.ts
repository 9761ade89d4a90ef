/**
 * The little time-zone arithmetic the planner needs, in the recipient's zone.
 * Wall-clock → instant follows DESIGN.md: a local time that does not exist on a DST day moves
 * to the next valid minute; a repeated one takes the first.
 */
import type { Instant, LocalDate, LocalTime, Weekday } from '../model'
import { minutesOfDay } from '../model'
import { addDays, instantOf, isoWeekKey, localDateFromDayNumber, localDateOf, localTimeOf, offsetMinutesAt, weekdayOf } from '../dates'

export { addDays }
export const weekdayOfDate = weekdayOf
/** The Monday of the Monday–Sunday week holding `date`: the key of weekly limits. */
export const weekKeyOf = isoWeekKey

const DAY_MS = 86_400_000

/**
 * The number of the local Monday–Sunday week holding `instant` (weeks counted from the one of
 * 1970-01-01, a Thursday): the same week as `weekKeyOf`, without building date strings on the
 * solver's hot path.
 */
export function weekNumberAt(instant: Instant, timeZone: string): number {
  const day = Math.floor((instant + offsetMinutesAt(instant, timeZone) * 60_000) / DAY_MS)
  return Math.floor((day + 3) / 7)
}

/** The Monday (`YYYY-MM-DD`) of a week numbered by `weekNumberAt`. */
export const mondayOfWeek = (week: number): LocalDate => localDateFromDayNumber(week * 7 - 3)

/** The Monday of the local week of `instant`. */
export const weekKeyAt = (instant: Instant, timeZone: string): LocalDate => mondayOfWeek(weekNumberAt(instant, timeZone))

export interface LocalMoment {
  date: LocalDate
  weekday: Weekday
  /** Minutes since local midnight. */
  minutes: number
}

export function localMomentOf(instant: Instant, timeZone: string): LocalMoment {
  const date = localDateOf(instant, timeZone)
  return { date, weekday: weekdayOf(date), minutes: minutesOfDay(localTimeOf(instant, timeZone)) }
}

/** `localMomentOf(instant, timeZone).minutes` without the date: once per placement of a plan. */
export function localMinutesAt(instant: Instant, timeZone: string): number {
  const wall = instant + offsetMinutesAt(instant, timeZone) * 60_000
  return Math.floor((((wall % DAY_MS) + DAY_MS) % DAY_MS) / 60_000)
}

const pad2 = (value: number) => String(value).padStart(2, '0')

/** The instant at which the recipient's clock shows `minutes` after midnight of `date` (may exceed a day). */
export function instantAt(date: LocalDate, minutes: number, timeZone: string): Instant {
  const days = Math.floor(minutes / (24 * 60))
  const rest = minutes - days * 24 * 60
  return instantOf(addDays(date, days), `${pad2(Math.floor(rest / 60))}:${pad2(rest % 60)}`, timeZone)
}

/** An `HH:mm` end of a range; '23:59' stands for midnight, as the model's WeeklyTimeRange says. */
export function endMinutesOf(end: LocalTime): number {
  return end === '23:59' ? 24 * 60 : minutesOfDay(end)
}

export type PartOfDay = 'morning' | 'afternoon' | 'evening' | 'night'

export function partOfDay(minutes: number): PartOfDay {
  if (minutes >= 5 * 60 && minutes < 12 * 60) return 'morning'
  if (minutes >= 12 * 60 && minutes < 17 * 60) return 'afternoon'
  if (minutes >= 17 * 60 && minutes < 22 * 60) return 'evening'
  return 'night'
}
