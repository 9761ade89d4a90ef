import type { HelperSnapshot } from '../store/roles/helperStore'
import type { RecipientSnapshot } from '../store/roles/recipientStore'

/**
 * A phone's first screen, painted before Yjs loads: a copy of what a person's own document
 * showed last, kept in localStorage (read synchronously, with no Yjs, zod or Dexie), written
 * from the document every time the document changes and removed in the same step when the
 * document stops showing anything (revoked, moved to a fresh one, forgotten). So it never holds
 * what the document no longer holds: it is on the same disk as the document, and no more.
 *
 * Read-only: the screen painted from it writes nothing; every action waits for the real
 * document. A copy that is damaged or in another format is ignored, never a crash.
 *
 * Each role's copy is written where its document is opened (roleDocs.ts) and read back by hand
 * in that role's own module (helperPaint.ts, recipientPaint.ts): a phone's first download
 * carries only its own role's checks, and none of the writing.
 */
const FORMAT = 1
const PREFIX = 'kith.paint.'

export type PaintRole = 'helper' | 'recipient'

export const paintKey = (docId: string) => `${PREFIX}${docId}`

/** What a helper's tasks are painted from: their snapshot as it was, without what only the live document needs. */
export type HelperPaint = Pick<HelperSnapshot, 'brief' | 'tasks' | 'openCalls' | 'messages' | 'offer' | 'offerIsOwn' | 'offerReceived' | 'joined'>

/**
 * What the recipient's Today is painted from: the circle and the daily statuses as projected, and
 * the state of their latest "please stop" without its note (Today shows only what came of it).
 * Their needs, check-ins, answers and suggestions stay in the document alone.
 */
export type RecipientPaint = Pick<RecipientSnapshot, 'daily'> & {
  circle: NonNullable<RecipientSnapshot['circle']>
  pleaseStop: Array<Pick<RecipientSnapshot['pleaseStop'][number], 'id' | 'at' | 'state'>>
}

/** Stores a role's copy, or removes it (null). */
export function storePaint(docId: string, role: PaintRole, paint: object | null): void {
  try {
    if (paint) localStorage.setItem(paintKey(docId), JSON.stringify({ format: FORMAT, role, paint }))
    else localStorage.removeItem(paintKey(docId))
  } catch {
    // Storage refused (full, private mode): the next launch opens the usual way. A copy that
    // could not be replaced must not outlive the document it no longer matches.
    if (paint) forgetPaint(docId)
  }
}

export function forgetPaint(docId: string): void {
  try {
    localStorage.removeItem(paintKey(docId))
  } catch {
    // nothing stored
  }
}

/** A role's stored copy if `check` accepts it, or null: none, damaged, another format or another role's. */
export function readPaint<P>(docId: string, role: PaintRole, check: (paint: unknown) => paint is P): P | null {
  let stored: unknown
  try {
    stored = JSON.parse(localStorage.getItem(paintKey(docId)) ?? 'null')
  } catch {
    return null
  }
  return isRecord(stored) && stored.format === FORMAT && stored.role === role && check(stored.paint) ? stored.paint : null
}

// Checked by hand, not with the schemas (zod stays out of the first download): what the painted screens read.
export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)
export const isString = (value: unknown): value is string => typeof value === 'string'
export const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value)
export const isListOf = (value: unknown, check: (item: Record<string, unknown>) => boolean) =>
  Array.isArray(value) && value.every((item) => isRecord(item) && check(item))
export const isCrisisList = (value: unknown) => isListOf(value, (resource) => isString(resource.name) && isString(resource.contact))
