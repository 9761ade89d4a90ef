import type { WebrtcProvider } from 'y-webrtc'
import type * as Y from 'yjs'
import { chunkingWebRtc } from './chunks'
import { signalingInUse, type ConnectionSettings } from './signaling'

/**
 * One WebrtcProvider per document for the whole page, kept here: a second provider for the
 * same room throws, and `destroy()` is asynchronous, so providers made in React effects break
 * under StrictMode and hot reload. The room is the document's random id; its password (which
 * encrypts signaling and BroadcastChannel traffic) is the document's key.
 *
 * y-webrtc is loaded on the first connection, never with the first screen: a phone shows what
 * it stores before it goes online.
 */
export interface Connection {
  provider: WebrtcProvider
  docId: string
}

const connections = new Map<string, Connection>()
/** Connections asked for while y-webrtc loads; `disconnect` removes the entry to cancel one. */
const starting = new Map<string, Promise<Connection | null>>()
let library: Promise<typeof import('y-webrtc')> | null = null

/** Connects a document to its room; null when it was disconnected before y-webrtc had loaded. */
export function connect(docId: string, key: string, doc: Y.Doc, settings: ConnectionSettings): Promise<Connection | null> {
  const existing = connections.get(docId)
  if (existing) {
    if (!existing.provider.connected) existing.provider.connect()
    return Promise.resolve(existing)
  }
  const waiting = starting.get(docId)
  if (waiting) return waiting
  library ??= import('y-webrtc')
  const started: Promise<Connection | null> = library.then(({ WebrtcProvider }) => {
    if (starting.get(docId) !== started) return connections.get(docId) ?? null
    starting.delete(docId)
    const provider = new WebrtcProvider(docId, doc, {
      signaling: signalingInUse(settings),
      password: key,
      // The STUN and TURN servers of the settings, and nothing else: simple-peer would otherwise
      // add public STUN servers of its own choosing. Large messages (a map that fell far behind)
      // go in chunks (chunks.ts).
      peerOpts: { config: { iceServers: settings.iceServers, iceTransportPolicy: settings.relayOnly ? 'relay' : 'all' }, wrtc: chunkingWebRtc() },
    })
    const connection = { provider, docId }
    connections.set(docId, connection)
    return connection
  })
  starting.set(docId, started)
  return started
}

/** Stops syncing a document on this page (it stays in IndexedDB). */
export function disconnect(docId: string): void {
  starting.delete(docId)
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
