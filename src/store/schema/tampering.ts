import { z } from 'zod/mini'
import * as Y from 'yjs'
import { idValidator, readCollection, shortText, type ReadProblem } from './primitives'

/**
 * What a fold would not take from a helper's or the recipient's document (a projected entry
 * changed or deleted on their phone, an unknown section, a malformed report), kept in the map
 * until the coordinator dismisses it: one record per source, path and reason (its id is derived
 * from them, so two coordinator devices write the same record), with when it was first and last
 * seen and how often it came back. Written by fold (store/fold/tampering.ts), outside Undo.
 */
export const TAMPERING = 'tampering'

export interface TamperingRecord {
  id: string
  /** The helper's id, or 'recipient'. */
  source: string
  /** Where, in their document: `tasks/<occurrenceId>`, `offer/weeklyLimit`… */
  path: string
  reason: string
  firstAt: number
  lastAt: number
  /** How many times it appeared (it counts again only after it had gone: put back, or cleared). */
  count: number
  /** Seen in the last fold of its source. */
  active: boolean
  dismissedAt: number | null
}

export const tamperingValidator = z.object({
  source: idValidator,
  path: shortText(400),
  reason: shortText(400),
  firstAt: z.number(),
  lastAt: z.number(),
  count: z.int().check(z.minimum(1)),
  active: z.boolean(),
  dismissedAt: z.nullable(z.number()),
})

/** The record's id: the same source, path and reason always give the same one (FNV-1a, 2 × 32 bits). */
export function tamperingId(source: string, path: string, reason: string): string {
  const text = `${source}\u0000${path}\u0000${reason}`
  const hash = (seed: number) => {
    let h = seed
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0
    return h.toString(16).padStart(8, '0')
  }
  return `t${hash(0x811c9dc5)}${hash(0x050c5d1f)}`
}

/** Newest first. */
export function readTampering(doc: Y.Doc, problems: ReadProblem[]): TamperingRecord[] {
  return readCollection(doc, TAMPERING, tamperingValidator, problems).sort((a, b) => b.lastAt - a.lastAt || a.id.localeCompare(b.id))
}
