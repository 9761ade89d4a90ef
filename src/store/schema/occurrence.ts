import { z } from 'zod/mini'
import * as Y from 'yjs'
import { parseOccurrenceId, type OccurrenceStatus } from '../../domain/model'
import { replaceEntity } from '../entities'
import { lazySchema, idValidator, longText, readCollection, type ReadProblem } from './primitives'

/**
 * Occurrence statuses, stored sparsely: only occurrences where something happened have an
 * entry, keyed by the deterministic occurrence id `<needId>:<YYYY-MM-DD>:<HH:mm|any>`. They
 * are never keyed by assignment, so removing, re-planning or splitting a series keeps them.
 */
export const STATUSES = 'statuses'

export const OCCURRENCE_STATUS_KINDS = ['done', 'missed', 'needs-cover', 'covered', 'cancelled'] as const

export const occurrenceStatusValidator = lazySchema(() => z
  .object({
    status: z.enum(OCCURRENCE_STATUS_KINDS),
    coveredBy: z.nullable(idValidator),
    note: longText,
    at: z.number(),
  })
  .check(z.refine((s) => s.coveredBy === null || s.status === 'covered', {
    message: 'only a covered task names who covered it',
    path: ['coveredBy'],
  })))

export type OccurrenceStatusFields = Omit<OccurrenceStatus, 'occurrenceId'>

/** Written whole: `status` and `coveredBy` must agree, even when two devices write at once. */
export function writeStatus(doc: Y.Doc, occurrenceId: string, fields: OccurrenceStatusFields): void {
  replaceEntity(doc, STATUSES, occurrenceId, { ...fields })
}

export function readStatuses(doc: Y.Doc, problems: ReadProblem[]): Record<string, OccurrenceStatus> {
  const statuses: Record<string, OccurrenceStatus> = {}
  for (const { id, ...status } of readCollection(doc, STATUSES, occurrenceStatusValidator, problems)) {
    if (parseOccurrenceId(id) === null) problems.push({ path: `${STATUSES}/${id}`, message: 'expected an occurrence id' })
    else statuses[id] = { occurrenceId: id, ...status }
  }
  return statuses
}
