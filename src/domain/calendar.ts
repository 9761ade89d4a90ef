import ical, { ICalAlarmType, ICalCalendarMethod, ICalEventStatus } from 'ical-generator'
import { TZDate } from '@date-fns/tz'
import { tzlib_get_ical_block } from 'timezones-ical-library'
import type { Instant } from './model'
import { localDateOf, localTimeOf, offsetMinutesAt } from './dates'

/**
 * Calendar files (RFC 5545, written by ical-generator): with no server to send reminders, the
 * phone's own calendar is the reminder Kith can rely on (DESIGN.md, "Reminders").
 *
 * Rules a calendar app needs so that a second export updates the first instead of adding to it:
 * - each entry's UID is stable (made from the occurrence's id, which survives re-planning);
 * - SEQUENCE rises with every export (minutes since SEQUENCE_EPOCH at the time of export), so
 *   the newer copy of an entry wins;
 * - an entry that was exported before and is cancelled, no longer this person's, or gone from
 *   the plan is exported again with STATUS:CANCELLED, never just left out.
 * Times are written in the recipient's time zone with its TZID (every time in Kith is theirs),
 * and the file carries that zone's VTIMEZONE (its rules from the IANA database, by
 * timezones-ical-library), so calendars that do not know the zone's name still place them right.
 * A wall time the clocks show twice (the hour repeated when they go back) is read as its first
 * showing by RFC 5545 (3.3.5) but as the second by some readers (ical.js), so an entry that
 * starts or ends in that hour is written in UTC, which every reader places alike.
 */
export interface CalendarEntry {
  uid: string
  start: Instant
  end: Instant
  summary: string
  description: string
  cancelled: boolean
  /** A reminder this many minutes before the start; null for none. */
  remindMinutesBefore: number | null
}

const SEQUENCE_EPOCH = Date.UTC(2025, 0, 1)

export function sequenceAt(now: Instant): number {
  return Math.max(0, Math.floor((now - SEQUENCE_EPOCH) / 60_000))
}

export function calendarFile(entries: readonly CalendarEntry[], options: { name: string; timeZone: string; now: Instant }): string {
  const { name, timeZone, now } = options
  const calendar = ical({
    name, prodId: { company: 'Kith', product: 'Kith', language: 'EN' }, method: ICalCalendarMethod.PUBLISH,
    // No calendar-wide zone (it would make DTSTAMP and UTC entries floating): each entry names
    // its own, and the generator writes a VTIMEZONE for every zone the entries name.
    timezone: { name: null, generator: vtimezone },
  })
  const sequence = sequenceAt(now)
  for (const entry of entries) {
    const zone = wallTimeShownTwice(entry.start, timeZone) || wallTimeShownTwice(entry.end, timeZone) ? 'UTC' : timeZone
    calendar.createEvent({
      id: entry.uid,
      sequence,
      stamp: new Date(now),
      start: new TZDate(entry.start, zone),
      end: new TZDate(entry.end, zone),
      timezone: zone,
      summary: entry.summary,
      description: entry.description,
      status: entry.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      alarms: entry.cancelled || entry.remindMinutesBefore === null ? [] : [{ type: ICalAlarmType.display, trigger: entry.remindMinutesBefore * 60, description: entry.summary }],
    })
  }
  return calendar.toString()
}

/**
 * The zone's VTIMEZONE block, named exactly as the entries name it: the library answers an alias
 * ("UTC") with its canonical zone ("Etc/UTC"), and a calendar matches TZIDs as plain text.
 */
function vtimezone(timeZone: string): string | null {
  const found = tzlib_get_ical_block(timeZone)
  if (!Array.isArray(found) || found.length === 0) return null
  return found[0].replace(/^TZID:.*$/m, `TZID:${timeZone}`)
}

const DAY_MS = 86_400_000

/** Whether the clocks show `instant`'s wall time twice (the hour repeated when they go back). */
function wallTimeShownTwice(instant: Instant, timeZone: string): boolean {
  const change = Math.abs(offsetMinutesAt(instant + DAY_MS, timeZone) - offsetMinutesAt(instant - DAY_MS, timeZone)) * 60_000
  if (change === 0) return false
  const wall = (at: Instant) => `${localDateOf(at, timeZone)} ${localTimeOf(at, timeZone)}`
  return wall(instant - change) === wall(instant) || wall(instant + change) === wall(instant)
}
