import * as Y from 'yjs'

/**
 * Entities live in a top-level Y.Map keyed by random id; each entity is a Y.Map of plain
 * JSON fields, so two coordinator devices editing different fields of one need both win.
 * Writes compare before they set: writing an equal value would still grow history.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

export function collection(doc: Y.Doc, name: string): Y.Map<Y.Map<unknown>> {
  return doc.getMap(name) as Y.Map<Y.Map<unknown>>
}

export function writeFields(target: Y.Map<unknown>, fields: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue
    if (!jsonEqual(target.get(key), value)) target.set(key, structuredCloneJson(value))
  }
}

export function upsertEntity(doc: Y.Doc, name: string, id: string, fields: Record<string, unknown>): void {
  const entities = collection(doc, name)
  let entity = entities.get(id)
  if (!(entity instanceof Y.Map)) {
    entity = new Y.Map<unknown>()
    entities.set(id, entity)
  }
  writeFields(entity, fields)
}

/**
 * Records whose fields must agree are written whole: a new Y.Map in place of the old one. A status or an
 * open call holds fields that must agree (a `coveredBy` only on a covered task, a `takenBy`
 * only on a taken call). If one device set fields one by one while another device set
 * some of the same fields, Yjs would merge them key by key, and could make
 * "missed, covered by Sam" — unreadable. A whole new record merges as one: one device's or
 * the other's, never a mix.
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

export function deleteEntity(doc: Y.Doc, name: string, id: string): boolean {
  const entities = collection(doc, name)
  if (!entities.has(id)) return false
  entities.delete(id)
  return true
}

/** Raw entries of a collection as plain objects, for validation by the schema readers. */
export function rawEntities(doc: Y.Doc, name: string): Array<[string, unknown]> {
  const out: Array<[string, unknown]> = []
  collection(doc, name).forEach((value, id) => {
    out.push([id, value instanceof Y.Map ? value.toJSON() : value])
  })
  out.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return out
}

export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => jsonEqual(item, b[i]))
  }
  const ak = Object.keys(a as object)
  const bk = Object.keys(b as object)
  if (ak.length !== bk.length) return false
  return ak.every((k) => jsonEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
}

function structuredCloneJson<T>(value: T): T {
  return value === null || typeof value !== 'object' ? value : JSON.parse(JSON.stringify(value))
}

/** One field of one entity, or undefined when the entity is missing or unreadable. */
export function entityField(doc: Y.Doc, name: string, id: string, field: string): unknown {
  const entity = collection(doc, name).get(id)
  return entity instanceof Y.Map ? entity.get(field) : undefined
}
