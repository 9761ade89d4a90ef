import type { WebrtcProvider } from 'y-webrtc'
import type * as Y from 'yjs'
import { chunkingWebRtc } from './chunks'
import { signalingInUse, type ConnectionSettings } from './signaling'
import { syncTrace } from './syncTrace'

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
let library: Promise<[typeof import('y-webrtc'), typeof import('./roomGuard')]> | null = null
let guard: typeof import('./roomGuard') | null = null

/**
 * Connects a document to its room; null when it was disconnected before y-webrtc had loaded.
 * `authoritative`: this device holds the document's true key (the coordinator's side), so it
 * answers what it cannot open in the room and a phone with another key learns so (roomGuard.ts).
 */
export function connect(docId: string, key: string, doc: Y.Doc, settings: ConnectionSettings, authoritative = false): Promise<Connection | null> {
  const existing = connections.get(docId)
  if (existing) {
    if (!existing.provider.connected) existing.provider.connect()
    guard?.guardRoom(docId, existing.provider, authoritative)
    return Promise.resolve(existing)
  }
  const waiting = starting.get(docId)
  if (waiting) return waiting
  library ??= Promise.all([import('y-webrtc'), import('./roomGuard')])
  const started: Promise<Connection | null> = library.then(([{ WebrtcProvider }, roomGuard]) => {
    guard = roomGuard
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
    // What others send into the room is checked before y-webrtc reads it (roomGuard.ts).
    roomGuard.guardRoom(docId, provider, authoritative)
    syncTrace(`enter ${docId}${authoritative ? ' (true key)' : ''}`)
    provider.on('peers', ({ added, removed }) => syncTrace(() => [`peers ${docId}: +[${added.join(' ')}] -[${removed.join(' ')}], now [${[...(provider.room?.webrtcConns.keys() ?? [])].join(' ')}]`]))
    const connection = { provider, docId }
    connections.set(docId, connection)
    return connection
  })
  starting.set(docId, started)
  return started
}

/** Stops syncing a document on this page (it stays in IndexedDB) and leaves its room. */
export function disconnect(docId: string): void {
  starting.delete(docId)
  const connection = connections.get(docId)
  if (!connection) return
  connections.delete(docId)
  syncTrace(`leave ${docId}`)
  const { provider } = connection
  const signaling: SignalingLink[] = [...provider.signalingConns]
  // `disconnect` first: `destroy` alone keeps the signaling connection open for this provider.
  provider.disconnect()
  provider.destroy()
  // y-webrtc joins a room again whenever one of its peer connections closes (WebrtcConn's
  // 'close' → announceSignalingInfo), and leaving closes them a microtask later: without this,
  // a removed helper's phone (or the coordinator's device done with a revoked document) would
  // stay subscribed to the room on the signaling server. Leave again once they have closed.
  setTimeout(() => {
    for (const conn of signaling) if (conn.connected) conn.send({ type: 'unsubscribe', topics: [docId] })
  }, 0)
  guard?.unguardRoom(docId)
}

/** What this module uses of y-webrtc's signaling connection (typed `any` by y-webrtc). */
interface SignalingLink {
  connected: boolean
  send(message: { type: 'unsubscribe'; topics: string[] }): void
}

/**
 * Leaves a document's room and enters it again with another key (sync/keyRotation.ts). y-webrtc
 * removes the old room once its key promise settles, before the new provider opens its room.
 */
export async function reconnect(docId: string, key: string, doc: Y.Doc, settings: ConnectionSettings, authoritative = false): Promise<Connection | null> {
  disconnect(docId)
  // After disconnect's delayed 'unsubscribe' for this room, or it would unsubscribe the new provider.
  await new Promise((resolve) => setTimeout(resolve, 0))
  return connect(docId, key, doc, settings, authoritative)
}

export function connectionOf(docId: string): Connection | undefined {
  return connections.get(docId)
}

/**
 * How many other devices this page is talking to about a document right now: peer connections
 * that are open (y-webrtc also keeps ones still being set up, or answering an announcement from
 * a device that has since left), and tabs.
 */
export function peerCount(docId: string): number {
  const room = connections.get(docId)?.provider.room
  if (!room) return 0
  let open = 0
  room.webrtcConns.forEach((conn) => { if (conn.connected) open += 1 })
  return open + room.bcConns.size
}
