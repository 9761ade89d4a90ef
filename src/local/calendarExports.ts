/**
 * What this device last put into the phone's calendar for a circle, so that a time that has
 * since left the plan (stopped, moved to someone else) is exported again as cancelled rather
 * than left behind in the calendar. Kept in localStorage beside the rest of the export (read
 * and written in the same tap); forgotten with the circle.
 */
export interface ExportedEntry {
  start: number
  end: number
  summary: string
}

const keyOf = (docId: string) => `kith.calendar.${docId}`

export function lastExported(docId: string): Record<string, ExportedEntry> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(keyOf(docId)) ?? '{}')
    if (typeof parsed !== 'object' || parsed === null) return {}
    const valid = Object.entries(parsed as Record<string, unknown>).filter(([, entry]) => {
      const { start, end, summary } = (entry ?? {}) as Partial<ExportedEntry>
      return typeof start === 'number' && typeof end === 'number' && typeof summary === 'string'
    })
    return Object.fromEntries(valid) as Record<string, ExportedEntry>
  } catch {
    return {}
  }
}

export function rememberExported(docId: string, entries: Record<string, ExportedEntry>): void {
  try {
    localStorage.setItem(keyOf(docId), JSON.stringify(entries))
  } catch {
    // Storage refused: the next export cannot cancel what this one held, nothing else is lost.
  }
}

export function forgetExported(docId: string): void {
  try {
    localStorage.removeItem(keyOf(docId))
  } catch {
    // nothing to forget
  }
}
