import * as Y from 'yjs'
import { DOCUMENT_KEYS_SECTION, documentKeyPattern } from '../store/schema/document'
import type { Knowledge } from './carry'

/**
 * Replacing a document's key (its room's password, and what seals its update links) with no
 * server and without two devices online at once. The new key travels inside the document, so it
 * reaches the other side by whatever carries the document: the room under the old key, or an
 * update link sealed with the old key. Neither side ever leaves the other without a key that
 * works: the offering side moves only once the other side has stored the new key, and keeps
 * opening what is sealed with the old one until the other side says it moved too.
 *
 * The section `keys` of the document, one writer per entry:
 * - `next` — the offered key, written by the side that holds the true key (the coordinator's
 *   devices, for a person's document; the coordinator device that rotates the map, for the map);
 * - `ack` — the fingerprint of the `next` the other side stored;
 * - `using` — the fingerprint of the key the other side connects with now;
 * - `device` — the other side's device's public key (sealing.ts), written by that device: a key
 *   offered after a coordinator device was removed is written sealed for it (`sealedOffer`), and
 *   opened before step 2 (`offered`).
 *
 * The steps (`advanceOffer` on the offering side, `receiveOffer`/`switchToNext` on the other):
 * 1. The offering side records a next key (its own storage) and writes `next`; it stays on the old key.
 * 2. The other side stores `next` beside its key and writes `ack`; it stays on the old key too.
 * 3. The offering side sees `ack`: the next key becomes the key, the old one is kept as
 *    `previousKey` to open links still sealed with it; it moves to the new key.
 * 4. The other side moves when it learns the offering side has its `ack` (the offering side's
 *    presence in the room), when the room speaks the new key (the room guard tries it on what the
 *    old one does not open, `followHeardKey`), when its key stops opening anything in the room (the
 *    room guard's "mismatch"; then it writes `using` only once the new key opened something), or
 *    when a link opens only with the new key; it keeps the old key to open links sealed with it.
 * 5. The offering side sees `using`: it forgets the old key and withdraws `next`.
 * 6. The other side sees `next` withdrawn: it forgets the old key (only when its `using` is there
 *    too: a copy of the document without `next` may just be behind what the device stored).
 * After that, the old key (in a browser's history, an old message) opens no room and no new link.
 */

/** The keys a device holds for a document: the one in use, and during a change the other one. */
export interface HeldKeys {
  key: string
  /** Offered and stored, not in use yet (steps 2–4). */
  nextKey?: string | null
  /** The key before, kept only to open what is still sealed with it (steps 3–6). */
  previousKey?: string | null
  /**
   * On the offering side: the offered key sealed for the other side's device (sealing.ts), written
   * into the document in its place, so that another device still in the room with the old key
   * cannot read it (issue 15: a removed coordinator device).
   */
  sealedOffer?: string | null
}

function keysOf(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(DOCUMENT_KEYS_SECTION)
}

/** A short fingerprint of a key (FNV-1a, hex): enough to say "this one", nothing to open a room with. */
export function keyFingerprint(key: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash.toString(16).padStart(8, '0')
}

/**
 * A removed person's document (its `meta.revoked`, as a helper's and the recipient's documents say
 * it) takes no step of a key move on the receiving side: the phone forgets it and says so in the
 * room it heard the revocation in, where the coordinator's device waits to hear it. Moving on to
 * a new key's room, where no one is yet, its farewell reached no one, and the coordinator's
 * device stayed in the room for good.
 */
export function isRevoked(doc: Y.Doc): boolean {
  return doc.getMap<unknown>('meta').get('revoked') === true
}

function setOnce(doc: Y.Doc, entry: string, value: string, origin: unknown) {
  if (keysOf(doc).get(entry) !== value) doc.transact(() => keysOf(doc).set(entry, value), origin)
}

/** The key offered in the document, if any and well-formed (the document is untrusted input). */
export function offeredKey(doc: Y.Doc): string | null {
  const next = keysOf(doc).get('next')
  return typeof next === 'string' && documentKeyPattern.test(next) ? next : null
}

/** What the document offers as written: a key, a key sealed for one device (sealing.ts), or anything (untrusted). */
export function offerAsWritten(doc: Y.Doc): unknown {
  return keysOf(doc).get('next')
}

/** The public key the other side's device published in the document (`keys.device`), as written (untrusted). */
export function publishedDeviceKey(doc: Y.Doc): unknown {
  return keysOf(doc).get('device')
}

/** The receiving side publishes its device's public key, so that a next key can be sealed for it. */
export function publishDeviceKey(doc: Y.Doc, publicKey: string, origin: unknown): void {
  setOnce(doc, 'device', publicKey, origin)
}

/** The keys other than the one in use that may still open something sealed for this document. */
export function otherKeys(held: HeldKeys): string[] {
  return [held.nextKey, held.previousKey].filter((k): k is string => typeof k === 'string' && k !== held.key)
}

/** What the offering side does next (steps 1, 3, 5): 'switch' to the next key, 'settle' (forget the previous one), or nothing. */
export type OfferStep = 'switch' | 'settle' | null

/** Steps 1, 3 and 5 on the offering side, given the keys it holds; writes `next` as needed. */
export function advanceOffer(doc: Y.Doc, held: HeldKeys, origin: unknown): OfferStep {
  const keys = keysOf(doc)
  if (held.nextKey) {
    setOnce(doc, 'next', held.sealedOffer ?? held.nextKey, origin)
    return keys.get('ack') === keyFingerprint(held.nextKey) ? 'switch' : null
  }
  if (held.previousKey && keys.get('using') !== keyFingerprint(held.key)) {
    // Still offered, for the other side's device that has not moved yet.
    setOnce(doc, 'next', held.sealedOffer ?? held.key, origin)
    return null
  }
  if (keys.has('next')) doc.transact(() => keys.delete('next'), origin)
  return held.previousKey ? 'settle' : null
}

/**
 * Steps 2 and 6 on the receiving side, given the keys it holds: the keys it should hold now
 * (null when nothing changes). An offered key is stored beside the current one and
 * acknowledged; once the offer is withdrawn, the change is over and the other key is forgotten.
 */
export function receiveOffer(doc: Y.Doc, held: HeldKeys, origin: unknown, offered: string | null = offeredKey(doc)): HeldKeys | null {
  if (isRevoked(doc)) return null
  if (!offered) {
    if (!held.nextKey && !held.previousKey) return null
    // Over: keep the key this side said it uses (it may have stepped back on a false mismatch).
    // The offering side withdraws its offer only once it read that; without it, this copy of the
    // document is only behind the keys this device stored (a page closed before what arrived was
    // on disk): forgetting a key then left a phone on the old one, the coordinator on the new.
    const using = keysOf(doc).get('using')
    const inUse = [held.key, ...otherKeys(held)].find((k) => keyFingerprint(k) === using)
    return inUse ? { key: inUse } : null
  }
  if (offered === held.key) {
    // Moved already (step 4): say so until the offering side settles.
    setOnce(doc, 'using', keyFingerprint(held.key), origin)
    return null
  }
  setOnce(doc, 'ack', keyFingerprint(offered), origin)
  return offered === held.nextKey ? null : { key: held.key, nextKey: offered }
}

/** Step 4 on the receiving side: the next key comes into use; the old one is kept to open old links. */
export function switchToNext(doc: Y.Doc, held: HeldKeys, origin: unknown): HeldKeys | null {
  if (!held.nextKey || isRevoked(doc)) return null
  setOnce(doc, 'using', keyFingerprint(held.nextKey), origin)
  return { key: held.nextKey, previousKey: held.key }
}

/**
 * The key in use opens nothing in the room while others are there: the other side moved while
 * this device was away (step 4), or has not moved yet and this device moved early (back again).
 */
export function switchOnMismatch(held: HeldKeys): HeldKeys | null {
  // Not said in `using` yet: a stranger's noise can look like a mismatch (confirmInUse says it once the key proves itself).
  if (held.nextKey) return { key: held.nextKey, previousKey: held.key }
  return held.previousKey ? { key: held.previousKey, nextKey: held.key } : null
}

/**
 * How long a device that moved to the new key waits for the other side it hears still in the room
 * with the old one, when that side holds its acknowledgement: it moves on it, after letting its
 * presence show it for a moment (coordinatorSync.ts, two seconds), unless the document was set
 * aside or revoked meanwhile; then this device goes back to hear why.
 */
export const WAIT_FOR_MOVE_MS = 10_000

/**
 * Step 4 on what the room says (the room guard tried the other key this device holds, keyCheck.ts'
 * `keyHeardOf`): the other side is in the room with `heard`. Its next key: the other side moved, so
 * this device follows at once. Its previous key: the other side has not moved yet; this device goes
 * back, unless the other side holds its acknowledgement, which makes it move within seconds: then
 * it waits WAIT_FOR_MOVE_MS (`heardForMs` is how long the room has spoken the old key). Going back
 * on the first word in the old key made a phone step back and forth between keys at every move.
 */
export function followHeardKey(held: HeldKeys, heard: string, otherHasAck: boolean, heardForMs: number): HeldKeys | null {
  if (heard === held.key) return null
  if (heard === held.nextKey) return { key: held.nextKey, previousKey: held.key }
  if (heard !== held.previousKey) return null
  return !otherHasAck || heardForMs >= WAIT_FOR_MOVE_MS ? { key: held.previousKey, nextKey: held.key } : null
}

/** Step 4, after a move on a mismatch: the new key opened something in the room, so this side says it uses it. */
export function confirmInUse(doc: Y.Doc, held: HeldKeys, origin: unknown): void {
  if (held.previousKey) setOnce(doc, 'using', keyFingerprint(held.key), origin)
}

/** Whether the other side holds this side's acknowledgement of `nextKey` (step 4's cue), as far as `remote` says. */
export function ackReached(doc: Y.Doc, nextKey: string, remote: Knowledge | null): boolean {
  const keys = keysOf(doc)
  if (!remote || keys.get('ack') !== keyFingerprint(nextKey)) return false
  const item = (keys as unknown as { _map: Map<string, { id: Y.ID }> })._map.get('ack')
  return item !== undefined && (remote.sv.get(item.id.client) ?? 0) > item.id.clock
}
