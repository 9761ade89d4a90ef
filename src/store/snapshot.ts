import * as Y from 'yjs'
import type { Boundaries, Helper, Need, OccurrenceStatus, Offer, Rest, Stop } from '../domain/model'
import { MAP_SCHEMA_VERSION } from './migrations/map'
import { readActivity, type ActivityEntry } from './schema/activity'
import { readAssignments, type StoredAssignment } from './schema/assignment'
import { readAway, type AwayPeriod } from './schema/away'
import { readDeclined, type DeclinedPair } from './schema/declined'
import { readBoundaries } from './schema/boundaries'
import { readCheckIns, type CheckIn } from './schema/checkIn'
import { readCircle, type CircleProfile } from './schema/circle'
import { readDocuments, type CircleDocument } from './schema/document'
import { readCoordinatorDevices, type CoordinatorDevice } from './schema/coordinatorDevice'
import { readFormerHelpers, type FormerHelper } from './schema/formerHelper'
import { readInbox, type Inbox } from './schema/inbox'
import { readHelpers, readOffers } from './schema/helper'
import { readSchemaVersion } from './schema/meta'
import { NEEDS, needValidator, readNeeds } from './schema/need'
import { readStatuses } from './schema/occurrence'
import { readStops } from './schema/stop'
import { readRests } from './schema/rest'
import { readReserveThanks, type ReserveThanks } from './schema/reserveThanks'
import { readOpenCalls, type OpenCall } from './schema/openCall'
import { readCollection, type ReadProblem } from './schema/primitives'
import { rawEntities } from './entities'
import { compareText } from '../domain/compareText'

/**
 * The map document read whole into typed, frozen, deterministically ordered values. Entries
 * that cannot be read are left out and listed in `problems`, never thrown.
 */
export type MapDocState = 'empty' | 'ready' | 'too-new'

export interface MapSnapshot {
  version: number
  state: MapDocState
  schemaVersion: number | null
  circle: CircleProfile | null
  /** High priority first, then oldest first. */
  needs: Need[]
  boundaries: Boundaries
  /** By name. */
  helpers: Helper[]
  /** Helpers who were removed: only their names, so text naming them can still be redacted. */
  formerHelpers: FormerHelper[]
  /** At most one per helper, keyed by helper id. */
  offers: Record<string, Offer>
  /** Accepted series, by need, slot, role, start. */
  assignments: StoredAssignment[]
  /** Only occurrences where something happened, keyed by occurrence id. */
  statuses: Record<string, OccurrenceStatus>
  /** Newest first, with taken and withdrawn calls as history. */
  openCalls: OpenCall[]
  /** Newest first. */
  checkIns: CheckIn[]
  /** Newest first. */
  activity: ActivityEntry[]
  /** Helpers' days away, by first day. */
  away: AwayPeriod[]
  /** Proposals said no to: this helper, never for this need. */
  declined: DeclinedPair[]
  /** Needs, or one helper's part, stopped at the recipient's word; by first day. */
  stops: Stop[]
  /** Times the whole circle rests, by first day; one open (`until` null) while it rests now. */
  rests: Rest[]
  /** Helpers thanked and kept in reserve, by helper id; oldest first. */
  reserveThanks: ReserveThanks[]
  /** Helpers' and the recipient's documents: ids and keys, oldest first. */
  documents: CircleDocument[]
  /** Coordinator devices, removed ones too, oldest first; none until a second one is invited. */
  coordinatorDevices: CoordinatorDevice[]
  /** What fold received from helpers' and the recipient's documents. */
  inbox: Inbox
  /** Entries that could not be read; reported, never crashed on. */
  problems: ReadProblem[]
  canUndo: boolean
}

export function readMapSnapshot(doc: Y.Doc, version: number, canUndo = false): MapSnapshot {
  const problems: ReadProblem[] = []
  const parts: Partial<Record<CollectionName, unknown>> = {}
  for (const name of COLLECTIONS) parts[name] = collectionReaders[name](doc, problems)
  return assemble(doc, parts, problems, version, canUndo)
}

/**
 * The same snapshot, read one collection at a time with `between()` awaited before each (the
 * caller yields to the page there): a circle's first screen reads the whole map, and in one task
 * that held a phone's main thread for the time of every collection together. Returns null if the
 * document changed meanwhile (`versionNow()` moved): the values read would mix two states.
 */
export async function readMapSnapshotInSteps(
  doc: Y.Doc, version: number, canUndo: boolean, between: () => Promise<void>, versionNow: () => number,
): Promise<MapSnapshot | null> {
  const problems: ReadProblem[] = []
  const parts: Partial<Record<CollectionName, unknown>> = {}
  const step = async () => {
    await between()
    return versionNow() === version
  }
  // The largest read of the first screen, a need at a time.
  const needs = await readNeedsInSteps(doc, problems, step)
  if (!needs) return null
  parts.needs = needs.sort(compareNeeds)
  for (const name of COLLECTIONS.slice(1)) {
    if (!(await step())) return null
    parts[name] = collectionReaders[name](doc, problems)
  }
  await between()
  return versionNow() === version ? assemble(doc, parts, problems, version, canUndo) : null
}

/**
 * `readNeeds` a need at a time, with `step()` awaited first and between needs: null as soon as
 * it answers false (the document changed; the problems found until then are dropped with the
 * rest). The first step builds the schema (parsing an empty object visits every field): on
 * Assign the needs' schema built and read in one go was one of the first load's longest tasks.
 */
export async function readNeedsInSteps(doc: Y.Doc, problems: ReadProblem[], step: () => Promise<boolean>): Promise<Need[] | null> {
  if (!(await step())) return null
  needValidator.safeParse({})
  const needs: Need[] = []
  for (const entry of rawEntities(doc, NEEDS)) {
    if (!(await step())) return null
    needs.push(...readCollection(doc, NEEDS, needValidator, problems, [entry]))
  }
  return needs
}

/** Each collection's reader, in the order problems are listed (the order of the snapshot's fields); the needs first. */
const collectionReaders = {
  needs: (doc: Y.Doc, problems: ReadProblem[]) => readNeeds(doc, problems).sort(compareNeeds),
  boundaries: readBoundaries,
  helpers: readHelpers,
  formerHelpers: readFormerHelpers,
  offers: readOffers,
  assignments: readAssignments,
  statuses: readStatuses,
  openCalls: readOpenCalls,
  checkIns: readCheckIns,
  activity: readActivity,
  away: readAway,
  declined: readDeclined,
  stops: readStops,
  rests: readRests,
  reserveThanks: readReserveThanks,
  documents: readDocuments,
  coordinatorDevices: readCoordinatorDevices,
  inbox: readInbox,
} satisfies { [K in keyof MapSnapshot]?: (doc: Y.Doc, problems: ReadProblem[]) => MapSnapshot[K] }
type CollectionName = keyof typeof collectionReaders
const COLLECTIONS = Object.keys(collectionReaders) as CollectionName[]

function assemble(doc: Y.Doc, parts: Partial<Record<CollectionName, unknown>>, collectionProblems: ReadProblem[], version: number, canUndo: boolean): MapSnapshot {
  // The circle's profile is read last but listed first, as it always was.
  const problems: ReadProblem[] = []
  const schemaVersion = readSchemaVersion(doc)
  const circle = readCircle(doc, problems)
  problems.push(...collectionProblems)
  const state: MapDocState =
    schemaVersion !== null && schemaVersion > MAP_SCHEMA_VERSION ? 'too-new' : circle ? 'ready' : 'empty'
  return freezeInDevelopment({ version, state, schemaVersion, circle, ...(parts as Pick<MapSnapshot, CollectionName>), problems, canUndo })
}

const priorityRank = { high: 0, medium: 1, low: 2 } as const
function compareNeeds(a: Need, b: Need): number {
  return priorityRank[a.priority] - priorityRank[b.priority] || a.createdAt - b.createdAt || compareText(a.id, b.id)
}

/**
 * Frozen in development and tests: a screen that mutates the shared snapshot fails there at
 * once. A phone skips the walk: it visits every value of the map on every change (and fold
 * and projection read the map this way too), and nothing relies on the freeze at run time.
 */
function freezeInDevelopment<T>(value: T): T {
  return import.meta.env?.DEV ? deepFreeze(value) : value
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const child of Object.values(value)) deepFreeze(child)
  }
  return value
}
