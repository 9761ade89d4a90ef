import * as Y from 'yjs'
import { setCircleDeviceId } from '../local/circles'
import { loadDeviceDb } from '../local/load'
import { activeCoordinatorDevices, randomId, readMapSnapshot, type CommandResult, type MapStore } from '../store'
import { carriedOrigin } from '../store/origins'
import type { ApplyOutcome } from './carry'
import { applyToHolder, wholeDocumentPayload } from './carried'
import { listNewCircle } from './circles'
import { inviteLink } from './invite'
import { publishOwnKey } from './mapRooms'
import type { CarriedUpdate } from './messages'

/**
 * A circle with several coordinator devices (issue 15): a rotating pair, or one person's phone
 * and laptop. Each holds the whole map and its key, projects and folds, and the map syncs
 * between them in its own room (room = map id, password = map key) and by update links.
 *
 * A coordinator link is an invitation (`#/join/coordinator/<mapId>/<mapKey>/<payload>`) that
 * carries the whole map, so the new device has the circle at once, offline. It joins the
 * coordinators with the name its person gives. This device's id among them is kept in the
 * device's own list, beside the map's key.
 */
export async function thisDeviceId(mapDocId: string): Promise<string | null> {
  return (await (await loadDeviceDb()).circles.get(mapDocId).catch(() => undefined))?.deviceId ?? null
}

/** Lists this device among the circle's coordinators under `name`, and signs its edits from then on. */
export async function registerThisDevice(mapDocId: string, store: MapStore, name: string, now: number): Promise<CommandResult> {
  const known = await thisDeviceId(mapDocId)
  if (known && store.getSnapshot().coordinatorDevices.some((d) => d.id === known)) return { ok: true, id: known }
  const deviceId = randomId()
  // Remembered first: a device listed in the map that has lost its own id could never sign as itself.
  await setCircleDeviceId(mapDocId, deviceId)
  // Said in the map, so another coordinator device never takes the person's own view for a phone of its own.
  const ownView = (await (await loadDeviceDb()).circles.toArray()).some((c) => c.role === 'recipient' && c.ownMapDocId === mapDocId)
  const result = store.run('coordinator/add-device', { deviceId, name, ...(ownView ? { ownView } : {}) }, now)
  if (result.ok) {
    store.setAuthor(deviceId)
    // Published at once: a device removed later seals the circle's new key for this one (mapRooms.ts).
    await publishOwnKey(mapDocId, store.doc, deviceId)
  }
  return result
}

/** The coordinator link, with the whole map; the inviting device is listed first (as the lead, if none is). */
export async function coordinatorLink(appUrl: string, mapDocId: string, store: MapStore, now: number): Promise<string> {
  const entry = await (await loadDeviceDb()).circles.get(mapDocId)
  if (!entry || entry.role !== 'coordinator') throw new Error('This circle is not on this device.')
  const circle = store.getSnapshot().circle
  const registered = await registerThisDevice(mapDocId, store, circle?.coordinator.name.trim() || entry.label, now)
  if (!registered.ok) throw new Error(registered.problems.map((p) => p.phrase.id).join(' '))
  return inviteLink(appUrl, 'coordinator', mapDocId, entry.key, await wholeDocumentPayload(mapDocId, entry.key, store.doc))
}

/** Whether a circle syncs its map with other coordinator devices. */
export function hasCoordinatorDevices(store: MapStore): boolean {
  return activeCoordinatorDevices(store.getSnapshot().coordinatorDevices).length > 0
}

export type CoordinatorJoin = { ok: true; outcome: ApplyOutcome | null } | { ok: false; reason: 'truncated' | 'not-a-circle' }

/**
 * Opening a coordinator link: a device new to the circle stores the map the link carries and
 * only then lists the circle; a device that already holds it takes the link in as an update.
 */
export async function joinAsCoordinator(mapDocId: string, key: string, carried: CarriedUpdate | null, now: number): Promise<CoordinatorJoin> {
  if (!carried) return { ok: false, reason: 'truncated' }
  const known = await (await loadDeviceDb()).circles.get(mapDocId)
  if (known) return { ok: true, outcome: await applyToHolder({ role: 'map', docId: mapDocId, key: known.key }, carried, now) }
  const doc = new Y.Doc()
  Y.applyUpdate(doc, carried.update, carriedOrigin)
  const snapshot = readMapSnapshot(doc, 0)
  if (!snapshot.circle) return { ok: false, reason: 'not-a-circle' }
  await listNewCircle(mapDocId, doc, { key, label: snapshot.circle.recipientName }, now)
  return { ok: true, outcome: 'applied' }
}
