import type { Phrase } from '../../domain/phrase'
import type { Instant, LocalDate, OccurrenceStatusKind, Offer, TaskKind } from '../../domain/model'
import type { CircleBasics } from '../projection/basics'
import type { ReportKind } from '../schema/helperReport'

/**
 * A helper's document: one per helper, held by that helper's devices and the coordinator's.
 * Flat top-level Y.Maps of plain JSON values keyed by stable ids; no nested Y types, no
 * Y.Array, so each value merges on its own. Every section has one writer:
 *
 * - projected (the coordinator's projection only): `meta`, `brief`, `tasks` (by occurrence id),
 *   `taskStatuses` (by occurrence id, only tasks whose status is not `planned`), `openCalls` (by open call id), `offerSuggestion` (by offer field), `acks` (what the
 *   coordinator's fold has received: `reports/<occurrenceId>`, `claims/<callId>`, `offer`, `joined`),
 *   `messages` (by id: a kind word from the coordinator, e.g. that their visits are paused);
 * - the helper's (their devices only): `reports` (by occurrence id), `claims` (by open call
 *   id), `offer` (by offer field, plus `at`), `joined` (`at`).
 *
 * Before the helper writes an offer, their form starts from `offerSuggestion` (what the
 * coordinator filled in); afterwards `offerSuggestion` holds only a change the coordinator
 * suggests, and their own `offer` is never written by anyone else.
 */
/**
 * 2: a task's status left its task value for `taskStatuses`. Phones with version 1 documents
 * still read them (helperStore.ts reads a status inside the task when `taskStatuses` has none);
 * a version 1 app shown a version 2 document asks to be updated rather than show no tasks.
 */
export const HELPER_DOC_SCHEMA_VERSION = 2

export const HELPER_PROJECTED = ['meta', 'brief', 'tasks', 'taskStatuses', 'openCalls', 'offerSuggestion', 'acks', 'messages'] as const
export const HELPER_OWNED = ['reports', 'claims', 'offer', 'joined'] as const
export type HelperProjectedSection = (typeof HELPER_PROJECTED)[number]
export type HelperOwnedSection = (typeof HELPER_OWNED)[number]

export type HelperMeta = { kind: 'helper'; schemaVersion: number; revoked: boolean }

export type HelperBriefFields = CircleBasics & {
  helperFirstName: string
  recipientFirstName: string
  circleEnd: LocalDate
  circleStatus: 'active' | 'archived'
  /** This helper's series in English words ("You'll walk the dog every Saturday until 8 December."), for phones on older versions. */
  seriesSentences: string[]
  /** "If you need to swap a day or can't make it, contact Jordan (…), not Alex.", in English, for phones on older versions. */
  howToChange: string
  /** Present (true) while the whole circle rests: no tasks, nothing asked, only thanks. Older phones ignore it. */
  resting?: true
  /**
   * The same as Phrases (domain/phrase.ts): the helper's phone renders them in its own language.
   * Words never travel as prose in one language; projection writes data, the same on every
   * coordinator device whatever its language. Absent in documents projected before 2026-12.
   */
  seriesPhrases?: Phrase[]
  howToChangePhrase?: Phrase
}

/**
 * `primary` and `backup` come from accepted series; `cover` is a task this helper covers (an
 * activated backup, a taken open call); `reported` is one that is no longer theirs but that
 * they reported on, kept so their report stays in view.
 */
export type TaskRole = 'primary' | 'backup' | 'cover' | 'reported'
export type TaskStatus = 'planned' | OccurrenceStatusKind

/**
 * A task as `tasks` holds it. Its status is not in it: statuses change far more often than the
 * rest, and as an entry of its own in `taskStatuses` a status change travels as a few bytes
 * (a carried link of about 150 characters) instead of the whole task rewritten.
 */
export type HelperTask = {
  title: string
  kind: TaskKind
  /** The occurrence's window, as instants. */
  start: Instant
  end: Instant
  role: TaskRole
  /** Assigned details (address, door code), only for the helper doing it and only when shared. */
  details: string | null
}

/** Public words only: what any helper who could take it may read. */
export type HelperOpenCall = {
  kind: TaskKind
  title: string
  start: Instant
  end: Instant
  taken: boolean
  takenByYou: boolean
}

/**
 * A kind word for this helper, as data; their phone says it in its own words and never with
 * detail: `paused` / `ended` — the recipient asked for quiet, so these visits (`title`) are
 * paused from `from` until `until`, or ended from `from`; `reserve` — thank you for offering,
 * you are kept in reserve for now (never why: that names other people).
 */
export type HelperMessage = {
  kind: 'paused' | 'ended'
  title: string
  from: LocalDate
  until: LocalDate | null
  at: Instant
} | { kind: 'reserve'; at: Instant }

export type OfferFields = Omit<Offer, 'helperId'>

export type HelperDocValues = {
  meta: HelperMeta
  brief: HelperBriefFields | Record<string, never>
  tasks: Record<string, HelperTask>
  /**
   * Each task's status as the coordinator sees it (`covered` when someone else covers this
   * helper's task), sparse: a task with no entry is `planned`.
   */
  taskStatuses: Record<string, OccurrenceStatusKind>
  openCalls: Record<string, HelperOpenCall>
  offerSuggestion: OfferFields | Record<string, never>
  acks: Record<string, Instant>
  messages: Record<string, HelperMessage>
  /** Only in a revoked helper's values: revocation empties the helper's sections too. */
  reports?: Record<string, never>
  claims?: Record<string, never>
  offer?: Record<string, never>
  joined?: Record<string, never>
}

/** What a helper writes: one report per task, their latest word. */
export type HelperReport = { kind: ReportKind; note: string; at: Instant }
export type HelperClaim = { at: Instant }
export type HelperOffer = OfferFields & { at: Instant }
