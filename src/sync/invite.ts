import type { Role } from '../local/db'
// From its own module, not the store's index: helpers' and the recipient's phones import this
// file on their first load, and the index brings the coordinator's whole store with it.
import { randomId } from '../store/ids'

/**
 * Invite links: `…/#/join/<role>/<docId>/<key>[/<payload>]`. The optional payload is the
 * person's whole document as a carried update (updateLink.ts), so a phone that opens the link
 * shows its tasks at once, offline, without the coordinator's phone being awake. The document id is 128 random bits, the
 * key 256 random bits, both base64url; the key carries a 4-character checksum over role,
 * id and key, so a truncated or mistyped link is recognised at once rather than opening an
 * empty room. The key lives only in the fragment (never sent to a server) and on devices.
 */
export const ROLES: readonly Role[] = ['coordinator', 'helper', 'recipient']
const DOC_ID_LENGTH = 22
const KEY_LENGTH = 43
const CHECK_LENGTH = 4

export type InviteProblem = 'malformed' | 'truncated' | 'mistyped' | 'unknown-role'
export type ParsedInvite = { ok: true; role: Role; docId: string; key: string; payload?: string } | { ok: false; reason: InviteProblem }

export function newDocumentId(): string {
  return randomId(16)
}

export function newDocumentKey(): string {
  return randomId(32)
}

/** FNV-1a over the text, as 4 base64url characters: enough to catch a slip, not a secret. */
function checksum(text: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
  let out = ''
  for (let i = 0; i < CHECK_LENGTH; i++) out += alphabet[(hash >>> (i * 6)) & 63]
  return out
}

export function invitePath(role: Role, docId: string, key: string, payload?: string): string {
  return `join/${role}/${docId}/${key}${checksum(`${role}/${docId}/${key}`)}${payload ? `/${payload}` : ''}`
}

export function inviteLink(appUrl: string, role: Role, docId: string, key: string, payload?: string): string {
  return `${appUrl.replace(/#.*$/, '')}#/${invitePath(role, docId, key, payload)}`
}

const base64url = /^[A-Za-z0-9_-]+$/

/** Reads the route parts after `join`; never throws. */
export function parseInvite(parts: readonly string[]): ParsedInvite {
  const [role, docId, keyWithCheck, payload, ...extra] = parts
  if (!role || extra.length > 0 || payload === '') return { ok: false, reason: 'malformed' }
  if (!ROLES.includes(role as Role)) return { ok: false, reason: 'unknown-role' }
  if (!docId || !keyWithCheck) return { ok: false, reason: 'truncated' }
  if (!base64url.test(docId) || !base64url.test(keyWithCheck)) return { ok: false, reason: 'malformed' }
  if (docId.length < DOC_ID_LENGTH || keyWithCheck.length < KEY_LENGTH + CHECK_LENGTH) return { ok: false, reason: 'truncated' }
  if (docId.length > DOC_ID_LENGTH || keyWithCheck.length > KEY_LENGTH + CHECK_LENGTH) return { ok: false, reason: 'mistyped' }
  const key = keyWithCheck.slice(0, KEY_LENGTH)
  if (checksum(`${role}/${docId}/${key}`) !== keyWithCheck.slice(KEY_LENGTH)) return { ok: false, reason: 'mistyped' }
  return payload ? { ok: true, role: role as Role, docId, key, payload } : { ok: true, role: role as Role, docId, key }
}
