import { z } from 'zod/mini'
import * as Y from 'yjs'
import { isPhrase, type Phrase } from '../../domain/phrase'
import { isReasonId, legacyReason } from '../fold/words'
import { lazySchema, idValidator, readCollection, shortText, type ReadProblem } from './primitives'
import { compareText } from '../../domain/compareText'

/**
 * What a fold would not take from a helper's or the recipient's document (a projected entry
 * changed or deleted on their phone, an unknown section, a malformed report), kept in the map
 * until the coordinator dismisses it: one record per source, path and reason (its id is derived
 * from them, so two coordinator devices write the same record), with when it was first and last
 * seen and how often it came back. Written by fold (store/fold/tampering.ts), outside Undo.
 *
 * The reason is a Phrase (`phrase`), rendered in the reader's language. Notes written before
 * 2026-12 hold English text in `reason` instead; they are read as the Phrase they stood for when
 * Kith knows it (fold/words.ts), else as the text. New notes leave `reason` empty, so an older
 * Kith on a second coordinator's device still reads them (with no reason) rather than as damage.
 */
export const TAMPERING = 'tampering'

export interface TamperingRecord {
  id: string
  /** The helper's id, or 'recipient'. */
  source: string
  /** Where, in their document: `tasks/<occurrenceId>`, `offer/weeklyLimit`… */
  path: string
  /** English text, on notes written before 2026-12 that Kith no longer recognises; '' on the rest. */
  reason: string
  /** Why, in the reader's language: null only on an old note whose text Kith does not recognise. */
  phrase: Phrase | null
  firstAt: number
  lastAt: number
  /** How many times it appeared (it counts again only after it had gone: put back, or cleared). */
  count: number
  /** Seen in the last fold of its source. */
  active: boolean
  dismissedAt: number | null
}

export const tamperingValidator = lazySchema(() => z.object({
  source: idValidator,
  path: shortText(400),
  reason: shortText(400),
  phrase: z._default(z.nullable(z.custom<Phrase>(isStoredReason)), null),
  firstAt: z.number(),
  lastAt: z.number(),
  count: z.int().check(z.minimum(1)),
  active: z.boolean(),
  dismissedAt: z.nullable(z.number()),
}))

/** A fold note's reason as stored: one of fold's reasons, with numbers at most. */
function isStoredReason(value: unknown): value is Phrase {
  return isPhrase(value) && isReasonId(value.id)
    && (value.values === undefined || (typeof value.values === 'object' && value.values !== null
      && Object.values(value.values).every((inner) => typeof inner === 'number' && Number.isFinite(inner))))
}

/** The record's id: the same source, path and reason key (fold/words.ts `reasonKey`) always give the same one (FNV-1a, 2 × 32 bits). */
export function tamperingId(source: string, path: string, reasonKey: string): string {
  const text = `${source}\u0000${path}\u0000${reasonKey}`
  const hash = (seed: number) => {
    let h = seed
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0
    return h.toString(16).padStart(8, '0')
  }
  return `t${hash(0x811c9dc5)}${hash(0x050c5d1f)}`
}

/** Newest first. */
export function readTampering(doc: Y.Doc, problems: ReadProblem[]): TamperingRecord[] {
  return readCollection(doc, TAMPERING, tamperingValidator, problems)
    .map((record) => {
      const known = record.phrase ?? legacyReason(record.reason)
      return known ? { ...record, reason: '', phrase: known } : record
    })
    .sort((a, b) => b.lastAt - a.lastAt || compareText(a.id, b.id))
}
