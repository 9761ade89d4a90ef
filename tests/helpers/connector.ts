import { expect } from 'vitest'
import * as Y from 'yjs'

/**
 * A seeded in-memory network for convergence tests, after Yjs's own TestConnector: each Yjs
 * update becomes a message to every other connected replica of its room; messages are
 * delivered one at a time in a random order, some twice; a disconnected replica loses what
 * was sent while it was away and catches up by state vectors when it reconnects, as y-webrtc
 * does. The same seed gives the same run.
 */
interface Message {
  room: string
  to: string
  update: Uint8Array
  duplicated: boolean
}

interface Replica {
  doc: Y.Doc
  connected: boolean
}

export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export class Connector {
  readonly random: () => number
  private readonly rooms = new Map<string, Map<string, Replica>>()
  private readonly queue: Message[] = []
  /** Chance that a delivered message is delivered once more, later. */
  duplicateRate = 0.2

  constructor(seed: number) {
    this.random = seededRandom(seed)
  }

  /** Adds `doc` as `peer`'s replica of `room`; it starts connected and in sync with the room. */
  join(room: string, peer: string, doc: Y.Doc): void {
    const replicas = this.rooms.get(room) ?? new Map<string, Replica>()
    this.rooms.set(room, replicas)
    replicas.set(peer, { doc, connected: true })
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === this || !replicas.get(peer)?.connected) return
      for (const [other, replica] of replicas) {
        if (other !== peer && replica.connected) this.queue.push({ room, to: other, update, duplicated: false })
      }
    })
    this.syncPeer(room, peer)
  }

  get pending(): number {
    return this.queue.length
  }

  /** Delivers one message chosen at random; false when none is waiting. */
  flushRandom(): boolean {
    if (this.queue.length === 0) return false
    const index = Math.floor(this.random() * this.queue.length)
    const message = this.queue[index]
    if (!message.duplicated && this.random() < this.duplicateRate) message.duplicated = true
    else this.queue.splice(index, 1)
    const replica = this.rooms.get(message.room)?.get(message.to)
    if (replica?.connected) Y.applyUpdate(replica.doc, message.update, this)
    return true
  }

  flushAll(): void {
    while (this.flushRandom()) { /* deliver everything, in a random order */ }
  }

  /** Every peer of `peer`'s devices stops hearing and being heard; messages on the way to it are lost. */
  disconnect(peer: string): void {
    for (const replicas of this.rooms.values()) {
      const replica = replicas.get(peer)
      if (replica) replica.connected = false
    }
    for (let i = this.queue.length - 1; i >= 0; i--) if (this.queue[i].to === peer) this.queue.splice(i, 1)
  }

  reconnect(peer: string): void {
    for (const [room, replicas] of this.rooms) {
      const replica = replicas.get(peer)
      if (!replica || replica.connected) continue
      replica.connected = true
      this.syncPeer(room, peer)
    }
  }

  isConnected(peer: string): boolean {
    return [...this.rooms.values()].some((replicas) => replicas.get(peer)?.connected)
  }

  /** Reconnects everyone, then brings every replica of every room up to date. */
  syncAll(): void {
    for (const replicas of this.rooms.values()) for (const replica of replicas.values()) replica.connected = true
    for (const room of this.rooms.keys()) for (const peer of this.rooms.get(room)!.keys()) this.syncPeer(room, peer)
    this.queue.length = 0
  }

  /** The sync step y-webrtc runs on connecting: each side sends what the other's state vector lacks. */
  private syncPeer(room: string, peer: string): void {
    const replicas = this.rooms.get(room)!
    const self = replicas.get(peer)!
    for (const [other, replica] of replicas) {
      if (other === peer || !replica.connected) continue
      Y.applyUpdate(replica.doc, Y.encodeStateAsUpdate(self.doc, Y.encodeStateVector(replica.doc)), this)
      Y.applyUpdate(self.doc, Y.encodeStateAsUpdate(replica.doc, Y.encodeStateVector(self.doc)), this)
    }
  }
}

/** Every replica holds the same content and has seen the same updates. */
export function expectConverged(docs: readonly Y.Doc[]): void {
  const names = [...new Set(docs.flatMap((doc) => [...doc.share.keys()]))].sort()
  const contentOf = (doc: Y.Doc) => Object.fromEntries(names.map((name) => [name, doc.getMap(name).toJSON()]))
  const first = contentOf(docs[0])
  for (const doc of docs.slice(1)) {
    expect(contentOf(doc)).toEqual(first)
    expect(Y.encodeStateVector(doc)).toEqual(Y.encodeStateVector(docs[0]))
  }
}
