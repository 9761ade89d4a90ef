import { z } from 'zod/mini'
import * as Y from 'yjs'
import { readCollection, shortText, type ReadProblem } from './primitives'

/**
 * "Please stop this / I need some quiet" from the recipient, folded from their document and
 * keyed by the recipient's random id. The coordinator sees each at once and acknowledges it.
 */
export const PLEASE_STOP = 'pleaseStop'
export const MAX_PLEASE_STOP_NOTE = 1000

export interface PleaseStop {
  id: string
  note: string
  /** The recipient's time of writing. */
  at: number
  receivedAt: number
  acknowledgedAt: number | null
}

export const pleaseStopContentValidator = z.object({ note: shortText(MAX_PLEASE_STOP_NOTE), at: z.number() })
export const pleaseStopValidator = z.extend(pleaseStopContentValidator, { receivedAt: z.number(), acknowledgedAt: z.nullable(z.number()) })

/** Newest first. */
export function readPleaseStop(doc: Y.Doc, problems: ReadProblem[]): PleaseStop[] {
  return readCollection(doc, PLEASE_STOP, pleaseStopValidator, problems).sort((a, b) => b.receivedAt - a.receivedAt || a.id.localeCompare(b.id))
}
