import type { PhraseValue } from '../../domain/phrase'
import type { Instant, LocalDate, NeedCategory, Priority } from '../../domain/model'
import type { CircleBasics } from '../projection/basics'
import type { PleaseStopResponse } from '../schema/pleaseStop'
import type { SuggestionContent, SuggestionState } from '../schema/suggestion'

/**
 * The recipient's document, held by the recipient's devices and the coordinator's. Flat
 * top-level Y.Maps of plain JSON values, one writer per section:
 *
 * - projected (the coordinator's projection only): `meta`, `circle`, `needs` (by need id),
 *   `checkIns` (by check-in id), `daily` (by local date), `acks` (`answers/<checkInId>`,
 *   `suggestions/<id>`, `pleaseStop/<id>`: what the coordinator has received, and what came of it);
 * - the recipient's: `answers` (by check-in id), `suggestions` and `pleaseStop` (by random id).
 *
 * It never holds private details, assigned details (logistics), helpers' contacts or
 * schedules, and no helper's name unless the recipient asked to see who helps.
 */
export const RECIPIENT_DOC_SCHEMA_VERSION = 1

export const RECIPIENT_PROJECTED = ['meta', 'circle', 'needs', 'checkIns', 'daily', 'acks'] as const
export const RECIPIENT_OWNED = ['answers', 'suggestions', 'pleaseStop'] as const
export type RecipientProjectedSection = (typeof RECIPIENT_PROJECTED)[number]

export type RecipientMeta = { kind: 'recipient'; schemaVersion: number; revoked: boolean }

export type RecipientCircle = CircleBasics & {
  recipientName: string
  startDate: LocalDate
  endDate: LocalDate
  status: 'active' | 'archived'
  seesHelpers: boolean
  /**
   * Present while the whole circle rests: since when, and the day the coordinator means to look
   * again with them, if any. `needs` and `daily` are empty meanwhile. Older phones ignore it.
   */
  resting?: { since: LocalDate; lookAgain: LocalDate | null }
}

export type RecipientNeed = {
  title: string
  category: NeedCategory
  priority: Priority
  /** "every Tue and Thu, 18:00–19:00, until 6 January", in English, for phones on older versions. */
  schedule: string
  /** The same as a Phrase, rendered on the recipient's phone in its language (absent before 2026-12). */
  schedulePhrase?: PhraseValue
  source: 'coordinator' | 'recipient'
  /** Set while the need is paused or after it ended at the recipient's word. */
  stopped?: { kind: 'pause' | 'end'; until: LocalDate | null }
}

/** The coordinator's notes of a weekly check-in; `seq` is its place in the map's order of events. */
export type RecipientCheckIn = { weekOf: LocalDate; at: Instant; seq: number; worked: string; missing: string; stop: string; adjusted: string }

/**
 * One day's status with no logistics: is everything planned that day covered? `open` counts
 * what is still being arranged; `helpers` (first names) only when the recipient opted in.
 */
export type DailyStatus = { status: 'all-covered' | 'being-arranged'; open: number; helpers?: string[] }

export type AckState = 'received' | SuggestionState | 'acknowledged' | PleaseStopResponse
export type RecipientAck = { at: Instant; state: AckState }

export type RecipientDocValues = {
  meta: RecipientMeta
  circle: RecipientCircle | Record<string, never>
  needs: Record<string, RecipientNeed>
  checkIns: Record<string, RecipientCheckIn>
  daily: Record<LocalDate, DailyStatus>
  acks: Record<string, RecipientAck>
}

/** What the recipient writes. */
export type RecipientAnswer = { worked: string; missing: string; notHelpful: string; at: Instant }
export type RecipientSuggestion = SuggestionContent
export type RecipientPleaseStop = { note: string; at: Instant; needId?: string | null }
