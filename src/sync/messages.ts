/**
 * Every shape that travels between devices outside y-webrtc's own protocol, in one place:
 * carried update links, `.kith` files, and what a device publishes about itself in a room's
 * awareness. Each decoder returns one of these results and never throws; the UI turns each
 * `reason` into a sentence.
 */

/** Update links and `.kith` files: `…/#/u/<docId>/<payload>`; the payload format is versioned. */
export const UPDATE_ROUTE = 'u'
export const UPDATE_FORMAT_VERSION = 1
/** A `.kith` file holds the link itself as text, so a file and a link are one format. */
export const KITH_FILE_EXTENSION = '.kith'
export const KITH_FILE_TYPE = 'application/x-kith'

/** Why a carried update could not be read; nothing was changed in any of these cases. */
export type UpdateLinkProblem =
  /** Not a Kith update at all, or characters that base64url never produces. */
  | 'malformed'
  /** Cut short: fewer bytes than the link says it holds. */
  | 'truncated'
  /** Made by a newer Kith whose format this one does not know. */
  | 'too-new'
  /** Meant for this document id, but sealed with a key this device does not hold for it. */
  | 'wrong-key'
  /** Right key, but the bytes were changed on the way (the seal does not match). */
  | 'corrupt'
  /** For a document this device does not hold. */
  | 'unknown-doc'

export type UpdateLinkResult<T> = { ok: true; value: T } | { ok: false; reason: UpdateLinkProblem }

/** What an update link carries once opened: a Yjs update and the sender's own state. */
export interface CarriedUpdate {
  /** A Yjs update (v1 encoding): what the receiver is missing, or the whole document. */
  update: Uint8Array
  /** The sender's Yjs state vector when the link was made, so the answer can be a difference. */
  senderStateVector: Uint8Array
}

export interface UpdateRoute {
  docId: string
  payload: string
}

/** Route parts after `u`: a document id and a payload, nothing else. */
export function parseUpdateRoute(parts: readonly string[]): UpdateLinkResult<UpdateRoute> {
  const [docId, payload, ...extra] = parts
  if (extra.length > 0 || !docId || !/^[A-Za-z0-9_-]{22}$/.test(docId)) return { ok: false, reason: 'malformed' }
  if (!payload) return { ok: false, reason: 'truncated' }
  return { ok: true, value: { docId, payload } }
}

export function isUpdateRoute(parts: readonly string[]): boolean {
  return parts[0] === UPDATE_ROUTE
}

/**
 * Finds a Kith link in any text (a pasted message, a `.kith` file): the route parts after
 * `#/`, for an update or an invitation; null when there is none.
 */
export function linkRouteIn(text: string): string[] | null {
  const match = /#\/((?:u|join)\/[A-Za-z0-9_/-]+)/.exec(text)
  return match ? match[1].split('/') : null
}

/** What each device publishes in a room's awareness: its role and its document's snapshot. */
export interface DevicePresence {
  role: 'coordinator' | 'helper' | 'recipient'
  /** Yjs snapshot (state vector and delete set), base64url. */
  snapshot: string
}

export function isDevicePresence(value: unknown): value is DevicePresence {
  if (!value || typeof value !== 'object') return false
  const device = value as Record<string, unknown>
  return (device.role === 'coordinator' || device.role === 'helper' || device.role === 'recipient') && typeof device.snapshot === 'string'
}

/** A backup file: the whole circle on a coordinator's device, sealed with a passphrase (backupFile.ts). */
export const BACKUP_FORMAT_VERSION = 1
export const BACKUP_FILE_EXTENSION = '.kithbackup'
export const BACKUP_FILE_TYPE = 'application/octet-stream'

/** Why a backup could not be opened; nothing on the device changed in any of these cases. */
export type BackupProblem =
  /** Not a Kith backup at all (another file chosen by mistake). */
  | 'not-backup'
  /** Made by a newer Kith whose format this one does not know. */
  | 'too-new'
  /** The passphrase does not open it. */
  | 'wrong-passphrase'
  /** Cut short, or changed after it was made. */
  | 'damaged'

/** What a backup holds once opened: the circle's map and every document of the circle this device held. */
export interface BackupContents {
  createdAt: number
  /** The map document: its id, its key (the room password of coordinator devices), the circle's name for the list. */
  circle: { docId: string; key: string; label: string }
  /** Yjs state (update v1) of the map and of each helper's and the recipient's document, by document id. */
  documents: Array<{ docId: string; state: Uint8Array }>
}

export type BackupResult<T> = { ok: true; value: T } | { ok: false; reason: BackupProblem }
