import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createMapStore, MAP_SCHEMA_VERSION } from '../../../src/store'
import { mapMigrations } from '../../../src/store/migrations/map'
import { migrateDoc } from '../../../src/store/migrations/migrate'
import { storageOrigin } from '../../../src/store/origins'

function fixtureDoc(): Y.Doc {
  const doc = new Y.Doc()
  Y.applyUpdate(doc, new Uint8Array(readFileSync(new URL('../../fixtures/map-v1.bin', import.meta.url))))
  return doc
}

describe('map migrations', () => {
  it('rise by exactly one version each, from 1 to the current version', () => {
    expect(mapMigrations.map((m) => m.to)).toEqual(mapMigrations.map((_, i) => i + 2))
    expect(MAP_SCHEMA_VERSION).toBe(mapMigrations.length + 1)
  })

  it('bring the stored version 1 fixture up to date, splitting details by audience', () => {
    const doc = fixtureDoc()
    expect(doc.getMap('meta').get('schemaVersion')).toBe(1)
    const store = createMapStore(doc)
    const snapshot = store.getSnapshot()
    expect(snapshot.schemaVersion).toBe(MAP_SCHEMA_VERSION)
    expect(snapshot.problems).toEqual([])
    const dinner = snapshot.needs.find((n) => n.title === 'Bring dinner')!
    const ride = snapshot.needs.find((n) => n.title === 'Ride to the clinic')!
    expect(dinner).toMatchObject({ assignedDetails: 'Door code 4711', shareDetails: true, privateDetails: '' })
    expect(ride).toMatchObject({ assignedDetails: '', shareDetails: false, privateDetails: 'Oncology, floor 3' })
    expect((doc.getMap('needs').get('needSecretFixture1') as Y.Map<unknown>).has('details')).toBe(false)
  })

  it('every migration was exercised by the fixture', () => {
    const result = migrateDoc(fixtureDoc(), 'map', mapMigrations, MAP_SCHEMA_VERSION)
    expect(result).toMatchObject({ ok: true, from: 1, to: MAP_SCHEMA_VERSION, applied: mapMigrations.map((m) => m.id) })
  })

  it('is idempotent: migrating twice changes nothing more', () => {
    const doc = fixtureDoc()
    migrateDoc(doc, 'map', mapMigrations, MAP_SCHEMA_VERSION)
    const before = Y.encodeStateVector(doc)
    expect(migrateDoc(doc, 'map', mapMigrations, MAP_SCHEMA_VERSION)).toMatchObject({ ok: true, applied: [] })
    expect(Y.encodeStateVector(doc)).toEqual(before)
  })

  it('never downgrades a document from a newer app', () => {
    const doc = fixtureDoc()
    doc.getMap('meta').set('schemaVersion', MAP_SCHEMA_VERSION + 3)
    expect(migrateDoc(doc, 'map', mapMigrations, MAP_SCHEMA_VERSION)).toMatchObject({ ok: false, reason: 'target-version-too-new' })
  })

  it('a stored document read in several transactions is migrated once all of it is there', async () => {
    // Two stored rows written by version 1: the fixture, then one more need in the old shape.
    const older = fixtureDoc()
    const before = Y.encodeStateVector(older)
    const laundry = new Y.Map<unknown>()
    older.getMap('needs').set('needLaterFixture1', laundry)
    laundry.set('title', 'Laundry')
    laundry.set('details', 'Detergent under the sink')
    laundry.set('sensitive', false)
    const rows = [new Uint8Array(readFileSync(new URL('../../fixtures/map-v1.bin', import.meta.url))), Y.encodeStateAsUpdate(older, before)]

    const doc = new Y.Doc()
    let loaded!: () => void
    createMapStore(doc, new Promise<void>((resolve) => (loaded = resolve)))
    for (const row of rows) {
      Y.applyUpdate(doc, row, storageOrigin)
      expect(doc.getMap('meta').get('schemaVersion')).toBe(1) // not half-migrated
    }
    loaded()
    await Promise.resolve()
    expect(doc.getMap('meta').get('schemaVersion')).toBe(MAP_SCHEMA_VERSION)
    const later = doc.getMap('needs').get('needLaterFixture1') as Y.Map<unknown>
    expect(later.has('details')).toBe(false)
    expect(later.get('assignedDetails')).toBe('Detergent under the sink')
  })
})
