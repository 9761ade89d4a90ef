import WebSocket, { WebSocketServer } from 'ws'
import { decryptSignaling, deriveRoomKey, encryptSignaling } from '../../src/sync/roomGuard'
import { freePort } from './global-setup'

/**
 * Connection glare on purpose. One phone reaches the harness's real signaling server through this
 * relay, which passes everything on unchanged but one thing: just before the phone receives a
 * WebRTC offer in `room`, it hands the phone an announcement of the offering device, sealed with
 * the room's key as that device would seal it. So the phone hears "X is here" a moment before X's
 * offer, as when two devices announce at the same moment: y-webrtc starts a connection of its own
 * to X, and X's offer lands on it while its own offer is being made. Any signaling server could
 * deliver messages in this order; here it happens every time instead of once in a dozen runs.
 */
export interface GlareRelay {
  url: string
  /** How many announcements the relay slipped in before an offer. */
  injected(): number
  close(): Promise<void>
}

export async function glareRelay(room: string, key: string, upstream = process.env.KITH_SIGNALING_URL!): Promise<GlareRelay> {
  const roomKey = await deriveRoomKey(key, room)
  const port = await freePort()
  const server = new WebSocketServer({ host: '127.0.0.1', port })
  let injected = 0
  server.on('connection', (client) => {
    const server = new WebSocket(upstream)
    const early: WebSocket.RawData[] = []
    // The phone's own peer ids, from what it publishes: the server echoes its own offers back to it.
    const own = new Set<string>()
    const reading: Promise<void>[] = []
    client.on('message', (raw) => {
      reading.push(sealedIn(String(raw)).then((data) => { if (typeof data?.from === 'string') own.add(data.from) }))
      if (server.readyState === WebSocket.OPEN) server.send(String(raw))
      else early.push(raw)
    })
    server.on('open', () => early.splice(0).forEach((raw) => server.send(String(raw))))
    // In order: each message from the server waits for the one before it to be looked at.
    let inOrder = Promise.resolve()
    server.on('message', (raw) => {
      inOrder = inOrder.then(async () => {
        const text = String(raw)
        const data = await sealedIn(text)
        await Promise.all(reading)
        const offerer = data?.type === 'signal' && data.signal?.type === 'offer' && typeof data.from === 'string' && !own.has(data.from) ? data.from : null
        if (offerer !== null && client.readyState === WebSocket.OPEN) {
          injected += 1
          const data = await encryptSignaling({ type: 'announce', from: offerer }, roomKey)
          client.send(JSON.stringify({ type: 'publish', topic: room, data }))
        }
        if (client.readyState === WebSocket.OPEN) client.send(text)
      })
    })
    client.on('close', () => server.close())
    server.on('close', () => client.close())
    server.on('error', () => client.close())
  })

  /** What a message of the room holds, opened with the room's key; null for anything else. */
  async function sealedIn(text: string): Promise<{ type?: string; from?: unknown; signal?: { type?: string } } | null> {
    const message = JSON.parse(text) as { type?: string; topic?: string; data?: unknown }
    if (message.type !== 'publish' || message.topic !== room || typeof message.data !== 'string') return null
    try {
      return await decryptSignaling(message.data, roomKey) as { type?: string; from?: unknown; signal?: { type?: string } }
    } catch {
      return null // another key (after a key move): passed on as it is
    }
  }

  return {
    url: `ws://127.0.0.1:${port}`,
    injected: () => injected,
    close: () => new Promise((resolve) => {
      server.clients.forEach((client) => client.terminate())
      server.close(() => resolve())
    }),
  }
}
