import WebSocket, { WebSocketServer } from 'ws'
import { decryptSignaling, deriveRoomKey, encryptSignaling } from '../../src/sync/roomGuard'
import { freePort } from './global-setup'

/**
 * Connection glare on purpose. Devices reach the harness's real signaling server through this
 * relay, which passes everything on unchanged but one thing: just before a device receives a
 * WebRTC offer in the watched room, it hands that device an announcement of the offering device,
 * sealed with the room's key as that device would seal it. So the device hears "X is here" a
 * moment before X's offer, as when two devices announce at the same moment: y-webrtc starts a
 * connection of its own to X, and X's offer lands on it while its own offer is being made. Any
 * signaling server could deliver messages in this order; here it happens every time instead of
 * once in a dozen runs.
 */
export interface GlareRelay {
  url: string
  /** Starts slipping announcements in before the offers of `room` (opened with `key`). */
  watch(room: string, key: string): Promise<void>
  /** How many announcements the relay slipped in before an offer. */
  injected(): number
  close(): Promise<void>
}

type Sealed = { type?: string; from?: unknown; signal?: { type?: string } }

export async function glareRelay(upstream = process.env.KITH_SIGNALING_URL!): Promise<GlareRelay> {
  let watched: { room: string; key: CryptoKey } | null = null
  const port = await freePort()
  const relay = new WebSocketServer({ host: '127.0.0.1', port })
  let injected = 0

  /** What a message of the watched room holds, opened with its key; null for anything else. */
  async function sealedIn(text: string): Promise<Sealed | null> {
    const message = JSON.parse(text) as { type?: string; topic?: string; data?: unknown }
    if (!watched || message.type !== 'publish' || message.topic !== watched.room || typeof message.data !== 'string') return null
    try {
      return await decryptSignaling(message.data, watched.key) as Sealed
    } catch {
      return null // another key (after a key move): passed on as it is
    }
  }

  relay.on('connection', (device) => {
    const server = new WebSocket(upstream)
    const early: string[] = []
    // The device's own peer ids, from what it publishes: the server echoes its own offers back to it.
    const own = new Set<string>()
    let ownKnown = Promise.resolve()
    device.on('message', (raw) => {
      const text = String(raw)
      ownKnown = ownKnown.then(() => sealedIn(text)).then((data) => { if (typeof data?.from === 'string') own.add(data.from) })
      if (server.readyState === WebSocket.OPEN) server.send(text)
      else early.push(text)
    })
    server.on('open', () => early.splice(0).forEach((text) => server.send(text)))
    // In order: each message from the server waits for the one before it to be looked at.
    let inOrder = Promise.resolve()
    server.on('message', (raw) => {
      const text = String(raw)
      inOrder = inOrder.then(async () => {
        const data = await sealedIn(text)
        await ownKnown
        const offerer = data?.type === 'signal' && data.signal?.type === 'offer' && typeof data.from === 'string' && !own.has(data.from) ? data.from : null
        if (offerer !== null && watched && device.readyState === WebSocket.OPEN) {
          injected += 1
          device.send(JSON.stringify({ type: 'publish', topic: watched.room, data: await encryptSignaling({ type: 'announce', from: offerer }, watched.key) }))
        }
        if (device.readyState === WebSocket.OPEN) device.send(text)
      })
    })
    device.on('close', () => server.close())
    server.on('close', () => device.close())
    server.on('error', () => device.close())
  })

  return {
    url: `ws://127.0.0.1:${port}`,
    watch: async (room, key) => {
      watched = { room, key: await deriveRoomKey(key, room) }
    },
    injected: () => injected,
    close: () => new Promise((resolve) => {
      relay.clients.forEach((device) => device.terminate())
      relay.close(() => resolve())
    }),
  }
}
