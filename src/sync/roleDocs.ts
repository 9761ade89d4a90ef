import { createHelperStore, type HelperSnapshot, type HelperStore } from '../store/roles/helperStore'
import { createRecipientStore, type RecipientSnapshot, type RecipientStore } from '../store/roles/recipientStore'
import { deleteDoc, openDoc, StorageError } from './persistence'
import { addCircle, forgetCircle, markRemoved, wasRemoved } from '../local/circles'
import type { MovedTo } from '../store/fold/fresh'
import type { DocStore } from '../store/roles/docStore'
import { forgetOpened } from '../local/lastOpened'
import { loadDeviceDb } from '../local/load'
import { forgetExported } from '../local/calendarExports'
import { syncedByOwnMap } from './ownView'
import { RoleDocMissing } from './roleDocMissing'
import { forgetPaint, storePaint, type HelperPaint, type RecipientPaint } from './firstPaint'

/**
 * A helper's or the recipient's own device: their one document, from IndexedDB, synced with
 * the coordinator's devices over y-webrtc. One store per document for the page's lifetime.
 *
 * A document is only ever opened, never created, here: joining creates it (join.ts). So a
 * phone that was removed from the circle, or never joined it, recreates nothing when an old
 * address is opened; it says which of the two it is (`RoleDocMissing`).
 */
export interface OpenRoleDoc<S> {
  store: S
  /** What IndexedDB holds is loaded: the screen can show it, without waiting on any network. */
  ready: Promise<void>
  /**
   * Behind the first screen (online.ts): held-back carried updates, the key, the connection
   * settings, y-webrtc. Rejects only when this device does not hold the circle at all.
   */
  online: Promise<void>
}

export { RoleDocMissing, type MissingReason } from './roleDocMissing'

const helperStores = new Map<string, OpenRoleDoc<HelperStore>>()
const recipientStores = new Map<string, OpenRoleDoc<RecipientStore>>()

/** The document's database is not there: say why, and finish forgetting a removal that was cut short. */
async function missing(docId: string): Promise<RoleDocMissing> {
  if (await wasRemoved(docId)) {
    const { goOffline } = await import('./online')
    await goOffline(docId)
    await forgetCircle(docId)
    return new RoleDocMissing('removed')
  }
  return new RoleDocMissing((await (await loadDeviceDb()).circles.get(docId)) ? 'lost' : 'not-here')
}

function open<Snapshot, S extends DocStore<Snapshot>>(
  registry: Map<string, OpenRoleDoc<S>>, docId: string, role: 'helper' | 'recipient', create: (doc: ReturnType<typeof openDoc>['doc']) => S,
  writePaint: (docId: string, snapshot: Snapshot) => void,
): OpenRoleDoc<S> {
  const existing = registry.get(docId)
  if (existing) return existing
  const { doc, ready } = openDoc(docId, 'existing')
  const loaded = ready.then(() => undefined, async (error: unknown) => {
    if (!(error instanceof StorageError && error.problem === 'missing')) throw error
    forgetPaint(docId) // nothing to paint a first screen from any more
    throw await missing(docId)
  })
  // The person's own view of a circle this device coordinates is synced by the coordinator's side (ownView.ts).
  const online = loaded.then(() => syncedByOwnMap(docId)).then(async (syncedHere) => {
    if (!syncedHere) await (await import('./online')).goOnline(docId, doc, role)
  })
  const store = create(doc)
  // The first paint's copy follows the document in the same step as each change (sync/firstPaint.ts).
  store.subscribe(() => writePaint(docId, store.getSnapshot()))
  const opened = { store, ready: loaded, online }
  registry.set(docId, opened)
  Promise.all([opened.ready, online]).catch(() => {
    // Not cached when it failed: the next visit tries again.
    if (registry.get(docId) === opened) registry.delete(docId)
  })
  return opened
}

/** Keeps the helper's paint equal to their document: a copy when it shows their tasks, none otherwise. */
export function writeHelperPaint(docId: string, snapshot: HelperSnapshot): void {
  if (snapshot.state !== 'ready' || !snapshot.brief || snapshot.movedTo) return storePaint(docId, 'helper', null)
  const { brief, tasks, openCalls, messages, offer, offerIsOwn, offerReceived, joined } = snapshot
  storePaint(docId, 'helper', { brief, tasks, openCalls, messages, offer, offerIsOwn, offerReceived, joined } satisfies HelperPaint)
}

/** Keeps the recipient's paint equal to their document: a copy when it shows their circle, none otherwise. */
export function writeRecipientPaint(docId: string, snapshot: RecipientSnapshot): void {
  if (snapshot.state !== 'ready' || !snapshot.circle || snapshot.movedTo) return storePaint(docId, 'recipient', null)
  const latest = snapshot.pleaseStop[0]
  const pleaseStop = latest ? [{ id: latest.id, at: latest.at, state: latest.state }] : []
  storePaint(docId, 'recipient', { circle: snapshot.circle, daily: snapshot.daily, pleaseStop } satisfies RecipientPaint)
}

export function openHelperDoc(docId: string): OpenRoleDoc<HelperStore> {
  return open(helperStores, docId, 'helper', createHelperStore, writeHelperPaint)
}

export function openRecipientDoc(docId: string): OpenRoleDoc<RecipientStore> {
  return open(recipientStores, docId, 'recipient', createRecipientStore, writeRecipientPaint)
}

/**
 * Forgets a document on this device: remembers first that it was removed (its id only, so a
 * later start says so and an old invitation cannot bring it back), stops syncing, deletes its
 * whole database (its stored rows keep old content, so emptying the Y.Doc would not be enough),
 * what this device knew of the other side, and its place in the list.
 */
export async function forgetRoleDoc(docId: string): Promise<void> {
  await markRemoved(docId, Date.now())
  const { goOffline } = await import('./online')
  await goOffline(docId, { farewell: true })
  helperStores.get(docId)?.store.destroy()
  recipientStores.get(docId)?.store.destroy()
  helperStores.delete(docId)
  recipientStores.delete(docId)
  forgetOpened(docId)
  forgetExported(docId)
  // The painted copy follows the document's state, but a page closed mid-way must not keep it either.
  forgetPaint(docId)
  await deleteDoc(docId)
  await forgetCircle(docId)
}

/**
 * The coordinator gave this person a fresh document (store/fold/fresh.ts): this device joins it
 * under the same role and label, and forgets the old one (its whole database, as for a removal,
 * but not as removed: an old invitation link leads here again). Resolves with the new id.
 */
export async function moveRoleDoc(docId: string, role: 'helper' | 'recipient', to: MovedTo): Promise<string> {
  const db = await loadDeviceDb()
  if (!(await db.circles.get(to.docId))) {
    const old = await db.circles.get(docId)
    await openDoc(to.docId, 'create').ready
    await addCircle({ docId: to.docId, role, key: to.key, label: old?.label ?? '', now: Date.now() })
  }
  await forgetReplaced(docId)
  return to.docId
}

/** Forgets a document that a fresh one replaced, if this device holds it (its database and entry, not as removed). */
export async function forgetReplaced(docId: string): Promise<void> {
  if (!(await (await loadDeviceDb()).circles.get(docId))) return
  const { goOffline } = await import('./online')
  await goOffline(docId)
  helperStores.get(docId)?.store.destroy()
  recipientStores.get(docId)?.store.destroy()
  helperStores.delete(docId)
  recipientStores.delete(docId)
  forgetOpened(docId)
  await deleteDoc(docId)
  await forgetCircle(docId)
}
