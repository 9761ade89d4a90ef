import { z } from 'zod/mini'
import * as Y from 'yjs'
import { collection, deleteEntity, upsertEntity } from '../entities'
import { randomId } from '../ids'
import { MAP_SCHEMA_VERSION } from '../migrations/map'
import { CRISIS_RESOURCES, circleFieldsShape, writeCircle } from '../schema/circle'
import { writeMeta } from '../schema/meta'
import { define, once } from './define'

const crisisInput = once(() => z.array(
  z.object({
    id: z.optional(z.string()),
    name: z.string().check(z.trim(), z.minLength(1, 'a name is needed'), z.maxLength(120)),
    contact: z.string().check(z.trim(), z.minLength(1, 'a phone number or link is needed'), z.maxLength(300)),
  }),
).check(z.maxLength(12)))
const circleProfileShape = once(() => z.omit(circleFieldsShape, { status: true, createdAt: true }))
const circleProfileInput = once(() => circleProfileShape().check(z.refine((c) => c.endDate >= c.startDate, {
  message: 'the end date is before the start date',
  path: ['endDate'],
})))

export type CircleProfileInput = z.infer<ReturnType<typeof circleProfileInput>>
export type CrisisResourceInput = z.infer<ReturnType<typeof crisisInput>>[number]

/** Replaces the list: keeps ids it is given, adds new ones, removes the rest. */
function saveCrisisResources(doc: Y.Doc, resources: CrisisResourceInput[]): void {
  const keep = new Set<string>()
  resources.forEach((resource, order) => {
    const id = resource.id ?? randomId()
    keep.add(id)
    upsertEntity(doc, CRISIS_RESOURCES, id, { name: resource.name, contact: resource.contact, order })
  })
  for (const id of [...collection(doc, CRISIS_RESOURCES).keys()]) if (!keep.has(id)) deleteEntity(doc, CRISIS_RESOURCES, id)
}

/** The circle's profile and crisis contacts. Its weekly rhythm and its end are in reassess.ts. */
export const circleCommands = {
  'circle/create': define(
    () => z.object({ profile: circleProfileInput(), crisisResources: crisisInput() }),
    (doc, { profile, crisisResources }, now) => {
      writeMeta(doc, 'map', MAP_SCHEMA_VERSION)
      writeCircle(doc, { ...profile, status: 'active', createdAt: now })
      saveCrisisResources(doc, crisisResources)
    },
  ),
  'circle/update': define(() => z.partial(circleProfileShape()), (doc, profile) => {
    writeCircle(doc, profile)
  }),
  'crisis/save': define(crisisInput, (doc, resources) => {
    saveCrisisResources(doc, resources)
  }),
}
