import { createHelperStore, type HelperStore } from '../store/roles/helperStore'
import { createRecipientStore, type RecipientStore } from '../store/roles/recipientStore'
import { deleteDoc, openDoc } from './persistence'
import { forgetCircle } from '../local/circles'
import { forgetOpened } from '../local/lastOpened'
import { forgetExported } from '../local/calendarExports'

/**
 * A helper's or the recipient's own device: their one document, from IndexedDB, synced with
 * the coordinator's devices over y-webrtc. One store per document for the page's lifetime.
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

const helperStores = new Map<string, OpenRoleDoc<HelperStore>>()
const recipientStores = new Map<string, OpenRoleDoc<RecipientStore>>()

function open<S>(
  registry: Map<string, OpenRoleDoc<S>>, docId: string, role: 'helper' | 'recipient', create: (doc: ReturnType<typeof openDoc>['doc']) => S,
): OpenRoleDoc<S> {
  const existing = registry.get(docId)
  if (existing) return existing
  const { doc, ready } = openDoc(docId)
  const online = ready.then(() => import('./online')).then(({ goOnline }) => goOnline(docId, doc, role))
  const opened = { store: create(doc), ready: ready.then(() => undefined), online }
  registry.set(docId, opened)
  Promise.all([opened.ready, online]).catch(() => {
    // Not cached when it failed: the next visit tries again.
    if (registry.get(docId) === opened) registry.delete(docId)
  })
  return opened
}

export function openHelperDoc(docId: string): OpenRoleDoc<HelperStore> {
  return open(helperStores, docId, 'helper', createHelperStore)
}

export function openRecipientDoc(docId: string): OpenRoleDoc<RecipientStore> {
  return open(recipientStores, docId, 'recipient', createRecipientStore)
}

/**
 * Forgets a document on this device: stops syncing, deletes its whole database (its
 * stored rows keep old content, so emptying the Y.Doc would not be enough) and its place in the list.
 */
export async function forgetRoleDoc(docId: string): Promise<void> {
  const { goOffline } = await import('./online')
  await goOffline(docId)
  helperStores.get(docId)?.store.destroy()
  recipientStores.get(docId)?.store.destroy()
  helperStores.delete(docId)
  recipientStores.delete(docId)
  forgetOpened(docId)
  forgetExported(docId)
  await deleteDoc(docId)
  await forgetCircle(docId)
}
