import { loadDeviceDb } from '../local/load'
import { decodeBase64url, encodeBase64url } from './bytes'
export { publicKeyPattern } from '../store/schema/coordinatorDevice'

/**
 * Sealing a key for one device, so that a document everyone in a room can read may carry it
 * and only that device can open it (issue 15: a removed coordinator device keeps the old keys
 * and may stay in the old rooms; what it reads there must not let it follow the others).
 *
 * Each device that may receive a key keeps an ECDH P-256 key pair of its own (WebCrypto): the
 * public half is published in a document, the private half never leaves the device's storage.
 * A sealed key is `s1.<ephemeral public key>.<iv>.<ciphertext>` (base64url): a fresh ephemeral
 * pair per seal, ECDH with the device's public key, HKDF-SHA-256 to an AES-GCM key, the key
 * text encrypted. Opening never throws: anything that does not open is null.
 */
export interface SealingPair {
  /** The public key, raw (uncompressed point), base64url: what other devices seal for. */
  publicKey: string
  /** The private key as a JWK; kept only in this device's own database. */
  privateKey: JsonWebKey
}

const ECDH = { name: 'ECDH', namedCurve: 'P-256' } as const
const SEALED_PREFIX = 's1'
const INFO = new TextEncoder().encode('kith sealed key v1')

export async function newSealingPair(): Promise<SealingPair> {
  const pair = await crypto.subtle.generateKey(ECDH, true, ['deriveBits']) as CryptoKeyPair
  return {
    publicKey: encodeBase64url(new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey))),
    privateKey: await crypto.subtle.exportKey('jwk', pair.privateKey),
  }
}

async function wrappingKey(privateKey: CryptoKey, publicKey: CryptoKey, salt: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  const shared = await crypto.subtle.deriveBits({ name: 'ECDH', public: publicKey }, privateKey, 256)
  const hkdf = await crypto.subtle.importKey('raw', shared, 'HKDF', false, ['deriveKey'])
  return crypto.subtle.deriveKey({ name: 'HKDF', hash: 'SHA-256', salt, info: INFO }, hkdf, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt'])
}

function importPublic(raw: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', raw, ECDH, false, [])
}

/** Seals `secret` (a key's text) so that only the holder of `publicKey`'s private half opens it. */
export async function sealFor(publicKey: string, secret: string): Promise<string> {
  const recipient = await importPublic(bytesOf(decodeBase64url(publicKey)))
  const ephemeral = await crypto.subtle.generateKey(ECDH, true, ['deriveBits']) as CryptoKeyPair
  const ephemeralRaw = new Uint8Array(await crypto.subtle.exportKey('raw', ephemeral.publicKey))
  const iv = crypto.getRandomValues(new Uint8Array(12))
  const key = await wrappingKey(ephemeral.privateKey, recipient, ephemeralRaw)
  const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(secret)))
  return [SEALED_PREFIX, encodeBase64url(ephemeralRaw), encodeBase64url(iv), encodeBase64url(sealed)].join('.')
}

/** Opens what was sealed for this device's pair; null for anything else (another device's, damaged, not sealed). */
export async function openSealed(privateKey: JsonWebKey, sealed: unknown): Promise<string | null> {
  if (typeof sealed !== 'string') return null
  const parts = sealed.split('.')
  if (parts.length !== 4 || parts[0] !== SEALED_PREFIX) return null
  try {
    const [ephemeralRaw, iv, ciphertext] = parts.slice(1).map((part) => bytesOf(decodeBase64url(part)))
    const own = await crypto.subtle.importKey('jwk', privateKey, ECDH, false, ['deriveBits'])
    const key = await wrappingKey(own, await importPublic(ephemeralRaw), ephemeralRaw)
    return new TextDecoder('utf-8', { fatal: true }).decode(await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, key, ciphertext))
  } catch {
    return null
  }
}

export function isSealed(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith(`${SEALED_PREFIX}.`)
}

function bytesOf(bytes: Uint8Array | null): Uint8Array<ArrayBuffer> {
  if (!bytes) throw new Error('not base64url')
  return new Uint8Array(bytes)
}

/**
 * This device's pair for a circle's document in its list (the map, or a person's document),
 * made and stored the first time it is asked for; null when the document is not on this device.
 */
export function sealingPairOf(docId: string): Promise<SealingPair | null> {
  const known = pairs.get(docId)
  if (known) return known
  const asked = storedPair(docId)
  pairs.set(docId, asked)
  // Not kept when there was none (the document may be listed a moment later) or it failed.
  asked.then((pair) => pair ?? pairs.delete(docId), () => pairs.delete(docId))
  return asked
}

const pairs = new Map<string, Promise<SealingPair | null>>()

async function storedPair(docId: string): Promise<SealingPair | null> {
  const db = await loadDeviceDb()
  const made = await newSealingPair()
  // One transaction: two tabs asking at once keep the same pair.
  const entry = await db.circles.modify(docId, (entry) => entry && !entry.sealing ? { ...entry, sealing: made } : undefined)
  return entry?.sealing ?? null
}

/**
 * What a document offers as its next key, opened: a key written as it is, a key sealed for this
 * device (opened with its pair), null for no offer; 'unreadable' for a sealed key this device cannot
 * open (sealed for another device, or damaged): then nothing about the offer changes here.
 */
export async function openOffer(written: unknown, pair: SealingPair | null): Promise<string | null | 'unreadable'> {
  if (!isSealed(written)) return typeof written === 'string' ? written : null
  return (pair && (await openSealed(pair.privateKey, written))) ?? 'unreadable'
}
