import { addCircle, setOwnMap, storeHeldKeys } from '../local/circles'
import { loadDeviceDb } from '../local/load'
import type { DeviceCircle } from '../local/db'
import type { MapStore } from '../store'
import { newDocumentId, newDocumentKey } from './invite'
import { openDoc, whenAllStored } from './persistence'

/**
 * A circle the person starts for themselves. This device then holds the map (coordinating)
 * and, in the recipient's role, the recipient's document ("my view": their own reviews, "all
 * covered", "please stop"). Both are one replica of that document — the same Y.Doc and the
 * same database — so while this device coordinates, the coordinator's sync projects into it,
 * folds what the person writes there and connects it; the recipient's view does not connect
 * on its own (two roles would publish into one room as one device).
 *
 * Handing the map to a friend (a coordinator link, "make … the lead coordinator", and the
 * friend removing this coordinator device) forgets the map here but keeps the recipient's
 * document and its key: from then on this phone is the recipient's phone, like any other.
 */

/** Makes the recipient's document of a new circle and lists it here in the recipient's role. Returns its id. */
export async function startOwnView(mapDocId: string, store: MapStore, now: number): Promise<string> {
  const docId = newDocumentId()
  const key = newDocumentKey()
  const result = store.run('document/add', { audience: 'recipient', helperId: null, docId, key }, now)
  if (!result.ok) throw new Error(result.problems.map((p) => p.phrase.id).join(' '))
  await openDoc(docId, 'create').ready
  await whenAllStored()
  await addCircle({ docId, role: 'recipient', key, label: '', now })
  await setOwnMap(docId, mapDocId)
  return docId
}

/** The map this device coordinates the person's own circle with, while it still does. */
export function coordinatingMapOf(entry: Pick<DeviceCircle, 'ownMapDocId'> | undefined, circles: readonly DeviceCircle[]): string | null {
  const map = entry?.ownMapDocId ? circles.find((c) => c.docId === entry.ownMapDocId) : undefined
  return map?.role === 'coordinator' ? map.docId : null
}

/** Whether the coordinator's side of this device syncs this document (the person's own view while they coordinate). */
export async function syncedByOwnMap(docId: string): Promise<boolean> {
  const db = await loadDeviceDb()
  const entry = await db.circles.get(docId)
  if (!entry?.ownMapDocId) return false
  return (await db.circles.get(entry.ownMapDocId))?.role === 'coordinator'
}

/**
 * The documents a map holds that this device also keeps in a role of its own (the person's
 * own view): forgetting the map must not delete them. Each keeps the key the map last held
 * for it, which may have replaced the one it was listed with.
 */
export async function keepOwnDocuments(documents: ReadonlyArray<{ id: string; key: string; nextKey?: string | null }>): Promise<Set<string>> {
  const db = await loadDeviceDb()
  const kept = new Set<string>()
  for (const document of documents) {
    const entry = await db.circles.get(document.id)
    if (!entry || entry.role === 'coordinator') continue
    kept.add(document.id)
    if (entry.key !== document.key) await storeHeldKeys(document.id, { key: document.key, nextKey: document.nextKey ?? null, previousKey: entry.key })
  }
  return kept
}
