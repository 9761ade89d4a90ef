import type { Phrase } from '../../domain/phrase'

/** An activity-log entry in the reader's language: its phrase, or the English it was stored in before entries carried one. */
export function entryWords(t: { phrase(phrase: Phrase): string }, entry: { summary: string; phrase?: Phrase | null }): string {
  return entry.phrase ? t.phrase(entry.phrase) : entry.summary
}
