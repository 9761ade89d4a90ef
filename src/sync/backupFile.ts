import { z } from 'zod/mini'
import * as Y from 'yjs'
import { concatBytes, decodeBase64url, deflate, encodeBase64url, equalBytes, inflate, readUint32, uint32 } from './bytes'
import { BACKUP_FORMAT_VERSION, type BackupContents, type BackupResult } from './messages'

/**
 * The backup file format (version 1): the whole circle, sealed with a passphrase the person
 * chose, for a phone that is lost, broken or reset.
 *
 *   magic "KITHBAK" (7 bytes) · version (1) · PBKDF2 iterations (4, big-endian) · salt (16) ·
 *   passphrase check (4) · IV (12) · sealed length (4) · sealed
 *
 * PBKDF2-SHA-256 turns the passphrase and salt into 288 bits: the first 256 are the AES-GCM
 * key, the last 32 a check, so a wrong passphrase is told apart from a damaged file (the check
 * says nothing that trying the seal would not). `sealed` is AES-GCM over deflate-raw(JSON of the
 * contents, document states as base64url), with the whole header as additional data.
 *
 * Opening never throws and never changes anything: every problem comes back as a reason.
 * The iteration count is in the header, so later versions can raise it; a file asking for an
 * absurd count is refused rather than left to hang the phone.
 */
const MAGIC = new TextEncoder().encode('KITHBAK')
const SALT_BYTES = 16
const CHECK_BYTES = 4
const IV_BYTES = 12
const HEADER_BYTES = MAGIC.byteLength + 1 + 4 + SALT_BYTES + CHECK_BYTES + IV_BYTES + 4
const TAG_BYTES = 16
/** OWASP's 2023 figure for PBKDF2-SHA-256: about half a second on a phone, once per save or restore. */
export const BACKUP_ITERATIONS = 600_000
const MAX_ITERATIONS = 10_000_000
/** A backup holds the map and every person's document; far more than any circle reaches. */
const MAX_CONTENT_BYTES = 64 * 1024 * 1024

const docIdPattern = /^[A-Za-z0-9_-]{22}$/
const contentsValidator = z.object({
  kind: z.literal('kith-backup'),
  createdAt: z.number(),
  circle: z.object({
    docId: z.string().check(z.regex(docIdPattern)),
    key: z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/)),
    label: z.string(),
  }),
  documents: z.array(z.object({ docId: z.string().check(z.regex(docIdPattern)), state: z.string() })),
})

interface PassphraseKeys {
  seal: CryptoKey
  check: Uint8Array
}

async function deriveKeys(passphrase: string, salt: Uint8Array, iterations: number): Promise<PassphraseKeys> {
  const base = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')) as BufferSource, 'PBKDF2', false, ['deriveBits'])
  const bits = new Uint8Array(await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations }, base, (32 + CHECK_BYTES) * 8))
  const seal = await crypto.subtle.importKey('raw', bits.slice(0, 32) as BufferSource, 'AES-GCM', false, ['encrypt', 'decrypt'])
  return { seal, check: bits.slice(32) }
}

export async function sealBackup(contents: BackupContents, passphrase: string, iterations = BACKUP_ITERATIONS): Promise<Uint8Array> {
  const json = JSON.stringify({
    kind: 'kith-backup',
    createdAt: contents.createdAt,
    circle: contents.circle,
    documents: contents.documents.map((d) => ({ docId: d.docId, state: encodeBase64url(d.state) })),
  })
  const plain = await deflate(new TextEncoder().encode(json))
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES))
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES))
  const keys = await deriveKeys(passphrase, salt, iterations)
  const header = concatBytes(MAGIC, Uint8Array.of(BACKUP_FORMAT_VERSION), uint32(iterations), salt, keys.check, iv, uint32(plain.byteLength + TAG_BYTES))
  const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv: iv as BufferSource, additionalData: header as BufferSource }, keys.seal, plain as BufferSource))
  return concatBytes(header, sealed)
}

export async function openBackup(bytes: Uint8Array, passphrase: string): Promise<BackupResult<BackupContents>> {
  if (bytes.byteLength < MAGIC.byteLength + 1 || !equalBytes(bytes.subarray(0, MAGIC.byteLength), MAGIC)) return { ok: false, reason: 'not-backup' }
  const version = bytes[MAGIC.byteLength]
  if (version > BACKUP_FORMAT_VERSION) return { ok: false, reason: 'too-new' }
  if (version !== BACKUP_FORMAT_VERSION || bytes.byteLength < HEADER_BYTES) return { ok: false, reason: 'damaged' }
  let offset = MAGIC.byteLength + 1
  const iterations = readUint32(bytes, offset)
  offset += 4
  const salt = bytes.subarray(offset, (offset += SALT_BYTES))
  const check = bytes.subarray(offset, (offset += CHECK_BYTES))
  const iv = bytes.subarray(offset, (offset += IV_BYTES))
  const sealedLength = readUint32(bytes, offset)
  const sealed = bytes.subarray(HEADER_BYTES)
  if (iterations < 1 || iterations > MAX_ITERATIONS || sealed.byteLength !== sealedLength || sealedLength < TAG_BYTES) return { ok: false, reason: 'damaged' }
  let keys: PassphraseKeys
  try {
    keys = await deriveKeys(passphrase, salt, iterations)
  } catch {
    return { ok: false, reason: 'damaged' }
  }
  if (!equalBytes(keys.check, check)) return { ok: false, reason: 'wrong-passphrase' }
  try {
    const plain = new Uint8Array(await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: iv as BufferSource, additionalData: bytes.subarray(0, HEADER_BYTES) as BufferSource }, keys.seal, sealed as BufferSource,
    ))
    const parsed = contentsValidator.safeParse(JSON.parse(new TextDecoder().decode(await inflate(plain, MAX_CONTENT_BYTES))))
    if (!parsed.success) return { ok: false, reason: 'damaged' }
    const documents: BackupContents['documents'] = []
    for (const { docId, state } of parsed.data.documents) {
      const decoded = decodeBase64url(state)
      if (!decoded) return { ok: false, reason: 'damaged' }
      Y.decodeUpdate(decoded) // throws on bytes that are not a Yjs update
      documents.push({ docId, state: decoded })
    }
    if (!documents.some((d) => d.docId === parsed.data.circle.docId)) return { ok: false, reason: 'damaged' }
    return { ok: true, value: { createdAt: parsed.data.createdAt, circle: parsed.data.circle, documents } }
  } catch {
    return { ok: false, reason: 'damaged' }
  }
}
