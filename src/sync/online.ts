import type * as Y from 'yjs'
import { loadDeviceDb } from '../local/load'
import { carriedOrigin } from '../store/origins'
import { trackPresence, type Presence } from './presence'
import { forgetRemote, restorePending } from './remote'
import { loadConnectionSettings } from './signaling'
import { leadAcrossTabs } from './tabs'
import { connect, disconnect, peerCount } from './webrtc'
import { wasRemoved } from '../local/circles'
import { RoleDocMissing } from './roleDocs'

/**
 * A helper's or the recipient's document going online, loaded behind the first screen (roleDocs
 * imports this module on demand): what waits for an earlier carried update (kept in Dexie) is
 * put back, then the key from the device's list, the connection settings (kith.config.json may
 * be slow or never answer), y-webrtc and presence.
 */
const presences = new Map<string, Presence>()

export async function goOnline(docId: string, doc: Y.Doc, role: 'helper' | 'recipient'): Promise<void> {
  await restorePending(docId, doc, carriedOrigin).catch(() => undefined)
  const [key, settings] = await Promise.all([keyOf(docId), loadConnectionSettings()])
  // One tab of this browser connects; the others share its changes (tabs.ts).
  leadAcrossTabs(`doc-${docId}`, () => {
    void connect(docId, key, doc, settings).then((connection) => {
      if (connection) presences.set(docId, trackPresence(docId, doc, connection.provider, role))
    })
  })
}

async function keyOf(docId: string): Promise<string> {
  const entry = await (await loadDeviceDb()).circles.get(docId)
  if (!entry) throw new RoleDocMissing(await wasRemoved(docId) ? 'removed' : 'not-here')
  return entry.key
}

/** How long a removed phone waits at most for the coordinator's device to hear that it knows. */
const FAREWELL_MS = 3000

/**
 * Stops syncing a document and forgets what was known of the other side. `farewell`: this
 * phone was removed; it first publishes what it now holds (the revocation), which is what lets
 * the coordinator's device count the revocation as delivered and leave the room for good
 * (presence.ts), and leaves once that device has gone, or after FAREWELL_MS.
 */
export async function goOffline(docId: string, { farewell = false } = {}): Promise<void> {
  const presence = presences.get(docId)
  presences.delete(docId)
  if (presence && farewell) {
    presence.publishNow()
    const until = Date.now() + FAREWELL_MS
    while (peerCount(docId) > 0 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 100))
  }
  presence?.stop()
  disconnect(docId)
  await forgetRemote(docId)
}
