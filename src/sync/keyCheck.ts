/**
 * Whether this device's key opens what others in a document's room send, as the room guard
 * (roomGuard.ts) counted it. Kept apart from the guard so a first screen can read the verdict
 * without loading y-webrtc or the guard.
 *
 * A message that did not open with our key, and none that opened for MISMATCH_AFTER_MS after
 * it, is a mismatch: this link's key was never the circle's, or the others moved to a new key
 * (keyRotation.ts) while this device was away. During a key move the guard also tries the other
 * key this device holds: what opens with it says, at once and for certain, which key the other
 * side is in the room with (`keyHeardOf`), and is not counted as refused.
 */
export type KeyCheck = 'unknown' | 'matches' | 'mismatch'

interface RoomCounts {
  everOpened: boolean
  /**
   * Another key this device holds (keyRotation.ts) opened what was sent in the room, and nothing
   * opened with the key in use since: the other side is there with that key, since `since`.
   */
  heard: { key: string; since: number } | null
  refused: number
  garbage: number
  /** The first refusal since the last message that opened, or null. */
  refusedSince: number | null
}

/** A message that does not open with our key, seen for this long with none that does: the key is wrong. */
export const MISMATCH_AFTER_MS = 2500

const counts = new Map<string, RoomCounts>()
const listeners = new Set<() => void>()

function countsOf(docId: string): RoomCounts {
  let room = counts.get(docId)
  if (!room) counts.set(docId, (room = { everOpened: false, heard: null, refused: 0, garbage: 0, refusedSince: null }))
  return room
}

function changed() {
  listeners.forEach((listener) => listener())
}

export function subscribeKeyCheck(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** The verdict for a document's room; `now` decides when a silence after a refusal becomes one. */
export function keyCheckOf(docId: string, now: number): KeyCheck {
  const room = counts.get(docId)
  if (!room) return 'unknown'
  if (room.refusedSince !== null && now - room.refusedSince >= MISMATCH_AFTER_MS) return 'mismatch'
  return room.everOpened ? 'matches' : 'unknown'
}

/** Whether anything sent in the room ever opened with this device's key. */
export function keyProven(docId: string): boolean {
  return counts.get(docId)?.everOpened ?? false
}

/** How many messages were dropped in a document's room (did not decrypt, or were malformed). */
export function droppedCount(docId: string): number {
  const room = counts.get(docId)
  return room ? room.refused + room.garbage : 0
}

/** Something published in the room did not open with this device's key. */
export function countRefused(docId: string, now: number): void {
  const room = countsOf(docId)
  room.refused += 1
  if (room.refusedSince === null) {
    room.refusedSince = now
    // The verdict is due once the wait is over, whether or not anything else arrives.
    setTimeout(changed, MISMATCH_AFTER_MS + 50)
  }
  changed()
}

/** Something published in the room opened with this device's key. */
export function countOpened(docId: string): void {
  const room = countsOf(docId)
  const news = !room.everOpened || room.refusedSince !== null || room.heard !== null
  room.everOpened = true
  room.refusedSince = null
  room.heard = null
  if (news) changed()
}

/**
 * The keys this device holds for a document beside the one it is in the room with (during a key
 * move, keyRotation.ts): the room guard tries them on what the key in use does not open.
 */
const otherKeys = new Map<string, readonly string[]>()

export function setOtherKeys(docId: string, keys: readonly string[]): void {
  if (keys.length > 0) otherKeys.set(docId, keys)
  else otherKeys.delete(docId)
}

export function otherKeysOf(docId: string): readonly string[] {
  return otherKeys.get(docId) ?? []
}

/** Something published in the room opened with `key`, another key this device holds: not a stranger's noise. */
export function countOpenedWithOther(docId: string, key: string, now: number): void {
  const room = countsOf(docId)
  if (room.heard?.key === key) return
  room.heard = { key, since: now }
  changed()
}

/** The other key the room was last heard with (and since when), unless the key in use opened something since. */
export function keyHeardOf(docId: string): { key: string; since: number } | null {
  return counts.get(docId)?.heard ?? null
}

/** Something opened but was not a message y-webrtc could act on (or a peer sent what it cannot read). */
export function countGarbage(docId: string): void {
  countsOf(docId).garbage += 1
}

/** Forgets what was counted for a document (it left its room, or moved to another key). */
export function forgetKeyCheck(docId: string): void {
  counts.delete(docId)
  changed()
}
