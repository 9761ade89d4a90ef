import type { CalendarEntry } from '../../domain/calendar'
import type { HelperTaskView } from '../../store/roles/helperStore'
import { exportCalendar } from '../shared/exportCalendar'
import { helperCatalogue } from '../../i18n/catalogues/helper'

const t = helperCatalogue.format

const REMIND_MINUTES = 60

/** Not this helper's to do any more: cancelled, covered by someone else, handed back, or "can't make it". */
function offTheirList(task: HelperTaskView): boolean {
  return task.status === 'cancelled' || (task.status === 'covered' && task.role !== 'cover') || task.role === 'reported'
    || task.report?.kind === 'cant-make-it'
}

/** A helper's tasks as calendar entries: a reminder an hour before, none for a backup (who is told if needed). */
export function helperCalendarEntries(tasks: readonly HelperTaskView[], words: { recipient: string; coordinator: string }): CalendarEntry[] {
  const description = t('helper.calendar.description', { recipient: words.recipient, coordinator: words.coordinator })
  return tasks.map((task) => ({
    uid: `${task.id}@kith`, start: task.start, end: task.end, description,
    summary: task.role === 'backup' ? t('helper.calendar.backupSummary', { title: task.title }) : task.title,
    cancelled: offTheirList(task), remindMinutesBefore: task.role === 'backup' ? null : REMIND_MINUTES,
  }))
}

/** The file for the helper's phone, with what has left their list since the last export cancelled. */
export function exportHelperCalendar(
  docId: string, tasks: readonly HelperTaskView[], context: { recipient: string; coordinator: string; timeZone: string; now: number },
): { text: string; fileName: string } {
  const text = exportCalendar(docId, helperCalendarEntries(tasks, context), { name: t('helper.calendar.calendarName', { recipient: context.recipient }), timeZone: context.timeZone, now: context.now })
  return { text, fileName: t('helper.calendar.fileName', { recipient: context.recipient }) }
}
