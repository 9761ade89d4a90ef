import { z } from 'zod/mini'
import * as Y from 'yjs'
import { lazySchema, idValidator, readCollection, shortText, type ReadProblem } from './primitives'
import { compareText } from '../../domain/compareText'

/**
 * "Please stop this / I need some quiet" from the recipient, folded from their document and
 * keyed by the recipient's random id; it may name one of their needs. The coordinator sees each
 * at once and answers it: pause or end the need or one helper's part, talk first, or just "seen".
 */
export const PLEASE_STOP = 'pleaseStop'
export const MAX_PLEASE_STOP_NOTE = 1000

/** What the coordinator did about it: paused or ended a need, ended one helper's part, or will talk first. */
export const PLEASE_STOP_RESPONSES = ['paused', 'ended', 'helper-ended', 'talk-first'] as const
export type PleaseStopResponse = (typeof PLEASE_STOP_RESPONSES)[number]

export interface PleaseStop {
  id: string
  note: string
  /** The need the recipient named, if they named one. */
  needId?: string | null
  /** The recipient's time of writing. */
  at: number
  receivedAt: number
  acknowledgedAt: number | null
  response: PleaseStopResponse | null
}

export const pleaseStopContentValidator = lazySchema(() => z.object({ note: shortText(MAX_PLEASE_STOP_NOTE), at: z.number(), needId: z.optional(z.nullable(idValidator)) }))
export const pleaseStopValidator = lazySchema(() => z.extend(pleaseStopContentValidator, {
  receivedAt: z.number(), acknowledgedAt: z.nullable(z.number()), response: z._default(z.nullable(z.enum(PLEASE_STOP_RESPONSES)), null),
}))

/** Newest first. */
export function readPleaseStop(doc: Y.Doc, problems: ReadProblem[]): PleaseStop[] {
  return readCollection(doc, PLEASE_STOP, pleaseStopValidator, problems).sort((a, b) => b.receivedAt - a.receivedAt || compareText(a.id, b.id))
}
