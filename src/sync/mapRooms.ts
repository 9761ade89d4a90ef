import * as Y from 'yjs'
import { activeCoordinatorDevices, refusals, type CommandResult, type MapStore } from '../store'
import { keyOrigin } from '../store/origins'
import { publishDeviceKey, type CoordinatorDevice } from '../store/schema/coordinatorDevice'
import { readDocuments, recordDevicePublicKey, recordNextKey } from '../store/schema/document'
import { readMapRooms, roomForKey, writeMapRoom, type MapRoom } from '../store/schema/mapRoom'
import { newDocumentId, newDocumentKey } from './invite'
import { keyFingerprint, publishedDeviceKey } from './keyRotation'
import { openSealed, publicKeyPattern, sealFor, sealingPairOf, type SealingPair } from './sealing'

/**
 * Removing a coordinator device (issue 15, item 3). The removed device holds the map, and the
 * map holds every document's key: so the map moves to a new room with a new key, and then
 * every helper's and the recipient's document gets a new key too, none of which the removed
 * device can read.
 *
 * - Each coordinator device publishes a public key in its entry of the map (sealing.ts).
 * - Removing a device writes, in one entry of `mapRooms` and still in the old room, the new
 *   room and the new map key sealed for each device that stays (this one included). The removed
 *   device reads that entry and its own removal, so it forgets the circle; a device that stays
 *   opens its sealed key and moves. Nothing readable with the old key says the new key.
 * - A device that moves first stores a copy of the map as it is (a signpost: nothing in it is
 *   newer than the move) and serves it in the room it leaves, so a device asleep during the
 *   change still finds, under its old key, where the map went (or that it was removed).
 * - Only once this device's map has left the old room does the device that removed the other
 *   record a next key for each live person's document, sealed for the public key their phone
 *   published (`rekeyDocuments`). The usual steps of keyRotation.ts carry it to the phone over
 *   the old room or a link, so nobody rejoins, and a phone asleep meanwhile keeps its old key
 *   until it has the new one.
 */

/** This device publishes its public key in its entry of the map, if it has not yet. */
export async function publishOwnKey(mapDocId: string, doc: Y.Doc, deviceId: string): Promise<SealingPair | null> {
  const pair = await sealingPairOf(mapDocId)
  if (pair) publishDeviceKey(doc, deviceId, pair.publicKey, keyOrigin)
  return pair
}

export interface MovedMap {
  room: MapRoom
  /** The map's new key, for this device's own list; it is nowhere in plain in the map. */
  key: string
  /** Devices that stay but published no public key: they cannot follow (a new coordinator link brings them back). */
  unsealed: CoordinatorDevice[]
}

/** The new room and key of the map, sealed for every device that stays; written by `moveMap`. */
export async function sealNewRoom(devices: readonly CoordinatorDevice[], removedDeviceId: string, byDeviceId: string, now: number): Promise<MovedMap> {
  const key = newDocumentKey()
  const staying = activeCoordinatorDevices(devices).filter((d) => d.id !== removedDeviceId)
  const sealed: Record<string, string> = {}
  const unsealed: CoordinatorDevice[] = []
  for (const device of staying) {
    if (device.publicKey) sealed[device.id] = await sealFor(device.publicKey, key)
    else unsealed.push(device)
  }
  return { key, unsealed, room: { id: newDocumentId(), keyCheck: keyFingerprint(key), sealed, removedDeviceId, byDeviceId, at: now } }
}

export type RemovalResult = (CommandResult & { ok: false }) | { ok: true; unsealed: string[] }

/**
 * "Remove Jordan's device": the removal and the map's move, written one after the other in the
 * map (still in its old room). This device's circle sync then moves, and replaces the keys.
 */
export async function removeCoordinatorDevice(mapDocId: string, store: MapStore, deviceId: string, ownDeviceId: string, now: number): Promise<RemovalResult> {
  await publishOwnKey(mapDocId, store.doc, ownDeviceId)
  const moved = await sealNewRoom(store.getSnapshot().coordinatorDevices, deviceId, ownDeviceId, now)
  if (!moved.room.sealed[ownDeviceId]) return { ok: false, problems: [{ path: 'input/deviceId', phrase: refusals.keyNotKept }] }
  const result = store.run('coordinator/remove-device', { deviceId }, now)
  if (!result.ok) return result
  writeMapRoom(store.doc, moved.room, keyOrigin)
  return { ok: true, unsealed: moved.unsealed.map((d) => d.name) }
}

/** Where the map is now (its newest room), if it ever moved. */
export function currentMapRoom(doc: Y.Doc): MapRoom | null {
  return readMapRooms(doc).at(-1) ?? null
}

/** The room the map syncs in with `key`: the room that key opens (the first is the map's own id). */
export function mapRoomFor(doc: Y.Doc, mapDocId: string, key: string): string {
  return roomForKey(doc, mapDocId, keyFingerprint(key))
}

/**
 * The key this device moves the map to: its newest room's key, opened with this device's pair;
 * null when it holds that key already, or the room has no key sealed for it (it was removed, or
 * had published no public key), or what is there does not open.
 */
export async function keyToFollow(doc: Y.Doc, heldKey: string, deviceId: string, pair: SealingPair | null): Promise<string | null> {
  const room = currentMapRoom(doc)
  if (!room || room.keyCheck === keyFingerprint(heldKey) || !pair) return null
  const key = await openSealed(pair.privateKey, room.sealed[deviceId])
  return key !== null && keyFingerprint(key) === room.keyCheck ? key : null
}

/** A copy of the map as it is now, to serve in the room this device leaves (nothing in it is newer than the move). */
export function signpostOf(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc()
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc))
  return copy
}

/**
 * The person's device's public key, recorded in the map the first time its document shows one;
 * never replaced afterwards (whoever holds a document's key can write in it).
 */
export function recordPublishedKey(mapDoc: Y.Doc, docId: string, personDoc: Y.Doc): void {
  const published = publishedDeviceKey(personDoc)
  if (typeof published === 'string' && publicKeyPattern.test(published)) recordDevicePublicKey(mapDoc, docId, published, keyOrigin)
}

/**
 * After the map moved to `room` (and only on the device that moved it, so two devices never
 * offer two different keys): each live person's document not replaced for this room yet gets a
 * next key, sealed for their phone's public key when it published one. Call only once this
 * device's map has left the old room: the map now holds the new keys in plain.
 */
export async function rekeyDocuments(mapDoc: Y.Doc, room: MapRoom): Promise<number> {
  let count = 0
  for (const document of readDocuments(mapDoc, [])) {
    if (document.revokedAt !== null || document.rekeyedFor === room.id) continue
    const key = newDocumentKey()
    const sealedOffer = document.devicePublicKey ? await sealFor(document.devicePublicKey, key) : null
    if (recordNextKey(mapDoc, document.id, key, keyOrigin, { sealedOffer, rekeyedFor: room.id })) count += 1
  }
  return count
}
