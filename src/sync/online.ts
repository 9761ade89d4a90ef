import type * as Y from 'yjs'
import { loadDeviceDb } from '../local/load'
import { carriedOrigin } from '../store/origins'
import { trackPresence } from './presence'
import { forgetRemote, restorePending } from './remote'
import { loadConnectionSettings } from './signaling'
import { leadAcrossTabs } from './tabs'
import { connect, disconnect } from './webrtc'
import { wasRemoved } from '../local/circles'
import { RoleDocMissing } from './roleDocs'

/**
 * A helper's or the recipient's document going online, loaded behind the first screen (roleDocs
 * imports this module on demand): what waits for an earlier carried update (kept in Dexie) is
 * put back, then the key from the device's list, the connection settings (kith.config.json may
 * be slow or never answer), y-webrtc and presence.
 */
const stopPresence = new Map<string, () => void>()

export async function goOnline(docId: string, doc: Y.Doc, role: 'helper' | 'recipient'): Promise<void> {
  await restorePending(docId, doc, carriedOrigin).catch(() => undefined)
  const [key, settings] = await Promise.all([keyOf(docId), loadConnectionSettings()])
  // One tab of this browser connects; the others share its changes (tabs.ts).
  leadAcrossTabs(`doc-${docId}`, () => {
    void connect(docId, key, doc, settings).then((connection) => {
      if (connection) stopPresence.set(docId, trackPresence(docId, doc, connection.provider, role))
    })
  })
}

async function keyOf(docId: string): Promise<string> {
  const entry = await (await loadDeviceDb()).circles.get(docId)
  if (!entry) throw new RoleDocMissing(await wasRemoved(docId) ? 'removed' : 'not-here')
  return entry.key
}

/** Stops syncing a document and forgets what was known of the other side. */
export async function goOffline(docId: string): Promise<void> {
  stopPresence.get(docId)?.()
  stopPresence.delete(docId)
  disconnect(docId)
  await forgetRemote(docId)
}
