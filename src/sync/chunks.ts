import { concatBytes, readUint32, uint32 } from './bytes'

/**
 * y-webrtc sends a whole document as one data-channel message, and Chromium refuses messages
 * over 256 KiB: a coordinator device that fell behind a long-running circle's map would never
 * catch up. So every Kith peer connection sends a large message in chunks and puts it back
 * together on the other side.
 *
 * A message up to CHUNK_BYTES goes as it is, so a peer running an older Kith reads it. A longer
 * one goes as chunks, each: CHUNK_MARK (1 byte) · message id (4) · total length (4) · bytes.
 * y-webrtc's own messages start with a message type of 0–3, never CHUNK_MARK, and an older peer
 * that receives a chunk ignores it as a message it can't read (it could not have taken the whole
 * message either). Chunks of one message arrive in order on a reliable, ordered channel.
 */
export const CHUNK_BYTES = 64 * 1024
const CHUNK_MARK = 0xf7
const HEADER_BYTES = 9
/** More than any circle's map: a longer announced message is not reassembled. */
const MAX_MESSAGE_BYTES = 64 * 1024 * 1024

export function splitMessage(message: Uint8Array, id: number): Uint8Array[] {
  if (message.byteLength <= CHUNK_BYTES) return [message]
  const chunks: Uint8Array[] = []
  for (let offset = 0; offset < message.byteLength; offset += CHUNK_BYTES - HEADER_BYTES) {
    const part = message.subarray(offset, offset + CHUNK_BYTES - HEADER_BYTES)
    chunks.push(concatBytes(Uint8Array.of(CHUNK_MARK), uint32(id), uint32(message.byteLength), part))
  }
  return chunks
}

/** Takes what arrives on one channel; returns each whole message once it is complete. */
export function createReassembler(): (data: Uint8Array) => Uint8Array | null {
  let current: { id: number; total: number; parts: Uint8Array[]; received: number } | null = null
  return (data) => {
    if (data.byteLength < HEADER_BYTES || data[0] !== CHUNK_MARK) return data
    const id = readUint32(data, 1)
    const total = readUint32(data, 5)
    if (total > MAX_MESSAGE_BYTES) return null
    // A chunk of a new message starts it over: what was left of another was cut off with its sender.
    if (!current || current.id !== id || current.total !== total) current = { id, total, parts: [], received: 0 }
    const part = data.subarray(HEADER_BYTES)
    current.parts.push(part)
    current.received += part.byteLength
    if (current.received < total) return null
    const whole = concatBytes(...current.parts)
    current = null
    return whole.byteLength === total ? whole : null
  }
}

/**
 * The RTCPeerConnection simple-peer (inside y-webrtc) makes, with every data channel chunking:
 * passed to it as `wrtc`. Only the channel's `send` and `onmessage` change.
 */
export function chunkingWebRtc(): { RTCPeerConnection: typeof RTCPeerConnection; RTCSessionDescription: typeof RTCSessionDescription; RTCIceCandidate: typeof RTCIceCandidate } {
  class ChunkingPeerConnection extends RTCPeerConnection {
    override createDataChannel(label: string, options?: RTCDataChannelInit): RTCDataChannel {
      return chunking(super.createDataChannel(label, options))
    }

    override set ondatachannel(handler: ((event: RTCDataChannelEvent) => void) | null) {
      super.ondatachannel = handler && ((event: RTCDataChannelEvent) => handler({ channel: chunking(event.channel) } as RTCDataChannelEvent))
    }

    override get ondatachannel() {
      return super.ondatachannel
    }
  }
  return { RTCPeerConnection: ChunkingPeerConnection, RTCSessionDescription, RTCIceCandidate }
}

let nextMessageId = 1

function chunking(channel: RTCDataChannel): RTCDataChannel {
  const send = channel.send.bind(channel)
  channel.send = ((data: string | Blob | ArrayBuffer | ArrayBufferView) => {
    if (!(data instanceof Uint8Array)) return send(data as never)
    for (const chunk of splitMessage(data, nextMessageId++ >>> 0)) send(chunk as Uint8Array<ArrayBuffer>)
  }) as RTCDataChannel['send']
  const reassemble = createReassembler()
  let handler: ((event: MessageEvent) => void) | null = null
  Object.defineProperty(channel, 'onmessage', {
    configurable: true,
    get: () => handler,
    set(next: ((event: MessageEvent) => void) | null) {
      handler = next
    },
  })
  channel.addEventListener('message', (event: MessageEvent) => {
    if (!handler) return
    if (!(event.data instanceof ArrayBuffer)) return handler(event)
    const whole = reassemble(new Uint8Array(event.data))
    if (whole) handler(new MessageEvent('message', { data: whole.buffer.slice(whole.byteOffset, whole.byteOffset + whole.byteLength) }))
  })
  return channel
}
