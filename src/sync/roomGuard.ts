import * as bc from 'lib0/broadcastchannel'
import { fromBase64, toBase64 } from 'lib0/buffer'
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import type { WebrtcProvider } from 'y-webrtc'
import { countGarbage, countOpened, countOpenedWithOther, countRefused, forgetKeyCheck, keyProven, otherKeysOf } from './keyCheck'
import { answerAnnouncement } from './initiator'
import { createAnnouncer, giveUpUnlessOpen, giveUpWhenSilent, type Announcer, type PeerConnectionLike } from './roomLiveness'
import { syncTrace } from './syncTrace'

/**
 * What arrives in a room from outside is untrusted: anyone who knows a room's id (a signaling
 * server, a former helper) can publish into it, and a peer can send anything over its data
 * channel. y-webrtc catches none of it — a message that does not decrypt, a signal of the wrong
 * shape, bytes that are not a Yjs message — so each would be an uncaught error on every page in
 * the room. This guard sits in front of y-webrtc's three doors:
 * - signaling: each published message for one of our rooms is decrypted and checked here first;
 *   only a well-formed announce or signal reaches y-webrtc, and an announcement only when this
 *   device is the one to start the connection (initiator.ts);
 * - data channels: each message from a peer is checked for a Yjs message type and read inside a
 *   catch;
 * - BroadcastChannel (other pages of this origin): the provider's subscriber inside a catch.
 * What opened and what was refused is counted per document (keyCheck.ts), so a device whose key
 * opens nothing can say "this link's key does not match" within seconds.
 *
 * It reaches into y-webrtc 10.3's internals (a signaling connection's `_observers`, a room's
 * `webrtcConns` and `_bcSubscriber`) and simple-peer-light's listener map (`_map`, vite.config.ts
 * aliases it for simple-peer): both are pinned in package-lock.json, and hostile.spec.ts fails if
 * either changes shape.
 */

type Json = Record<string, unknown>
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value)

/** A WebRTC signal y-webrtc and simple-peer can take without throwing. */
export function isSignal(signal: unknown): boolean {
  if (!isObject(signal)) return false
  if (signal.type === 'offer' || signal.type === 'answer') return typeof signal.sdp === 'string'
  if (isObject(signal.candidate)) {
    const c = signal.candidate
    return typeof c.candidate === 'string' && (typeof c.sdpMid === 'string' || typeof c.sdpMLineIndex === 'number')
  }
  if (signal.renegotiate === true) return true
  return isObject(signal.transceiver) && typeof signal.transceiver.kind === 'string'
}

/** A decrypted signaling message y-webrtc can act on without throwing. */
export function isSignalingMessage(data: unknown, knownPeer: (id: string) => boolean): boolean {
  if (!isObject(data) || typeof data.from !== 'string') return false
  if (data.to !== undefined && typeof data.to !== 'string') return false
  if (data.type === 'announce') return true
  if (data.type !== 'signal' || !isSignal(data.signal)) return false
  // y-webrtc assumes an answer comes from a peer it made an offer to.
  return (data.signal as Json).type !== 'answer' || knownPeer(data.from)
}

/** y-webrtc's message types on a data channel (sync, awareness, query awareness, BroadcastChannel peer id). */
const PEER_MESSAGE_TYPES = new Set([0, 1, 3, 4])

/** Whether bytes from a peer start like a message y-webrtc reads (its type is one varint byte). */
export function looksLikePeerMessage(data: unknown): boolean {
  return data instanceof Uint8Array && data.byteLength >= 1 && PEER_MESSAGE_TYPES.has(data[0])
}

/**
 * Opens a signaling message the way y-webrtc's crypto.js does (lib0: the algorithm's name, the
 * IV, the cipher text; inside, a lib0 `any`), but rejects on every fault instead of throwing
 * synchronously or carrying on with an unknown algorithm.
 */
export async function decryptSignaling(data: string, key: CryptoKey): Promise<unknown> {
  const decoder = decoding.createDecoder(fromBase64(data))
  if (decoding.readVarString(decoder) !== 'AES-GCM') throw new Error('unknown algorithm')
  const iv = decoding.readVarUint8Array(decoder)
  const cipher = decoding.readVarUint8Array(decoder)
  const plain = new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, key, cipher))
  return decoding.readAny(decoding.createDecoder(plain))
}

/** The same envelope, sealed: an announcement of this device in its room. */
export async function encryptSignaling(data: unknown, key: CryptoKey): Promise<string> {
  const inner = encoding.createEncoder()
  encoding.writeAny(inner, data as never)
  const iv = crypto.getRandomValues(new Uint8Array(12))
  const cipher = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, encoding.toUint8Array(inner)))
  const envelope = encoding.createEncoder()
  encoding.writeVarString(envelope, 'AES-GCM')
  encoding.writeVarUint8Array(envelope, iv)
  encoding.writeVarUint8Array(envelope, cipher)
  return toBase64(encoding.toUint8Array(envelope))
}

/** A room's signaling key from a document key, as y-webrtc's crypto.js derives it (PBKDF2, the room name as salt). */
export async function deriveRoomKey(secret: string, roomName: string): Promise<CryptoKey> {
  const encoder = new TextEncoder()
  const material = await crypto.subtle.importKey('raw', encoder.encode(secret), 'PBKDF2', false, ['deriveKey'])
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', salt: encoder.encode(roomName), iterations: 100_000, hash: 'SHA-256' },
    material, { name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt'],
  )
}

/** Derived once per room and key (100,000 rounds of PBKDF2: tens of milliseconds on a phone). */
const derived = new Map<string, Promise<CryptoKey>>()

/**
 * Which of `keys` opens a sealed signaling message of `roomName` (as a well-formed signaling
 * message), or null: the other key a device holds during a key move tells where the other side is.
 */
export async function openWithOtherKey(roomName: string, data: unknown, keys: readonly string[]): Promise<string | null> {
  if (typeof data !== 'string') return null
  for (const key of keys) {
    const id = `${roomName} ${key}`
    if (!derived.has(id)) derived.set(id, deriveRoomKey(key, roomName))
    try {
      const opened = await decryptSignaling(data, await derived.get(id)!)
      if (isSignalingMessage(opened, () => true)) return key
    } catch {
      // not this one either
    }
  }
  return null
}

type Observer = (...args: unknown[]) => void
interface SignalingLike {
  _observers: Map<string, Set<Observer>>
  connected: boolean
  send(message: unknown): void
}
interface PeerLike {
  _map?: Map<string, Set<Observer>>
}
interface RoomLike {
  key: CryptoKey | null
  name: string
  peerId: string
  webrtcConns: Map<string, PeerConnectionLike & { peer: PeerLike }>
  bcConns: Set<string>
  provider: { maxConns: number }
  _bcSubscriber: (data: ArrayBuffer) => Promise<unknown>
  bcconnected: boolean
}
interface ProviderInternals {
  signalingConns: SignalingLike[]
  key: PromiseLike<CryptoKey | null>
  room: RoomLike | null
}

interface GuardedRoom {
  room: RoomLike | null
  /** Holds the document's true key (the coordinator's device): answers what it cannot open. */
  authoritative: boolean
  signalingConns: SignalingLike[]
  /** Announces this device in its room again when it must be found (roomLiveness.ts); null until the room opens. */
  announcer: Announcer | null
}
const guarded = new Map<string, GuardedRoom>()
const guardedSignaling = new WeakSet<object>()

/** Puts the check in front of a signaling connection's message handler (once per connection: rooms share them). */
function guardSignaling(conn: SignalingLike) {
  if (guardedSignaling.has(conn)) return
  guardedSignaling.add(conn)
  const handlers = conn._observers.get('message')
  if (!handlers) return
  for (const handler of [...handlers]) {
    handlers.delete(handler)
    handlers.add((message: unknown, ...rest: unknown[]) => {
      void checkPublished(message).then((pass) => {
        if (pass) handler(message, ...rest)
      })
    })
  }
}

/** Whether a message from the signaling server may reach y-webrtc; counts what it refuses. */
async function checkPublished(message: unknown): Promise<boolean> {
  if (!isObject(message) || message.type !== 'publish') return true
  const docId = typeof message.topic === 'string' ? message.topic : null
  const entry = docId ? guarded.get(docId) : undefined
  if (!docId || !entry) return true // not one of ours: y-webrtc ignores it
  const room = entry.room
  if (!room?.key) return false // y-webrtc has no room for it yet either
  let data: unknown
  try {
    if (typeof message.data !== 'string') throw new Error('not sealed')
    data = await decryptSignaling(message.data, room.key)
  } catch {
    // During a key move: the other side may be in the room with the other key this device holds.
    const other = await openWithOtherKey(room.name, message.data, otherKeysOf(docId))
    if (other !== null) {
      syncTrace(`heard the other key in ${docId}`)
      countOpenedWithOther(docId, other, Date.now())
      return false
    }
    syncTrace(`refused in ${docId}`)
    countRefused(docId, Date.now())
    answerStranger(docId, entry)
    return false
  }
  if (isObject(data) && data.from === room.peerId) return true // our own, echoed by the server
  if (!isSignalingMessage(data, (id) => room.webrtcConns.has(id))) {
    countGarbage(docId)
    return false
  }
  countOpened(docId)
  const { type, from, to } = data as { type: string; from: string; to?: string }
  if (type !== 'announce' || (to !== undefined && to !== room.peerId)) return true
  // Only one side of a pair starts the connection (initiator.ts).
  const connected = room.webrtcConns.has(from) || room.bcConns.has(from)
  const answer = answerAnnouncement(room.peerId, from, { connected, full: room.webrtcConns.size >= room.provider.maxConns })
  if (answer === 'invite') {
    syncTrace(`inviting ${from} in ${docId}`)
    announce(entry, from)
  }
  return answer === 'connect'
}

/**
 * Announces this device again in its room, the way y-webrtc does. Peers already connected
 * ignore it; a device with another key receives something it cannot open, and so learns within
 * seconds that its key does not match, even when everyone else has long been connected. Only a
 * device whose key is the true one (the coordinator's) or proven (something opened with it)
 * speaks up: two devices with different keys would otherwise answer each other forever.
 */
function answerStranger(docId: string, entry: GuardedRoom) {
  if (!entry.authoritative && !keyProven(docId)) return
  syncTrace(`answering in ${docId}`)
  entry.announcer?.answer()
}

/**
 * Announces this device in its room, the way y-webrtc does, on every signaling connection that is
 * up; `to` one device only (y-webrtc's own check ignores it elsewhere).
 */
function announce(entry: GuardedRoom, to?: string) {
  const room = entry.room
  if (!room?.key) return
  void encryptSignaling({ type: 'announce', from: room.peerId, ...(to === undefined ? {} : { to }) }, room.key).then((data) => {
    for (const conn of entry.signalingConns) if (conn.connected) conn.send({ type: 'publish', topic: room.name, data })
  }, () => undefined)
}

/**
 * Reads each message of a peer after a check and inside a catch: what y-webrtc cannot read is
 * counted and dropped. `heard` is told of each message that looks like y-webrtc's.
 */
function guardPeer(docId: string, peer: PeerLike, heard: () => void = () => undefined) {
  const listeners = peer._map?.get('data')
  if (!listeners) return
  for (const listener of [...listeners]) {
    listeners.delete(listener)
    listeners.add((data: unknown) => {
      if (!looksLikePeerMessage(data)) return countGarbage(docId)
      heard()
      try {
        listener(data)
      } catch {
        countGarbage(docId)
      }
    })
  }
}

/**
 * Guards a provider's room once its key is derived (y-webrtc opens the room then), and keeps it
 * findable (roomLiveness.ts): the coordinator's side is found by the phones, which look for it.
 */
function guardOpenedRoom(docId: string, entry: GuardedRoom, room: RoomLike) {
  const conns = room.webrtcConns
  conns.forEach((conn) => guardPeer(docId, conn.peer))
  const set = conns.set.bind(conns)
  // y-webrtc adds a connection right after making it (map.setIfUndefined): guard it on the way in.
  conns.set = (id, conn) => {
    let heardAt: number | null = null
    guardPeer(docId, conn.peer, () => { heardAt = Date.now() })
    giveUpUnlessOpen(docId, conns, id, conn)
    giveUpWhenSilent(docId, conns, id, conn, () => heardAt)
    return set(id, conn)
  }
  const alone = () => ![...conns.values()].some((conn) => conn.connected)
  entry.announcer = createAnnouncer(() => announce(entry), alone, !entry.authoritative)
  const subscriber = room._bcSubscriber
  const safe = (data: ArrayBuffer) => subscriber(data).catch(() => countGarbage(docId))
  room._bcSubscriber = safe
  if (room.bcconnected) {
    bc.unsubscribe(room.name, subscriber)
    bc.subscribe(room.name, safe)
  }
}

/**
 * Guards a provider's room: its signaling connections, its peers, its BroadcastChannel
 * subscriber. Call right after creating the provider, and again after `provider.connect()` (a
 * reconnect may open new signaling connections). `authoritative`: this device holds the
 * document's true key.
 */
export function guardRoom(docId: string, provider: WebrtcProvider, authoritative: boolean): void {
  const internals = provider as unknown as ProviderInternals
  internals.signalingConns.forEach(guardSignaling)
  const existing = guarded.get(docId)
  if (existing) {
    existing.signalingConns = internals.signalingConns
    return
  }
  const entry: GuardedRoom = { room: null, authoritative, signalingConns: internals.signalingConns, announcer: null }
  guarded.set(docId, entry)
  void internals.key.then(() => {
    if (guarded.get(docId) !== entry || !internals.room) return
    entry.room = internals.room
    guardOpenedRoom(docId, entry, internals.room)
  })
}

/** Stops guarding a document's room (its provider is being destroyed) and forgets its counts. */
export function unguardRoom(docId: string): void {
  guarded.get(docId)?.announcer?.stop()
  guarded.delete(docId)
  forgetKeyCheck(docId)
}
