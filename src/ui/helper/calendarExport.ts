import { calendarFile, type CalendarEntry } from '../../domain/calendar'
import { lastExported, rememberExported, type ExportedEntry } from '../../local/calendarExports'
import type { HelperTaskView } from '../../store/roles/helperStore'
import { helperText } from './text'

const t = helperText.calendar
/** Times that ended more than this long ago are no longer kept for cancelling. */
const KEEP_MS = 8 * 24 * 60 * 60_000
const REMIND_MINUTES = 60

/** Not this helper's to do any more: cancelled, covered by someone else, handed back, or "can't make it". */
function offTheirList(task: HelperTaskView): boolean {
  return task.status === 'cancelled' || (task.status === 'covered' && task.role !== 'cover') || task.role === 'reported'
    || task.report?.kind === 'cant-make-it'
}

/**
 * A helper's tasks as calendar entries: one per time, with a reminder an hour before (none for
 * a backup, who is only told if needed), and each time exported before that is no longer in
 * the plan as cancelled.
 */
export function helperCalendarEntries(
  tasks: readonly HelperTaskView[], previous: Record<string, ExportedEntry>, words: { recipient: string; coordinator: string },
): CalendarEntry[] {
  const description = t.description(words.recipient, words.coordinator)
  const current = tasks.map((task): CalendarEntry => ({
    uid: uidOf(task.id), start: task.start, end: task.end, description,
    summary: task.role === 'backup' ? t.backupSummary(task.title) : task.title,
    cancelled: offTheirList(task), remindMinutesBefore: task.role === 'backup' ? null : REMIND_MINUTES,
  }))
  const held = new Set(current.map((entry) => entry.uid))
  const gone = Object.entries(previous)
    .filter(([uid]) => !held.has(uid))
    .map(([uid, entry]): CalendarEntry => ({ uid, ...entry, description, cancelled: true, remindMinutesBefore: null }))
  return [...current, ...gone]
}

export const uidOf = (taskId: string) => `${taskId}@kith`

/** Builds the file for the helper's phone and remembers what it holds; returns its text and name. */
export function exportHelperCalendar(
  docId: string, tasks: readonly HelperTaskView[], context: { recipient: string; coordinator: string; timeZone: string; now: number },
): { text: string; fileName: string } {
  const entries = helperCalendarEntries(tasks, lastExported(docId), context)
  const kept = entries.filter((entry) => entry.end > context.now - KEEP_MS)
  rememberExported(docId, Object.fromEntries(kept.map(({ uid, start, end, summary }) => [uid, { start, end, summary }])))
  return {
    text: calendarFile(kept, { name: t.calendarName(context.recipient), timeZone: context.timeZone, now: context.now }),
    fileName: t.fileName(context.recipient),
  }
}
