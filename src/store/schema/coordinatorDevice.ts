import { z } from 'zod/mini'
import * as Y from 'yjs'
import { lazySchema, readCollection, requiredText, type ReadProblem } from './primitives'
import { compareText } from '../../domain/compareText'

/** An ECDH P-256 public key, raw, base64url (sync/sealing.ts). */
export const publicKeyPattern = /^[A-Za-z0-9_-]{87}$/

/**
 * The coordinator devices of a circle (a rotating pair, or one person's phone and laptop),
 * keyed by a random device id that each device keeps in its own device list. Every one of
 * them holds the map and its key, projects and folds. A removed device is kept as history
 * (the activity log names it) and forgets the circle when it next syncs.
 *
 * A circle made before a second coordinator was invited has none listed: its one device is
 * registered, as the lead, when it first invites another.
 */
export const COORDINATOR_DEVICES = 'coordinatorDevices'

export const coordinatorDeviceValidator = lazySchema(() => z.object({
  /** Who uses it, as they gave their name: "Jordan", "Alex". */
  name: requiredText(120),
  addedAt: z.number(),
  removedAt: z.nullable(z.number()),
  /**
   * The device's public key (sync/sealing.ts), written by the device itself: when another device
   * is removed, the map's new key is sealed for this one. Absent on a device that has not published one yet.
   */
  publicKey: z.optional(z.string().check(z.regex(publicKeyPattern, 'expected a public key'))),
  /**
   * The device also holds the person's own view (a circle for oneself, sync/ownView.ts): while it
   * is listed, the person's document is not another phone to send to or stop sharing with, on
   * any coordinator device. Written by the device itself when it joins the coordinators.
   */
  ownView: z.optional(z.boolean()),
}))

export type CoordinatorDevice = z.infer<typeof coordinatorDeviceValidator> & { id: string }

/** Oldest first. */
export function readCoordinatorDevices(doc: Y.Doc, problems: ReadProblem[]): CoordinatorDevice[] {
  return readCollection(doc, COORDINATOR_DEVICES, coordinatorDeviceValidator, problems).sort((a, b) => a.addedAt - b.addedAt || compareText(a.id, b.id))
}

/** Whether a coordinator device still listed holds the person's own view (a circle for oneself, before its hand-over). */
export function ownViewCoordinating(devices: readonly Pick<CoordinatorDevice, 'removedAt' | 'ownView'>[]): boolean {
  return devices.some((device) => device.removedAt === null && device.ownView === true)
}

export function activeCoordinatorDevices(devices: readonly CoordinatorDevice[]): CoordinatorDevice[] {
  return devices.filter((device) => device.removedAt === null)
}

/** A device publishes its public key in its own entry (its own step, outside Undo). */
export function publishDeviceKey(doc: Y.Doc, deviceId: string, publicKey: string, origin: unknown): boolean {
  const entity = doc.getMap<unknown>(COORDINATOR_DEVICES).get(deviceId)
  if (!(entity instanceof Y.Map) || entity.get('publicKey') === publicKey) return false
  doc.transact(() => entity.set('publicKey', publicKey), origin)
  return true
}
