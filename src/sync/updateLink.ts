import * as Y from 'yjs'
import { concatBytes, decodeBase64url, deflate, encodeBase64url, equalBytes, inflate, readUint32, uint32 } from './bytes'
import { UPDATE_FORMAT_VERSION, UPDATE_ROUTE, type CarriedUpdate, type UpdateLinkResult } from './messages'

/**
 * The carried update format (version 1). The link is `…/#/u/<docId>/<payload>`, the payload
 * base64url of:
 *
 *   version (1 byte) · key check (4 bytes) · IV (12 bytes) · sealed length (4 bytes, big-endian) · sealed
 *
 * `sealed` is AES-GCM (256-bit key derived from the document's key with HKDF-SHA-256, the
 * document id as `info`) over deflate-raw(state vector length (4 bytes) · sender's state
 * vector · Yjs update (v1 encoding)), with the document id and the 21 header bytes as additional data, so
 * a payload moved to another document, or a header changed on the way, never opens.
 *
 * The header tells damage apart before decrypting: a newer version, a key check that does not
 * match this device's key (wrong key), fewer bytes than announced (truncated). Anything else
 * that fails — the seal, inflating, the Yjs bytes — is corrupt. Nothing readable is in a link,
 * and the fragment never reaches a server. Decoding never throws.
 */
const KEY_CHECK_BYTES = 4
const IV_BYTES = 12
const LENGTH_BYTES = 4
const HEADER_BYTES = 1 + KEY_CHECK_BYTES + IV_BYTES + LENGTH_BYTES
const TAG_BYTES = 16
const SALT = new TextEncoder().encode('kith carried update')

interface LinkKeys {
  seal: CryptoKey
  check: Uint8Array
}

const derived = new Map<string, Promise<LinkKeys>>()

async function deriveKeys(docId: string, documentKey: string): Promise<LinkKeys> {
  const raw = decodeBase64url(documentKey)
  if (!raw) throw new Error('not a document key')
  const base = await crypto.subtle.importKey('raw', raw as BufferSource, 'HKDF', false, ['deriveKey', 'deriveBits'])
  const info = (purpose: string) => new TextEncoder().encode(`${purpose}/${docId}`)
  const seal = await crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: SALT, info: info('seal') }, base, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt'],
  )
  const check = new Uint8Array(await crypto.subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt: SALT, info: info('check') }, base, KEY_CHECK_BYTES * 8))
  return { seal, check }
}

/** Derived once per document and key for the page: HKDF is cheap, but links are made often. */
function keysOf(docId: string, documentKey: string): Promise<LinkKeys> {
  const id = `${docId}/${documentKey}`
  let keys = derived.get(id)
  if (!keys) {
    keys = deriveKeys(docId, documentKey)
    derived.set(id, keys)
    keys.catch(() => derived.delete(id))
  }
  return keys
}

function additionalData(docId: string, header: Uint8Array): Uint8Array {
  return concatBytes(new TextEncoder().encode(docId), header)
}

/** Seals a carried update into a payload for `#/u/<docId>/<payload>` (or an invitation, or a file). */
export async function encodeUpdatePayload(docId: string, documentKey: string, carried: CarriedUpdate): Promise<string> {
  const keys = await keysOf(docId, documentKey)
  const plain = await deflate(concatBytes(uint32(carried.senderStateVector.byteLength), carried.senderStateVector, carried.update))
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES))
  const header = concatBytes(Uint8Array.of(UPDATE_FORMAT_VERSION), keys.check, iv, uint32(plain.byteLength + TAG_BYTES))
  const sealed = new Uint8Array(await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv: iv as BufferSource, additionalData: additionalData(docId, header) as BufferSource }, keys.seal, plain as BufferSource,
  ))
  return encodeBase64url(concatBytes(header, sealed))
}

/**
 * A link cut at any character is no longer whole base64url; its whole groups of four still
 * decode, and a header announcing more than is left means it was cut short, not garbled.
 */
function looksCutShort(payload: string): boolean {
  if (!/^[A-Za-z0-9_-]+$/.test(payload)) return false
  const head = decodeBase64url(payload.slice(0, payload.length - (payload.length % 4)))
  if (!head || head.byteLength === 0 || head[0] !== UPDATE_FORMAT_VERSION) return false
  return head.byteLength < HEADER_BYTES || head.byteLength - HEADER_BYTES < readUint32(head, 1 + KEY_CHECK_BYTES + IV_BYTES)
}

/** Opens a payload with this device's key for the document; `{ ok: false, reason }` on any damage. */
export async function decodeUpdatePayload(docId: string, documentKey: string, payload: string): Promise<UpdateLinkResult<CarriedUpdate>> {
  const bytes = decodeBase64url(payload)
  if (!bytes || bytes.byteLength === 0) return { ok: false, reason: looksCutShort(payload) ? 'truncated' : 'malformed' }
  const version = bytes[0]
  if (version > UPDATE_FORMAT_VERSION) return { ok: false, reason: 'too-new' }
  if (version !== UPDATE_FORMAT_VERSION) return { ok: false, reason: 'malformed' }
  if (bytes.byteLength < HEADER_BYTES) return { ok: false, reason: 'truncated' }
  let keys: LinkKeys
  try {
    keys = await keysOf(docId, documentKey)
  } catch {
    return { ok: false, reason: 'wrong-key' }
  }
  if (!equalBytes(bytes.subarray(1, 1 + KEY_CHECK_BYTES), keys.check)) return { ok: false, reason: 'wrong-key' }
  const sealedLength = readUint32(bytes, 1 + KEY_CHECK_BYTES + IV_BYTES)
  const sealed = bytes.subarray(HEADER_BYTES)
  if (sealed.byteLength < sealedLength) return { ok: false, reason: 'truncated' }
  if (sealed.byteLength > sealedLength || sealedLength < TAG_BYTES) return { ok: false, reason: 'corrupt' }
  try {
    const iv = bytes.subarray(1 + KEY_CHECK_BYTES, 1 + KEY_CHECK_BYTES + IV_BYTES)
    const plain = new Uint8Array(await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: iv as BufferSource, additionalData: additionalData(docId, bytes.subarray(0, HEADER_BYTES)) as BufferSource },
      keys.seal, sealed as BufferSource,
    ))
    const body = await inflate(plain)
    const vectorLength = readUint32(body, 0)
    if (4 + vectorLength > body.byteLength) return { ok: false, reason: 'corrupt' }
    const senderStateVector = body.slice(4, 4 + vectorLength)
    const update = body.slice(4 + vectorLength)
    // Both must parse as Yjs data before anyone applies them.
    Y.decodeStateVector(senderStateVector)
    Y.decodeUpdate(update)
    return { ok: true, value: { update, senderStateVector } }
  } catch {
    return { ok: false, reason: 'corrupt' }
  }
}

/** The link itself: the app's address without its fragment, then `#/u/<docId>/<payload>`. */
export function updateLink(appUrl: string, docId: string, payload: string): string {
  return `${appUrl.replace(/#.*$/, '')}#/${UPDATE_ROUTE}/${docId}/${payload}`
}
