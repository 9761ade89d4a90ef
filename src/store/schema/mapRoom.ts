import { z } from 'zod/mini'
import * as Y from 'yjs'
import { lazySchema, readCollection, type ReadProblem } from './primitives'
import { compareText } from '../../domain/compareText'

/**
 * The rooms the map moved to (issue 15): removing a coordinator device gives the map a new
 * key and a new room, so that the removed device, which keeps the old key, can follow nothing
 * written afterwards. Keyed by room (a random id like a document id); the first room is the
 * map's own id and has no entry. Each entry is written once, whole, by the device that removed
 * another, in the old room: the new key never appears in plain, only sealed for each device
 * that stays (sync/sealing.ts), with a short fingerprint so a device knows which room its key opens.
 */
export const MAP_ROOMS = 'mapRooms'

const sealedKeyPattern = /^s1\.[A-Za-z0-9_.-]{1,400}$/

export const mapRoomValidator = lazySchema(() => z.object({
  /** keyRotation.ts's fingerprint of the room's key: names the key, opens nothing. */
  keyCheck: z.string().check(z.regex(/^[0-9a-f]{8}$/)),
  /** The key, sealed for each coordinator device that stays, by device id. */
  sealed: z.record(z.string(), z.string().check(z.regex(sealedKeyPattern))),
  /** The device removed when the map moved here. */
  removedDeviceId: z.string(),
  /** The device that moved the map, and when (by its clock: rooms are ordered by it, then by id). */
  byDeviceId: z.string(),
  at: z.number(),
}))

export type MapRoom = z.infer<typeof mapRoomValidator> & { id: string }

/** Oldest first: the last one is where the map is now. */
export function readMapRooms(doc: Y.Doc, problems: ReadProblem[] = []): MapRoom[] {
  return readCollection(doc, MAP_ROOMS, mapRoomValidator, problems).sort((a, b) => a.at - b.at || compareText(a.id, b.id))
}

/** The room a key opens: the one whose fingerprint it has, else the map's first room (its own id). */
export function roomForKey(doc: Y.Doc, mapDocId: string, keyCheck: string): string {
  return readMapRooms(doc).find((room) => room.keyCheck === keyCheck)?.id ?? mapDocId
}

export function writeMapRoom(doc: Y.Doc, room: MapRoom, origin: unknown): void {
  const { id, ...record } = room
  doc.transact(() => doc.getMap<unknown>(MAP_ROOMS).set(id, record), origin)
}

