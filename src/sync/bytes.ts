import { base64url } from '../store/ids'

/**
 * Bytes for links: strict base64url and deflate. Decoding is strict on purpose: a link whose
 * characters were changed must never decode to the same bytes by accident, and inflating stops
 * at a size no Kith document reaches, whatever the input claims.
 */
export const encodeBase64url = base64url

/** base64url without padding, canonical only; null for anything else. */
export function decodeBase64url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null
  let binary: string
  try {
    binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'))
  } catch {
    return null
  }
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0))
  // Unused low bits of the last character must be zero, so one text means one byte string.
  return encodeBase64url(bytes) === text ? bytes : null
}

export function concatBytes(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.byteLength, 0))
  let offset = 0
  for (const part of parts) {
    out.set(part, offset)
    offset += part.byteLength
  }
  return out
}

/** A 32-bit unsigned integer, big-endian: the lengths and counts in link and backup headers. */
export function uint32(value: number): Uint8Array {
  const bytes = new Uint8Array(4)
  new DataView(bytes.buffer).setUint32(0, value)
  return bytes
}

export function readUint32(bytes: Uint8Array, offset: number): number {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(offset)
}

export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.byteLength === b.byteLength && a.every((byte, i) => byte === b[i])
}

/** Larger than any Kith document can be (a y-webrtc message is capped at 256 KiB). */
export const MAX_INFLATED_BYTES = 8 * 1024 * 1024
const FALLBACK_CHUNK = 1024

export class TooLargeError extends Error {}

async function throughStream(bytes: Uint8Array, stream: CompressionStream | DecompressionStream, limit: number): Promise<Uint8Array> {
  const writer = stream.writable.getWriter()
  void writer.write(bytes as BufferSource).then(() => writer.close()).catch(() => undefined)
  const reader = stream.readable.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > limit) {
      await reader.cancel().catch(() => undefined)
      throw new TooLargeError()
    }
    chunks.push(value)
  }
  return concatBytes(...chunks)
}

function nativeStreams(): boolean {
  try {
    return typeof CompressionStream === 'function' && typeof DecompressionStream === 'function' && Boolean(new CompressionStream('deflate-raw'))
  } catch {
    return false
  }
}

/** Raw deflate: the browser's CompressionStream, else fflate (loaded only where it is missing). */
export async function deflate(bytes: Uint8Array, useNative = nativeStreams()): Promise<Uint8Array> {
  if (useNative) return throughStream(bytes, new CompressionStream('deflate-raw'), Number.MAX_SAFE_INTEGER)
  const { deflateSync } = await import('fflate')
  return deflateSync(bytes, { level: 9 })
}

/** Raw inflate with a ceiling; throws on bad data or when the output would pass `limit`. */
export async function inflate(bytes: Uint8Array, limit = MAX_INFLATED_BYTES, useNative = nativeStreams()): Promise<Uint8Array> {
  if (useNative) return throughStream(bytes, new DecompressionStream('deflate-raw'), limit)
  const { Inflate } = await import('fflate')
  const chunks: Uint8Array[] = []
  let total = 0
  let finished = false
  const inflater = new Inflate((chunk, final) => {
    total += chunk.byteLength
    if (total > limit) throw new TooLargeError()
    chunks.push(chunk)
    finished = final
  })
  // Small pieces bound what one push can produce, so a bomb stops near the ceiling.
  for (let offset = 0; offset < bytes.byteLength; offset += FALLBACK_CHUNK) {
    inflater.push(bytes.subarray(offset, offset + FALLBACK_CHUNK), offset + FALLBACK_CHUNK >= bytes.byteLength)
  }
  if (bytes.byteLength === 0) inflater.push(bytes, true)
  if (!finished) throw new Error('incomplete deflate data')
  return concatBytes(...chunks)
}
