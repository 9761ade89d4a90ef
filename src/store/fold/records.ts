import * as Y from 'yjs'
import { collection, jsonEqual } from '../entities'
import { STATUSES, type OccurrenceStatusFields } from '../schema/occurrence'

/**
 * Records fold changes are written whole: a new Y.Map in place of the old one. A status or an
 * open call holds fields that must agree (a `coveredBy` only on a covered task, a `takenBy`
 * only on a taken call). If fold set fields one by one while a coordinator's command on
 * another device set some of the same fields, Yjs would merge them key by key, and could make
 * "missed, covered by Sam" — unreadable. A whole new record merges as one: either the fold's
 * or the other device's, never a mix; a command made at that very moment elsewhere gives way.
 * An equal record is not rewritten.
 */
export function replaceEntity(doc: Y.Doc, name: string, id: string, fields: Record<string, unknown>): void {
  const entities = collection(doc, name)
  const current = entities.get(id)
  if (current instanceof Y.Map && jsonEqual(current.toJSON(), fields)) return
  const entity = new Y.Map<unknown>()
  for (const [key, value] of Object.entries(fields)) entity.set(key, value)
  entities.set(id, entity)
}

export function replaceStatus(doc: Y.Doc, occurrenceId: string, fields: OccurrenceStatusFields): void {
  replaceEntity(doc, STATUSES, occurrenceId, { ...fields })
}
