import { WebrtcProvider } from 'y-webrtc'
import type * as Y from 'yjs'
import { signalingInUse, type ConnectionSettings } from './signaling'

/**
 * One WebrtcProvider per document for the whole page, kept here: a second provider for the
 * same room throws, and `destroy()` is asynchronous, so providers made in React effects break
 * under StrictMode and hot reload. The room is the document's random id; its password (which
 * encrypts signaling and BroadcastChannel traffic) is the document's key.
 */
export interface Connection {
  provider: WebrtcProvider
  docId: string
}

const connections = new Map<string, Connection>()

export function connect(docId: string, key: string, doc: Y.Doc, settings: ConnectionSettings): Connection {
  const existing = connections.get(docId)
  if (existing) {
    if (!existing.provider.connected) existing.provider.connect()
    return existing
  }
  const provider = new WebrtcProvider(docId, doc, {
    signaling: signalingInUse(settings),
    password: key,
    // The STUN and TURN servers of the settings, and nothing else: simple-peer would otherwise
    // add public STUN servers of its own choosing.
    peerOpts: { config: { iceServers: settings.iceServers, iceTransportPolicy: settings.relayOnly ? 'relay' : 'all' } },
  })
  const connection = { provider, docId }
  connections.set(docId, connection)
  return connection
}

/** Stops syncing a document on this page (it stays in IndexedDB). */
export function disconnect(docId: string): void {
  const connection = connections.get(docId)
  if (!connection) return
  connections.delete(docId)
  connection.provider.destroy()
}

export function connectionOf(docId: string): Connection | undefined {
  return connections.get(docId)
}

/** How many other devices this page is talking to about a document right now. */
export function peerCount(docId: string): number {
  const room = connections.get(docId)?.provider.room
  return room ? room.webrtcConns.size + room.bcConns.size : 0
}
