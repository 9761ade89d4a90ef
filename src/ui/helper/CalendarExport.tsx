import { useId } from 'react'
import type { HelperSnapshot } from '../../store/roles/helperStore'
import { showNotice, showSavedNotice } from '../hooks/notice'
import { saveFile } from '../shared/saveFile'
import { helperText } from './text'

const t = helperText.calendar

/** "Add my tasks to my calendar": a .ics file the phone's calendar opens (made on demand: its library loads with the tap). */
export function CalendarExport({ docId, snapshot, recipient, coordinator, timeZone }: {
  docId: string; snapshot: HelperSnapshot; recipient: string; coordinator: string; timeZone: string
}) {
  const headingId = useId()
  async function exportTasks() {
    try {
      const { exportHelperCalendar } = await import('./calendarExport')
      const { text, fileName } = exportHelperCalendar(docId, snapshot.tasks, { recipient, coordinator, timeZone, now: Date.now() })
      saveFile(text, fileName, 'text/calendar')
      showSavedNotice(t.saved)
    } catch {
      showNotice(t.failed)
    }
  }
  return (
    <section className="task-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="section-title">{t.title}</h2>
      <p className="small muted">{t.intro}</p>
      <button type="button" className="button small" onClick={() => void exportTasks()}>{t.button}</button>
    </section>
  )
}
