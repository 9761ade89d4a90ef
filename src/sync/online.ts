import type * as Y from 'yjs'
import { loadDeviceDb } from '../local/load'
import { carriedOrigin } from '../store/origins'
import { trackPresence } from './presence'
import { forgetRemote, restorePending } from './remote'
import { loadConnectionSettings } from './signaling'
import { leadAcrossTabs } from './tabs'
import { connect, disconnect } from './webrtc'

/**
 * A helper's or the recipient's document going online, loaded behind the first screen (roleDocs
 * imports this module on demand): what waits for an earlier carried update (kept in Dexie) is
 * put back, then the key from the device's list, the connection settings (kith.config.json may
 * be slow or never answer), y-webrtc and presence.
 */
export async function goOnline(docId: string, doc: Y.Doc, role: 'helper' | 'recipient'): Promise<void> {
  await restorePending(docId, doc, carriedOrigin).catch(() => undefined)
  const [key, settings] = await Promise.all([keyOf(docId), loadConnectionSettings()])
  // One tab of this browser connects; the others share its changes (tabs.ts).
  leadAcrossTabs(`doc-${docId}`, () => {
    void connect(docId, key, doc, settings).then((connection) => {
      if (connection) trackPresence(docId, doc, connection.provider, role)
    })
  })
}

async function keyOf(docId: string): Promise<string> {
  const entry = await (await loadDeviceDb()).circles.get(docId)
  if (!entry) throw new Error('This circle is not on this device.')
  return entry.key
}

/** Stops syncing a document and forgets what was known of the other side. */
export async function goOffline(docId: string): Promise<void> {
  disconnect(docId)
  await forgetRemote(docId)
}
