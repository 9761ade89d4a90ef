import type { Phrase } from '../../domain/phrase'

/**
 * What a fold tells the coordinator. Every entry it would not take is a rejection with its
 * path in the other document and the reason as a Phrase (fold/words.ts); a document it would
 * not read at all is skipped, with the reason as a key the UI puts in words.
 */
export interface Rejection {
  /** Where, in the helper's or recipient's document: `reports/<occurrenceId>`, `offer/weeklyLimit`… */
  path: string
  reason: Phrase
}

export type SkipReason = 'map-not-ready' | 'circle-ended' | 'helper-removed' | 'revoked' | 'too-large' | 'flood' | 'too-new' | 'wrong-kind'

export interface FoldReport {
  /** The helper's id, or 'recipient'. */
  source: string
  skipped: SkipReason | null
  rejected: Rejection[]
}

export interface FoldResult {
  /** Whether the map changed. Folding the same documents again changes nothing. */
  changed: boolean
  reports: FoldReport[]
}
