import ical, { ICalAlarmType, ICalCalendarMethod, ICalEventStatus } from 'ical-generator'
import { TZDate } from '@date-fns/tz'
import type { Instant } from './model'

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
 * Times are written in the recipient's time zone with its TZID (every time in Kith is theirs).
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
  const calendar = ical({ name, prodId: { company: 'Kith', product: 'Kith', language: 'EN' }, method: ICalCalendarMethod.PUBLISH })
  const sequence = sequenceAt(now)
  for (const entry of entries) {
    calendar.createEvent({
      id: entry.uid,
      sequence,
      stamp: new Date(now),
      start: new TZDate(entry.start, timeZone),
      end: new TZDate(entry.end, timeZone),
      timezone: timeZone,
      summary: entry.summary,
      description: entry.description,
      status: entry.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      alarms: entry.cancelled || entry.remindMinutesBefore === null ? [] : [{ type: ICalAlarmType.display, trigger: entry.remindMinutesBefore * 60, description: entry.summary }],
    })
  }
  return calendar.toString()
}
