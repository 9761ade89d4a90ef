import { z } from 'zod/mini'
import * as Y from 'yjs'
import type { Instant } from '../../domain/model'
import { isPhrase, type Phrase, type PhraseValue } from '../../domain/phrase'
import { renderPhrase } from '../../i18n/messages'
import '../../i18n/catalogues/activity'
import { upsertEntity } from '../entities'
import { randomId } from '../ids'
import { compareOrder, nextSeq, seqValidator, type Ordered } from './order'
import { lazySchema, idValidator, readCollection, requiredText, shortText, type ReadProblem } from './primitives'
import { compareText } from '../../domain/compareText'

/**
 * The activity log: one short entry per adjustment a command made, append-only, so a
 * check-in can link to "what changed since last time". Entries are small and bounded; they
 * name helpers and needs, so they stay in the coordinator's map and are never projected as-is.
 */
export const ACTIVITY = 'activity'

export const ACTIVITY_KINDS = [
  'helper/added', 'helper/joined', 'helper/removed', 'helper/away', 'offer/saved',
  'assignment/accepted', 'assignment/set', 'assignment/removed',
  'status/set', 'status/cleared', 'backup/activated',
  'open-call/posted', 'open-call/taken', 'open-call/withdrawn',
  'circle/extended', 'circle/ended', 'circle/reopened', 'circle/paused', 'circle/resumed',
  'need/safety', 'need/stopped', 'need/resumed', 'helper/thanked', 'helper/thanks-withdrawn',
  'coordinator/added', 'coordinator/lead', 'coordinator/removed',
] as const
export type ActivityKind = (typeof ACTIVITY_KINDS)[number]

export const MAX_SUMMARY = 300
export const MAX_REFS = 50

export interface ActivityEntry {
  id: string
  at: Instant
  /** Its place in the map's order of events (order.ts); 0 for entries older than the counter. */
  seq: number
  /** One of ACTIVITY_KINDS; a newer app may write kinds this one does not know. */
  kind: string
  /** The entry in English, e.g. "Sam will cover “Walk the dog” on Saturday 28 November": what older entries have, and what older versions of Kith read. */
  summary: string
  /** The entry as words to render in the reader's language (i18n/catalogues/activity); absent on entries written before. */
  phrase: Phrase | null
  /** Ids the entry is about: helpers, assignments, occurrences, open calls. */
  refs: string[]
  /** The coordinator device whose command wrote it (schema/coordinatorDevice.ts); null for fold or a circle with one device. */
  by: string | null
}

export const activityValidator = lazySchema(() => z.object({
  at: z.number(),
  seq: seqValidator,
  kind: requiredText(60),
  summary: shortText(MAX_SUMMARY),
  phrase: z._default(z.nullable(z.custom<Phrase>(isStoredPhrase)), null),
  refs: z.array(idValidator).check(z.maxLength(MAX_REFS)),
  by: z._default(z.nullable(idValidator), null),
}))

/**
 * Appends one entry and returns its id. Over-long summaries are cut with an ellipsis. An entry
 * two devices may write at once for the same change passes an `id` made from that change, so
 * the log holds it once.
 */
export function appendActivity(doc: Y.Doc, at: Instant, kind: ActivityKind, words: Phrase, refs: string[], id = randomId()): string {
  const summary = renderPhrase(words, ENGLISH)
  const text = summary.length > MAX_SUMMARY ? `${summary.slice(0, MAX_SUMMARY - 1)}…` : summary
  const phrase = JSON.stringify(words).length <= MAX_PHRASE ? words : null
  upsertEntity(doc, ACTIVITY, id, { at, seq: nextSeq(doc), kind, summary: text, phrase, refs: [...new Set(refs)].slice(0, MAX_REFS) })
  return id
}

const ENGLISH = { language: 'en', tag: 'en-GB' } as const
/** A stored phrase's size, as JSON: names and titles are short, a few nest (an accepted plan lists three series). */
export const MAX_PHRASE = 4000

/** A phrase as the log stores it: plain JSON of ids, strings, numbers and the value shapes of domain/phrase.ts, bounded. */
function isStoredPhrase(value: unknown): value is Phrase {
  return isPhrase(value) && typeof value.id === 'string' && value.id.startsWith('activity.') && JSON.stringify(value).length <= MAX_PHRASE
    && (value.values === undefined || (typeof value.values === 'object' && value.values !== null && Object.values(value.values).every(isStoredValue)))
}
function isStoredValue(value: unknown): value is PhraseValue {
  if (typeof value === 'string' || typeof value === 'number') return true
  if (typeof value !== 'object' || value === null) return false
  if ('id' in value) return isStoredPhrase(value)
  if ('list' in value) return Array.isArray(value.list) && value.list.every(isStoredValue)
  if ('date' in value) return typeof value.date === 'string'
  if ('weekday' in value) return typeof value.weekday === 'number'
  if ('time' in value) return typeof value.time === 'string'
  return false
}

/**
 * Signs the entries a command's transaction added with the coordinator device that ran it, in
 * that same transaction (one undo step): with two coordinators the log says who did what.
 */
export function signActivity(doc: Y.Doc, transaction: Y.Transaction, deviceId: string): void {
  const log = doc.getMap(ACTIVITY)
  for (const id of transaction.changed.get(log as unknown as Y.AbstractType<Y.YEvent<Y.Map<unknown>>>) ?? []) {
    const entry = id === null ? undefined : log.get(id)
    if (entry instanceof Y.Map && entry.get('by') !== deviceId) entry.set('by', deviceId)
  }
}

/** Newest first, in the map's order of events. */
export function readActivity(doc: Y.Doc, problems: ReadProblem[]): ActivityEntry[] {
  return readCollection(doc, ACTIVITY, activityValidator, problems).sort((a, b) => compareOrder(b, a) || compareText(a.id, b.id))
}

/**
 * The entries since the last check-in (all of them before the first): what the next check-in
 * links to. "Since" is the map's order of events, not the clock: a check-in saved while a
 * device's clock ran days ahead does not hide what came after it.
 */
export function activitySince(activity: readonly ActivityEntry[], lastCheckIn: Ordered | null): ActivityEntry[] {
  return lastCheckIn === null ? [...activity] : activity.filter((entry) => compareOrder(entry, lastCheckIn) > 0)
}
