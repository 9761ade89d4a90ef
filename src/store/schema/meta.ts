import * as Y from 'yjs'

/**
 * Each document carries its kind and schema version in `meta`. A document from a newer app
 * is opened read-only ("update Kith") rather than written in an older shape.
 */
export const META = 'meta'
export type DocKind = 'map' | 'helper' | 'recipient'

export function readSchemaVersion(doc: Y.Doc): number | null {
  const version = doc.getMap(META).get('schemaVersion')
  return typeof version === 'number' && Number.isInteger(version) && version > 0 ? version : null
}

export function readDocKind(doc: Y.Doc): DocKind | null {
  const kind = doc.getMap(META).get('kind')
  return kind === 'map' || kind === 'helper' || kind === 'recipient' ? kind : null
}

export function writeMeta(doc: Y.Doc, kind: DocKind, schemaVersion: number): void {
  const meta = doc.getMap(META)
  if (meta.get('kind') !== kind) meta.set('kind', kind)
  if (meta.get('schemaVersion') !== schemaVersion) meta.set('schemaVersion', schemaVersion)
}
