/**
 * The page the sync bench loads in headless Chromium (bundled by bench/sync/harness.ts with
 * Vite). It syncs Yjs documents with the app's own provider registry (src/sync/webrtc.ts:
 * room = document id, password = key, no ICE servers) and exposes hooks on `window.kithBench`.
 * Times are epoch milliseconds from `performance.timeOrigin + performance.now()`: every context
 * of one browser reads the same machine clock.
 */
import * as Y from 'yjs'
import { connect, connectionOf } from '../../src/sync/webrtc'

export interface RoomSpec {
  room: string
  key: string
}

export interface RoomStatus {
  room: string
  signalingConnected: boolean
  webrtcPeers: number
  connectedPeers: number
  syncedPeers: number
  bcPeers: number
  /** When this document first held everything in the expected state vector (epoch ms). */
  coveredAt: number | null
}

export interface BenchHooks {
  /** Creates a document per room, applies `update` (base64) if given, and starts its provider. Returns when it started (epoch ms). */
  open(rooms: RoomSpec[], signaling: string[], update: string | null, expected: string | null): number
  status(): RoomStatus[]
  /** Writer: `count` changes, each waiting for the reader's echo; returns round-trip times (ms). */
  writeChanges(room: string, prefix: string, count: number, gapMs: number, echoTimeoutMs: number): Promise<number[]>
  /** Reader: echoes every change back and records one-way times (ms) by the writer's timestamp. */
  echo(room: string): void
  oneWay(): number[]
}

declare global {
  interface Window {
    kithBench: BenchHooks
  }
}

const epoch = () => performance.timeOrigin + performance.now()
const docs = new Map<string, Y.Doc>()
const coveredAt = new Map<string, number>()
const oneWay: number[] = []

function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0))
}

function covers(doc: Y.Doc, expected: Map<number, number>): boolean {
  const have = Y.decodeStateVector(Y.encodeStateVector(doc))
  for (const [client, clock] of expected) if ((have.get(client) ?? 0) < clock) return false
  return true
}

const hooks: BenchHooks = {
  open(rooms, signaling, update, expected) {
    const started = epoch()
    const bytes = update ? fromBase64(update) : null
    const target = expected ? Y.decodeStateVector(fromBase64(expected)) : null
    for (const { room, key } of rooms) {
      const doc = new Y.Doc()
      if (bytes) Y.applyUpdate(doc, bytes)
      docs.set(room, doc)
      if (target) {
        const check = () => {
          if (coveredAt.has(room) || !covers(doc, target)) return
          coveredAt.set(room, epoch())
          doc.off('update', check)
        }
        doc.on('update', check)
        check()
      }
      connect(room, key, doc, { live: true, signaling, signalingSource: 'config', iceServers: [], iceSource: 'config', relayOnly: false })
    }
    return started
  },
  status() {
    return [...docs.keys()].map((room) => {
      const provider = connectionOf(room)?.provider
      const conns = provider?.room ? [...provider.room.webrtcConns.values()] : []
      return {
        room,
        signalingConnected: provider?.signalingConns.some((c) => c.connected) ?? false,
        webrtcPeers: conns.length,
        connectedPeers: conns.filter((c) => c.connected).length,
        syncedPeers: conns.filter((c) => c.connected && c.synced).length,
        bcPeers: provider?.room?.bcConns.size ?? 0,
        coveredAt: coveredAt.get(room) ?? null,
      }
    })
  },
  async writeChanges(room, prefix, count, gapMs, echoTimeoutMs) {
    const doc = docs.get(room)
    if (!doc) throw new Error(`no document for room ${room}`)
    const changes = doc.getMap<number>('changes')
    const echoes = doc.getMap<number>('echoes')
    const roundTrips: number[] = []
    for (let i = 0; i < count; i++) {
      const key = `${prefix}${i}`
      const sent = epoch()
      const arrived = new Promise<number>((resolve, reject) => {
        const timer = setTimeout(() => {
          echoes.unobserve(observer)
          reject(new Error(`change ${i}: no echo within ${echoTimeoutMs} ms`))
        }, echoTimeoutMs)
        const observer = (event: Y.YMapEvent<number>) => {
          if (!event.keysChanged.has(key)) return
          clearTimeout(timer)
          echoes.unobserve(observer)
          resolve(epoch())
        }
        echoes.observe(observer)
      })
      changes.set(key, sent)
      roundTrips.push((await arrived) - sent)
      await new Promise((r) => setTimeout(r, gapMs))
    }
    return roundTrips
  },
  echo(room) {
    const doc = docs.get(room)
    if (!doc) throw new Error(`no document for room ${room}`)
    const changes = doc.getMap<number>('changes')
    const echoes = doc.getMap<number>('echoes')
    changes.observe((event) => {
      if (event.transaction.local) return
      const now = epoch()
      for (const key of event.keysChanged) {
        const sent = changes.get(key)
        if (sent === undefined) continue
        oneWay.push(now - sent)
        echoes.set(key, now)
      }
    })
  },
  oneWay() {
    return [...oneWay]
  },
}

window.kithBench = hooks
