import WebSocket from 'ws'

/**
 * Who is in a y-webrtc room, asked of the real signaling server (the one the harness started).
 * The server forwards a `publish` to every subscriber of its topic (the room's name, a
 * document id) and stamps it with `clients`, how many are subscribed. So this watcher
 * subscribes to the room itself and publishes a message with no data, which y-webrtc peers of
 * a room with a password ignore (they read only encrypted string data): the echo's `clients`,
 * less the watcher, is how many devices are in the room. A device that left it unsubscribed or
 * closed its connection to the server.
 */
export interface RoomWatcher {
  members(): Promise<number>
  close(): void
}

export async function watchRoom(room: string, url = process.env.KITH_SIGNALING_URL!): Promise<RoomWatcher> {
  const socket = new WebSocket(url)
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve())
    socket.once('error', reject)
  })
  socket.send(JSON.stringify({ type: 'subscribe', topics: [room] }))
  let waiting: ((clients: number) => void) | null = null
  socket.on('message', (data) => {
    const message = JSON.parse(String(data)) as { type?: string; topic?: string; clients?: number; data?: unknown }
    if (message.type === 'publish' && message.topic === room && message.data === undefined && typeof message.clients === 'number') waiting?.(message.clients)
  })
  return {
    members: () => new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the signaling server did not answer')), 5_000)
      waiting = (clients) => {
        clearTimeout(timer)
        waiting = null
        resolve(clients - 1)
      }
      socket.send(JSON.stringify({ type: 'publish', topic: room }))
    }),
    close: () => socket.close(),
  }
}
