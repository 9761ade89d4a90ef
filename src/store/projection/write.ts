import * as Y from 'yjs'
import { jsonEqual } from '../entities'
import { projectionOrigin } from '../origins'

/**
 * Writes projected values into a helper's or the recipient's document.
 *
 * Rules: only the sections named in `values` are touched (the caller passes projection-owned
 * sections, plus the helper's own for a revocation); within each, a key absent from `values`
 * is deleted and a value is set only when it differs from the stored one — writing an equal
 * value still grows history, and a second projection of an unchanged map must produce no
 * update at all. Values are plain JSON, never nested Y types. One transaction, with the
 * projection origin, so the coordinator's listeners can ignore their own writes.
 */
export type ProjectedValues = Readonly<Record<string, Readonly<Record<string, unknown>>>>

/** Whether anything was written. */
export function writeProjection(doc: Y.Doc, values: ProjectedValues): boolean {
  const edits: Array<() => void> = []
  for (const [section, entries] of Object.entries(values)) {
    const map = doc.getMap<unknown>(section)
    for (const key of map.keys()) {
      if (!Object.hasOwn(entries, key)) edits.push(() => map.delete(key))
    }
    for (const [key, value] of Object.entries(entries)) {
      if (!jsonEqual(map.get(key), value)) edits.push(() => map.set(key, clone(value)))
    }
  }
  if (edits.length === 0) return false
  doc.transact(() => edits.forEach((edit) => edit()), projectionOrigin)
  return true
}

function clone<T>(value: T): T {
  return value === null || typeof value !== 'object' ? value : JSON.parse(JSON.stringify(value))
}
