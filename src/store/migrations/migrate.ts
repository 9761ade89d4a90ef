import * as Y from 'yjs'
import { migrationOrigin } from '../origins'
import { readSchemaVersion, writeMeta, type DocKind } from '../schema/meta'
import type { Migration } from './map'

export type MigrationResult =
  | { ok: true; from: number; to: number; applied: string[] }
  | { ok: false; reason: 'target-version-too-new' | 'not-initialised'; version: number | null }

/** Brings a document up to `current` in one transaction; never downgrades, never throws. */
export function migrateDoc(doc: Y.Doc, kind: DocKind, migrations: Migration[], current: number): MigrationResult {
  const version = readSchemaVersion(doc)
  if (version === null) return { ok: false, reason: 'not-initialised', version }
  if (version > current) return { ok: false, reason: 'target-version-too-new', version }
  const pending = migrations.filter((m) => m.to > version).sort((a, b) => a.to - b.to)
  if (pending.length === 0) return { ok: true, from: version, to: version, applied: [] }
  doc.transact(() => {
    for (const migration of pending) migration.up(doc)
    writeMeta(doc, kind, current)
  }, migrationOrigin)
  return { ok: true, from: version, to: current, applied: pending.map((m) => m.id) }
}
