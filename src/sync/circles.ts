import * as Y from 'yjs'
import { addCircle, forgetCircle } from '../local/circles'
import { loadDeviceDb } from '../local/load'
import { forgetDrafts } from '../local/drafts'
import { forgetOpened } from '../local/lastOpened'
import { createMapStore, type MapStore } from '../store'
import { forgetScreenMarkup } from './firstPaint'
import { createDoc, deleteDoc, openDoc, requestPersistentStorage, StorageError, type LoadReport } from './persistence'
import { keepOwnDocuments } from './ownView'
import { whenPageIdle } from './slices'
import { leadAcrossTabs } from './tabs'
import { forgetExported } from '../local/calendarExports'

/**
 * Opens a coordinator's circle: its map document from IndexedDB, wrapped in a store. One
 * store per document for the page's lifetime, like the documents themselves.
 */
export interface OpenCircle {
  store: MapStore
  ready: Promise<LoadReport>
}

const stores = new Map<string, OpenCircle>()

export function openMapCircle(docId: string): OpenCircle {
  const existing = stores.get(docId)
  if (existing) return existing
  // A listed circle has a stored map: a missing database is reported, never re-created empty.
  const { doc, ready } = openDoc(docId, 'existing', 'by-size', 'in-slices')
  const opened: OpenCircle = { store: createMapStore(doc, ready), ready }
  stores.set(docId, opened)
  // With several coordinator devices, this one signs its edits in the activity log.
  void loadDeviceDb().then((db) => db.circles.get(docId)).then((entry) => entry?.deviceId && opened.store.setAuthor(entry.deviceId), () => undefined)
  ready.then(() => forgetTodayOnChange(docId, opened.store), (error: unknown) => {
    // Not cached when it failed: the next visit tries again.
    if (stores.get(docId) === opened) stores.delete(docId)
    opened.store.destroy()
    // Its database is gone: the Today drawn from it goes too.
    if (error instanceof StorageError && error.problem === 'missing') forgetScreenMarkup(docId)
  })
  return opened
}

/**
 * Today's stored markup (sync/firstPaint.ts) shows what the map held when it was drawn: any change
 * to the map (here, from another tab or device, a backup merged in) removes it in the same step,
 * and Today, if on screen, stores it again once drawn from the new map.
 */
function forgetTodayOnChange(docId: string, store: MapStore): void {
  store.subscribe(() => forgetScreenMarkup(docId))
}

/** Whether `store` is still this page's open map of `docId` (not forgotten since): only then may its Today be stored. */
export function isMapOpen(docId: string, store: MapStore): boolean {
  return stores.get(docId)?.store === store
}

/**
 * Folds, projects and connects a circle's documents — in one tab of this browser only; the
 * other tabs share its changes (tabs.ts), so two tabs never fold or arbitrate the same thing twice.
 */
export function syncCircle(docId: string, store: MapStore): void {
  // Folding, projecting and going online (about 12 KB gzipped) load once the circle is on
  // screen and the page is idle: its first screen shows what this device stores, and needs none
  // of them to appear (nor their start-up work in the way of drawing it).
  leadAcrossTabs(`circle-${docId}`, () => {
    void whenPageIdle().then(() => import('./coordinatorSync')).then(({ startCircleSync }) => {
      // Forgotten on this device while the code was on its way: nothing to start.
      if (stores.get(docId)?.store !== store) return
      startCircleSync(docId, store, () => void forgetRemovedCircle(docId))
    })
  })
}

const removedListeners = new Set<(docId: string, keptOwnView: boolean) => void>()
/**
 * Calls `listener` with a circle's id once this device, removed from its coordinators, has
 * forgotten it; `keptOwnView` when the person's own view of it stays here (ownView.ts).
 */
export function onCircleRemovedHere(listener: (docId: string, keptOwnView: boolean) => void): () => void {
  removedListeners.add(listener)
  return () => removedListeners.delete(listener)
}

/**
 * Removed from the coordinators: like a revoked helper's phone, this device keeps nothing of the
 * circle — but the person's own view of it (ownView.ts), which goes online as their phone.
 */
async function forgetRemovedCircle(docId: string): Promise<void> {
  const kept = await deleteMapCircle(docId)
  for (const id of kept) {
    const entry = await (await loadDeviceDb()).circles.get(id)
    if (entry?.role !== 'helper' && entry?.role !== 'recipient') continue
    const { goOnline } = await import('./online')
    void goOnline(id, openDoc(id, 'existing').doc, entry.role)
  }
  removedListeners.forEach((listener) => listener(docId, kept.size > 0))
}

/**
 * Removes a circle from this device: the whole database of its map and of every helper's and
 * the recipient's document it holds, its drafts, and its entry in the list. A document this
 * device also holds in a role of its own (the person's own view, ownView.ts) is listed on its
 * own and stays, with the key the map last held for it; returns those.
 */
export async function deleteMapCircle(docId: string): Promise<Set<string>> {
  const opened = stores.get(docId)
  const documents = opened ? opened.store.getSnapshot().documents : []
  const kept = await keepOwnDocuments(documents)
  // The copies of the map this device served in rooms it left (sync/mapRooms.ts).
  const signposts = (await (await loadDeviceDb()).circles.get(docId).catch(() => undefined))?.signposts ?? []
  opened?.store.destroy()
  stores.delete(docId)
  // Today's markup goes with the map (deleteDoc below); at once, too, as a page closed mid-way must not keep it.
  forgetScreenMarkup(docId)
  forgetOpened(docId)
  forgetExported(docId)
  for (const id of [docId, ...documents.map((document) => document.id), ...signposts.map((signpost) => signpost.docId)]) if (!kept.has(id)) await deleteDoc(id)
  forgetDrafts(docId)
  await forgetCircle(docId)
  return kept
}

/**
 * Stores a map made in memory (a new circle, or one brought back from a backup) and only then
 * lists it on this device, with the map's key. Nothing is listed if storing fails.
 */
export async function listNewCircle(docId: string, doc: Y.Doc, entry: { key: string; label: string }, now: number): Promise<void> {
  const { doc: stored } = await createDoc(docId, doc, 'by-size')
  await addCircle({ docId, role: 'coordinator', key: entry.key, label: entry.label, now })
  const store = createMapStore(stored)
  stores.set(docId, { store, ready: Promise.resolve({ rows: 1, damaged: 0 }) })
  forgetTodayOnChange(docId, store)
  void requestPersistentStorage()
}
