import { useId } from 'react'
import { showNotice, showSavedNotice } from '../hooks/notice'
import { saveFile } from './saveFile'

export interface CalendarWords {
  title: string
  intro: string
  button: string
  saved: string
  failed: string
}

/**
 * "Add … to my calendar": hands the phone a .ics file its calendar opens. The file is made on
 * the tap, so its library (ical-generator) loads then and never with a first screen.
 */
export function CalendarSection({ words, make }: { words: CalendarWords; make: () => Promise<{ text: string; fileName: string }> }) {
  const headingId = useId()
  async function exportFile() {
    try {
      const { text, fileName } = await make()
      saveFile(text, fileName, 'text/calendar')
      showSavedNotice(words.saved)
    } catch {
      showNotice(words.failed)
    }
  }
  return (
    <section className="task-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="section-title">{words.title}</h2>
      <p className="small muted">{words.intro}</p>
      <button type="button" className="button small" onClick={() => void exportFile()}>{words.button}</button>
    </section>
  )
}
