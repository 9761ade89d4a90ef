import { calendarFile, type CalendarEntry } from '../../domain/calendar'
import { lastExported, rememberExported } from '../../local/calendarExports'

/** Times that ended more than this long ago are no longer kept for cancelling. */
const KEEP_MS = 8 * 24 * 60 * 60_000

/**
 * The calendar file for one circle on this device: the entries as they are now, plus every
 * entry the last export held that is no longer there, as cancelled (a stopped need, an ended
 * support), so the phone's calendar drops them. Remembers what this file holds.
 */
export function exportCalendar(docId: string, current: readonly CalendarEntry[], options: { name: string; timeZone: string; now: number }): string {
  const held = new Set(current.map((entry) => entry.uid))
  const gone = Object.entries(lastExported(docId))
    .filter(([uid]) => !held.has(uid))
    .map(([uid, entry]): CalendarEntry => ({ uid, ...entry, description: '', cancelled: true, remindMinutesBefore: null }))
  const kept = [...current, ...gone].filter((entry) => entry.end > options.now - KEEP_MS)
  rememberExported(docId, Object.fromEntries(kept.map(({ uid, start, end, summary }) => [uid, { start, end, summary }])))
  return calendarFile(kept, options)
}
