import Dexie from 'dexie'
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { DeviceCircle, KithDeviceDb } from '../../../src/local/db'

/**
 * The device database on plain IndexedDB (src/local/db.ts) against the one Dexie made before it:
 * the same database, read and written by both, so a list stored by an earlier Kith opens here and
 * an earlier Kith (a tab or an installed app not yet updated) still opens a list made here.
 */
const NAME = 'kith-device'

/** The database as Kith declared it with Dexie, up to `version` (3 is the last). */
function dexieDb(version = 3) {
  const db = new Dexie(NAME, { indexedDB: globalThis.indexedDB, IDBKeyRange, chromeTransactionDurability: 'strict' }) as Dexie & {
    circles: Dexie.Table<DeviceCircle, string>
    settings: Dexie.Table<{ key: string; value: unknown }, string>
    syncStates: Dexie.Table<{ docId: string; lastSeenAt: number | null; pendingUpdate?: string }, string>
    removedDocs: Dexie.Table<{ docId: string; removedAt: number }, string>
  }
  db.version(1).stores({ circles: 'docId, role, lastOpenedAt', settings: 'key' })
  if (version >= 2) db.version(2).stores({ syncStates: 'docId' })
  if (version >= 3) db.version(3).stores({ removedDocs: 'docId' })
  return db
}

function circle(docId: string, lastOpenedAt: number, extra: Partial<DeviceCircle> = {}): DeviceCircle {
  return { docId, role: 'helper', key: `key-${docId}`, label: `Circle ${docId}`, addedAt: 1, lastOpenedAt, ...extra }
}

/** A fresh module (its connection and instance) on a fresh, empty IndexedDB. */
async function fresh(): Promise<{ db: KithDeviceDb; circles: typeof import('../../../src/local/circles') }> {
  vi.resetModules()
  const { deviceDb } = await import('../../../src/local/db')
  return { db: deviceDb(), circles: await import('../../../src/local/circles') }
}

/** The stores, indexes and version of the database as IndexedDB has it. */
async function layout(): Promise<{ version: number; stores: Record<string, { keyPath: unknown; indexes: string[] }> }> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(NAME)
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error)
  })
  const tx = db.transaction([...db.objectStoreNames], 'readonly')
  const stores = Object.fromEntries([...db.objectStoreNames].map((name) => {
    const store = tx.objectStore(name)
    return [name, { keyPath: store.keyPath, indexes: [...store.indexNames].sort() }]
  }))
  const version = db.version
  db.close()
  return { version, stores }
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory()
})

describe('the device database', () => {
  it('reads what Dexie stored, in every store, with the list last opened first', async () => {
    const old = dexieDb()
    await old.circles.bulkPut([circle('a', 10), circle('b', 30, { role: 'coordinator', deviceId: 'd1', signposts: [{ docId: 'a', room: 'r', key: 'k' }] }), circle('c', 20), circle('d', 20)])
    await old.settings.put({ key: 'signaling', value: ['wss://signal.example'] })
    await old.syncStates.put({ docId: 'a', lastSeenAt: 5, pendingUpdate: 'AAA' })
    await old.removedDocs.put({ docId: 'gone', removedAt: 7 })
    const byDexie = await old.circles.orderBy('lastOpenedAt').reverse().toArray()
    old.close()

    const { db, circles } = await fresh()
    expect(await db.circles.get('b')).toEqual(circle('b', 30, { role: 'coordinator', deviceId: 'd1', signposts: [{ docId: 'a', room: 'r', key: 'k' }] }))
    expect(await db.settings.get('signaling')).toEqual({ key: 'signaling', value: ['wss://signal.example'] })
    expect(await db.syncStates.get('a')).toEqual({ docId: 'a', lastSeenAt: 5, pendingUpdate: 'AAA' })
    expect(await circles.wasRemoved('gone')).toBe(true)
    expect(await circles.wasRemoved('a')).toBe(false)
    expect((await circles.listCircles()).map((c) => c.docId)).toEqual(byDexie.map((c) => c.docId))
    expect((await circles.listCircles()).map((c) => c.docId)).toEqual(['b', 'd', 'c', 'a'])
    expect((await layout()).version).toBe(30) // opened as it was, not upgraded
  })

  it('makes the database Dexie made, so an earlier Kith opens it unchanged and reads what was written here', async () => {
    const { db, circles } = await fresh()
    await circles.addCircle({ docId: 'h1', role: 'helper', key: 'k1', label: 'Sam', now: 100 })
    await db.settings.put({ key: 'live', value: false })
    await circles.markRemoved('r1', 200)
    const made = await layout()

    const old = dexieDb()
    const warn = vi.spyOn(console, 'warn')
    await old.open()
    expect(old.verno).toBe(3)
    expect(await old.circles.get('h1')).toEqual(circle('h1', 100, { key: 'k1', label: 'Sam', addedAt: 100 }))
    expect((await old.circles.where('role').equals('helper').toArray()).map((c) => c.docId)).toEqual(['h1'])
    expect(await old.settings.get('live')).toEqual({ key: 'live', value: false })
    expect(await old.removedDocs.get('r1')).toEqual({ docId: 'r1', removedAt: 200 })
    old.close()
    expect(warn).not.toHaveBeenCalled()
    warn.mockRestore()

    // What Dexie makes from nothing is what this made.
    globalThis.indexedDB = new IDBFactory()
    const byDexie = dexieDb()
    await byDexie.open()
    byDexie.close()
    expect(await layout()).toEqual(made)
  })

  it('adds what a list from an earlier version lacks (before removedDocs), keeping its rows', async () => {
    const old = dexieDb(2)
    await old.circles.put(circle('a', 1))
    old.close()

    const { db, circles } = await fresh()
    expect(await db.circles.get('a')).toEqual(circle('a', 1))
    await circles.markRemoved('x', 3)
    expect(await circles.wasRemoved('x')).toBe(true)
    expect(Object.keys((await layout()).stores).sort()).toEqual(['circles', 'removedDocs', 'settings', 'syncStates'])
  })

  it('opens a list a later Kith upgraded as it is, without downgrading or upgrading it', async () => {
    const later = new Dexie(NAME, { indexedDB: globalThis.indexedDB, IDBKeyRange }) as Dexie & { circles: Dexie.Table<DeviceCircle, string> }
    later.version(4).stores({ circles: 'docId, role, lastOpenedAt', settings: 'key', syncStates: 'docId', removedDocs: 'docId', other: 'id' })
    await later.circles.put(circle('a', 1))
    later.close()

    const { db, circles } = await fresh()
    expect(await db.circles.get('a')).toEqual(circle('a', 1))
    await circles.touchCircle('a', { label: 'Renamed', now: 2 })
    expect((await db.circles.get('a'))?.label).toBe('Renamed')
    expect((await layout()).version).toBe(40)
  })

  it('changes only the fields given, removes those given as undefined, and makes no row that is not there', async () => {
    const { db, circles } = await fresh()
    await circles.addCircle({ docId: 'a', role: 'recipient', key: 'k', label: 'Alex', now: 1 })
    await circles.touchCircle('a', { resting: true, now: 5 })
    expect(await db.circles.get('a')).toEqual({ docId: 'a', role: 'recipient', key: 'k', label: 'Alex', addedAt: 1, lastOpenedAt: 5, resting: true })
    await db.syncStates.put({ docId: 'a', lastSeenAt: 2, pendingUpdate: 'AAA' })
    await db.syncStates.update('a', { pendingUpdate: undefined })
    expect(await db.syncStates.get('a')).toEqual({ docId: 'a', lastSeenAt: 2 })
    expect('pendingUpdate' in (await db.syncStates.get('a'))!).toBe(false)
    await circles.touchCircle('nowhere', { label: 'x', now: 9 })
    expect(await db.circles.get('nowhere')).toBeUndefined()
  })

  it('keeps both of two changes to one row made at once', async () => {
    const { db, circles } = await fresh()
    await circles.addCircle({ docId: 'map', role: 'coordinator', key: 'k0', label: 'Maria', now: 1 })
    await Promise.all([
      circles.moveMapKey('map', 'k1', { docId: 'map', room: 'r0', key: 'k0' }),
      circles.moveMapKey('map', 'k2', { docId: 'map', room: 'r1', key: 'k1' }),
    ])
    const entry = await db.circles.get('map')
    expect(entry?.key).toBe('k2')
    expect(entry?.signposts?.map((s) => s.room)).toEqual(['r0', 'r1'])
  })

  it('does not hold up another tab deleting the database, and opens a new one at the next read', async () => {
    const { db, circles } = await fresh()
    await circles.addCircle({ docId: 'a', role: 'helper', key: 'k', label: 'A', now: 1 })
    const blocked = vi.fn()
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase(NAME)
      request.onblocked = blocked
      request.onsuccess = () => resolve()
      request.onerror = () => reject(request.error)
    })
    expect(blocked).not.toHaveBeenCalled()
    expect(await db.circles.get('a')).toBeUndefined()
    expect(await circles.listCircles()).toEqual([])
  })
})
