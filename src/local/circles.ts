import type { CircleEnding, DeviceCircle, Role, Signpost } from './db'
import { loadDeviceDb } from './load'

/**
 * The list changes in one tab are told to the others (BroadcastChannel), so every tab's list of
 * circles is the same without a reload.
 */
const LIST_CHANNEL = 'kith-device-circles'
let channel: BroadcastChannel | null = null
function listChannel(): BroadcastChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null
  channel ??= new BroadcastChannel(LIST_CHANNEL)
  return channel
}
const listeners = new Set<() => void>()
function changed(): void {
  listChannel()?.postMessage('changed')
  listeners.forEach((listener) => listener())
}

/** Calls `listener` whenever the list changes, in this tab or another; returns an unsubscribe. */
export function onCirclesChanged(listener: () => void): () => void {
  const fromOtherTab = () => listener()
  listChannel()?.addEventListener('message', fromOtherTab)
  listeners.add(listener)
  return () => {
    listChannel()?.removeEventListener('message', fromOtherTab)
    listeners.delete(listener)
  }
}

export async function listCircles(): Promise<DeviceCircle[]> {
  // The last opened first; ties as the `lastOpenedAt` index had them read backwards (by id, descending).
  return (await (await loadDeviceDb()).circles.toArray()).sort((a, b) => b.lastOpenedAt - a.lastOpenedAt || (a.docId < b.docId ? 1 : a.docId > b.docId ? -1 : 0))
}

export async function addCircle(entry: { docId: string; role: Role; key: string; label: string; now: number }): Promise<void> {
  await (await loadDeviceDb()).circles.put({
    docId: entry.docId, role: entry.role, key: entry.key, label: entry.label,
    addedAt: entry.now, lastOpenedAt: entry.now,
  })
  changed()
}

/**
 * Notes that the circle was opened, with what the list shows of it: its label, whether its
 * support has ended (null: it runs) and whether it rests.
 */
export async function touchCircle(docId: string, changes: { label?: string; ending?: CircleEnding | null; resting?: boolean; now: number }): Promise<void> {
  const update: Partial<DeviceCircle> = { lastOpenedAt: changes.now }
  if (changes.label) update.label = changes.label
  if (changes.ending !== undefined) update.ending = changes.ending
  if (changes.resting !== undefined) update.resting = changes.resting
  await (await loadDeviceDb()).circles.update(docId, update)
  if (changes.label || changes.ending !== undefined || changes.resting !== undefined) changed()
}

/** Marks a recipient's document as the person's own view of the circle this device coordinates (sync/ownView.ts). */
export async function setOwnMap(docId: string, ownMapDocId: string): Promise<void> {
  await (await loadDeviceDb()).circles.update(docId, { ownMapDocId })
  changed()
}

/** Remembers which of a circle's coordinator devices this one is. */
export async function setCircleDeviceId(docId: string, deviceId: string): Promise<void> {
  await (await loadDeviceDb()).circles.update(docId, { deviceId })
}

export async function circleLabel(docId: string): Promise<string> {
  return (await (await loadDeviceDb()).circles.get(docId))?.label ?? ''
}

export async function forgetCircle(docId: string): Promise<void> {
  await (await loadDeviceDb()).circles.delete(docId)
  changed()
}

export type { CircleEnding, DeviceCircle, Role }

/** Remembers that this device was removed from a document (its id only), before anything of it is deleted. */
export async function markRemoved(docId: string, now: number): Promise<void> {
  await (await loadDeviceDb()).removedDocs.put({ docId, removedAt: now })
}

export async function wasRemoved(docId: string): Promise<boolean> {
  return (await (await loadDeviceDb()).removedDocs.get(docId).catch(() => undefined)) !== undefined
}

/** Stores the keys a person's device holds for its document after a step of a key change (sync/keyRotation.ts). */
export async function storeHeldKeys(docId: string, held: { key: string; nextKey?: string | null; previousKey?: string | null }): Promise<void> {
  await (await loadDeviceDb()).circles.update(docId, { key: held.key, nextKey: held.nextKey ?? null, previousKey: held.previousKey ?? null })
}

/**
 * The map moved to a new key (sync/mapRooms.ts): the new key replaces the old one, which stays
 * only with the signpost this device serves in the room it left.
 */
export async function moveMapKey(docId: string, key: string, signpost: Signpost): Promise<void> {
  await (await loadDeviceDb()).circles.modify(docId, (entry) => entry && { ...entry, key, signposts: [...(entry.signposts ?? []), signpost] })
  changed()
}
