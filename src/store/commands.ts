import { z } from 'zod'
import * as Y from 'yjs'
import type { Instant } from '../domain/model'
import { assessNeedRisk } from '../domain/safety'
import { deleteEntity, upsertEntity, collection } from './entities'
import { randomId } from './ids'
import { MAP_SCHEMA_VERSION } from './migrations/map'
import { commandOrigin } from './origins'
import { CIRCLE, CRISIS_RESOURCES, circleFieldsShape, writeCircle } from './schema/circle'
import { EXCLUDED_PEOPLE, OFF_LIMITS, excludedPersonValidator, offLimitsValidator } from './schema/boundaries'
import { writeMeta } from './schema/meta'
import { NEEDS, needValidator } from './schema/need'
import { describeIssues, type ReadProblem } from './schema/primitives'

/**
 * Commands: one user intent, validated, then exactly one transaction with the command
 * origin (so undo sees one step). A command never reads the clock: `now` is passed in.
 */
export type CommandResult = { ok: true; id?: string } | { ok: false; problems: ReadProblem[] }

const crisisInput = z.array(
  z.object({ id: z.string().optional(), name: z.string().trim().min(1, 'a name is needed').max(120), contact: z.string().trim().min(1, 'a phone number or link is needed').max(300) }),
).max(12)
const circleProfileShape = circleFieldsShape.omit({ status: true, createdAt: true })
const circleProfileInput = circleProfileShape.refine((c) => c.endDate >= c.startDate, {
  message: 'the end date is before the start date',
  path: ['endDate'],
})
const needDraftInput = needValidator.omit({ safety: true, source: true, createdAt: true }).extend({
  peerConfirmed: z.boolean().optional(),
})

export type CircleProfileInput = z.infer<typeof circleProfileInput>
export type CrisisResourceInput = z.infer<typeof crisisInput>[number]
export type NeedDraft = z.infer<typeof needDraftInput>

type Command<I> = (doc: Y.Doc, input: I, now: Instant) => CommandResult

function define<I>(validator: z.ZodType<I>, perform: (doc: Y.Doc, input: I, now: Instant) => string | void): Command<I> {
  return (doc, input, now) => {
    const parsed = validator.safeParse(input)
    if (!parsed.success) return { ok: false, problems: [describeIssues('input', parsed.error)] }
    let id: string | undefined
    doc.transact(() => {
      id = perform(doc, parsed.data, now) ?? undefined
    }, commandOrigin)
    return id === undefined ? { ok: true } : { ok: true, id }
  }
}

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

function riskOf(fields: { title?: string; assignedDetails?: string; privateDetails?: string }): boolean {
  return assessNeedRisk({ title: fields.title ?? '', assignedDetails: fields.assignedDetails ?? '', privateDetails: fields.privateDetails ?? '' }).professionalFirst
}

export const commands = {
  'circle/create': define(
    z.object({ profile: circleProfileInput, crisisResources: crisisInput }),
    (doc, { profile, crisisResources }, now) => {
      writeMeta(doc, 'map', MAP_SCHEMA_VERSION)
      writeCircle(doc, { ...profile, status: 'active', createdAt: now })
      saveCrisisResources(doc, crisisResources)
    },
  ),
  'circle/update': define(circleProfileShape.partial(), (doc, profile) => {
    writeCircle(doc, profile)
  }),
  'crisis/save': define(crisisInput, (doc, resources) => {
    saveCrisisResources(doc, resources)
  }),
  'need/add': define(needDraftInput, (doc, { peerConfirmed, ...draft }, now) => {
    const id = randomId()
    const professionalFirst = riskOf(draft)
    upsertEntity(doc, NEEDS, id, {
      ...draft,
      safety: { professionalFirst, peerConfirmed: professionalFirst && peerConfirmed === true },
      source: 'coordinator',
      createdAt: now,
    })
    return id
  }),
  'need/update': define(
    z.object({ id: z.string(), fields: needDraftInput.partial() }),
    (doc, { id, fields: { peerConfirmed, ...fields } }) => {
      const need = collection(doc, NEEDS).get(id)
      if (!(need instanceof Y.Map)) return
      const current = need.toJSON() as { safety?: { professionalFirst: boolean; peerConfirmed: boolean } }
      // Once a need was flagged, rewording it does not quietly clear the flag.
      const professionalFirst = current.safety?.professionalFirst === true || riskOf({ ...need.toJSON(), ...fields })
      const confirmed = peerConfirmed ?? current.safety?.peerConfirmed ?? false
      upsertEntity(doc, NEEDS, id, { ...fields, safety: { professionalFirst, peerConfirmed: professionalFirst && confirmed } })
      return id
    },
  ),
  'need/remove': define(z.object({ id: z.string() }), (doc, { id }) => {
    deleteEntity(doc, NEEDS, id)
  }),
  'excluded/add': define(excludedPersonValidator, (doc, person) => {
    const id = randomId()
    upsertEntity(doc, EXCLUDED_PEOPLE, id, { name: person.name.trim(), note: person.note })
    return id
  }),
  'excluded/update': define(z.object({ id: z.string(), fields: excludedPersonValidator.partial() }), (doc, { id, fields }) => {
    if (collection(doc, EXCLUDED_PEOPLE).has(id)) upsertEntity(doc, EXCLUDED_PEOPLE, id, fields)
  }),
  'excluded/remove': define(z.object({ id: z.string() }), (doc, { id }) => {
    deleteEntity(doc, EXCLUDED_PEOPLE, id)
  }),
  'off-limits/add': define(offLimitsValidator, (doc, range) => {
    const id = randomId()
    upsertEntity(doc, OFF_LIMITS, id, range)
    return id
  }),
  'off-limits/remove': define(z.object({ id: z.string() }), (doc, { id }) => {
    deleteEntity(doc, OFF_LIMITS, id)
  }),
} satisfies Record<string, Command<never>>

export type Commands = typeof commands
export type CommandName = keyof Commands
export type CommandInput<N extends CommandName> = Parameters<Commands[N]>[1]

/** The top-level collections a coordinator's command may touch; the undo manager watches these. */
export const MAP_COLLECTIONS = [CIRCLE, CRISIS_RESOURCES, NEEDS, EXCLUDED_PEOPLE, OFF_LIMITS] as const
