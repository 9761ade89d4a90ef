import { z } from 'zod/mini'
import * as Y from 'yjs'
import type { Instant } from '../../domain/model'
import { lazySchema, idValidator, occurrenceIdValidator, readCollection, readEntity, type ReadProblem } from './primitives'
import { compareText } from '../../domain/compareText'

/**
 * Open calls: a gap offered to every qualified helper; the first to take it gets it. On one
 * device the coordinator records the taker; later, the fold arbitrates claims from helpers'
 * documents and writes the same fields. A call is never deleted: taken and withdrawn calls are
 * history.
 */
export const OPEN_CALLS = 'openCalls'

export const OPEN_CALL_STATES = ['open', 'taken', 'withdrawn'] as const
export type OpenCallState = (typeof OPEN_CALL_STATES)[number]

export interface OpenCall {
  id: string
  occurrenceId: string
  postedAt: Instant
  state: OpenCallState
  takenBy: string | null
  takenAt: Instant | null
}

export const openCallValidator = lazySchema(() => z
  .object({
    occurrenceId: occurrenceIdValidator,
    postedAt: z.number(),
    state: z.enum(OPEN_CALL_STATES),
    takenBy: z.nullable(idValidator),
    takenAt: z.nullable(z.number()),
  })
  .check(z.refine((c) => (c.state === 'taken') === (c.takenBy !== null && c.takenAt !== null), {
    message: 'a taken call names who took it and when; no other call does',
    path: ['takenBy'],
  })))

/** Newest first. */
export function readOpenCalls(doc: Y.Doc, problems: ReadProblem[]): OpenCall[] {
  return readCollection(doc, OPEN_CALLS, openCallValidator, problems)
    .sort((a, b) => b.postedAt - a.postedAt || compareText(a.id, b.id))
}

export function readOpenCall(doc: Y.Doc, id: string): OpenCall | null {
  return readEntity(doc, OPEN_CALLS, id, openCallValidator)
}
