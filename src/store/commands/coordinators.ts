import { z } from 'zod/mini'
import { readEntity } from '../schema/primitives'
import { appendActivity } from '../schema/activity'
import { CIRCLE, writeCircle } from '../schema/circle'
import { COORDINATOR_DEVICES, coordinatorDeviceValidator, type CoordinatorDevice } from '../schema/coordinatorDevice'
import { collection, upsertEntity } from '../entities'
import { define, firstRefusal, refuse, once } from './define'
import { refusals, summaries } from './words'
import type * as Y from 'yjs'

/**
 * Coordinator devices: adding one (a second person, or the same person's other device), making
 * someone the lead (the contact every brief names: projection carries it to helpers), and
 * removing a device. The device ids are random and made by the caller.
 */
const deviceIdValidator = once(() => z.string().check(z.regex(/^[A-Za-z0-9_-]{8,64}$/, 'expected a device id')))
const deviceInput = once(() => z.object({ deviceId: deviceIdValidator() }))

function liveDevice(doc: Y.Doc, deviceId: string): CoordinatorDevice | null {
  const device = readEntity(doc, COORDINATOR_DEVICES, deviceId, coordinatorDeviceValidator)
  return device && device.removedAt === null ? device : null
}

const leadOf = (doc: Y.Doc): unknown => doc.getMap(CIRCLE).get('leadDeviceId') ?? null

export const coordinatorCommands = {
  /**
   * A device joins the coordinators. The first one listed becomes the lead, with the circle's
   * coordinator contact unchanged: it is the device that started the circle. `ownView`: the
   * device also holds the person's own view (a circle for oneself).
   */
  'coordinator/add-device': define(
    () => z.object({
      deviceId: deviceIdValidator(),
      name: z.string().check(z.trim(), z.minLength(1, 'a name is needed'), z.maxLength(120)),
      ownView: z.optional(z.boolean()),
    }),
    (doc, { deviceId }) => (collection(doc, COORDINATOR_DEVICES).has(deviceId) ? refuse('input/deviceId', refusals.deviceTwice) : null),
    (doc, { deviceId, name, ownView }, now) => {
      upsertEntity(doc, COORDINATOR_DEVICES, deviceId, { name, addedAt: now, removedAt: null, ...(ownView ? { ownView: true } : {}) })
      if (leadOf(doc) === null) writeCircle(doc, { leadDeviceId: deviceId })
      else appendActivity(doc, now, 'coordinator/added', summaries.coordinatorJoined(name), [deviceId])
      return deviceId
    },
  ),
  /** "Make Alex the coordinator": briefs name them and their contact from the next projection on. */
  'coordinator/hand-over': define(
    () => z.object({ deviceId: deviceIdValidator(), contact: z.string().check(z.trim(), z.maxLength(300)) }),
    (doc, { deviceId }) => firstRefusal(
      liveDevice(doc, deviceId) ? null : refuse('input/deviceId', refusals.deviceGone),
      leadOf(doc) === deviceId ? refuse('input/deviceId', refusals.alreadyLead) : null,
    ),
    (doc, { deviceId, contact }, now) => {
      const device = liveDevice(doc, deviceId)!
      writeCircle(doc, { leadDeviceId: deviceId, coordinator: { name: device.name, contact } })
      appendActivity(doc, now, 'coordinator/lead', summaries.handedOver(device.name), [deviceId])
    },
  ),
  /** The device forgets the circle when it next syncs; the lead's device can't be removed. */
  'coordinator/remove-device': define(
    deviceInput,
    (doc, { deviceId }) => firstRefusal(
      liveDevice(doc, deviceId) ? null : refuse('input/deviceId', refusals.deviceGone),
      leadOf(doc) === deviceId ? refuse('input/deviceId', refusals.leadStays) : null,
    ),
    (doc, { deviceId }, now) => {
      const device = liveDevice(doc, deviceId)!
      upsertEntity(doc, COORDINATOR_DEVICES, deviceId, { removedAt: now })
      appendActivity(doc, now, 'coordinator/removed', summaries.coordinatorRemoved(device.name), [deviceId])
    },
  ),
}
