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
import { readNeeds } from './schema/need'
import { readStatuses } from './schema/occurrence'
import { readStops } from './schema/stop'
import { readRests } from './schema/rest'
import { readReserveThanks, type ReserveThanks } from './schema/reserveThanks'
import { readOpenCalls, type OpenCall } from './schema/openCall'
import type { ReadProblem } from './schema/primitives'

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
  const schemaVersion = readSchemaVersion(doc)
  const circle = readCircle(doc, problems)
  const state: MapDocState =
    schemaVersion !== null && schemaVersion > MAP_SCHEMA_VERSION ? 'too-new' : circle ? 'ready' : 'empty'
  return deepFreeze({
    version,
    state,
    schemaVersion,
    circle,
    needs: readNeeds(doc, problems).sort(compareNeeds),
    boundaries: readBoundaries(doc, problems),
    helpers: readHelpers(doc, problems),
    formerHelpers: readFormerHelpers(doc, problems),
    offers: readOffers(doc, problems),
    assignments: readAssignments(doc, problems),
    statuses: readStatuses(doc, problems),
    openCalls: readOpenCalls(doc, problems),
    checkIns: readCheckIns(doc, problems),
    activity: readActivity(doc, problems),
    away: readAway(doc, problems),
    declined: readDeclined(doc, problems),
    stops: readStops(doc, problems),
    rests: readRests(doc, problems),
    reserveThanks: readReserveThanks(doc, problems),
    documents: readDocuments(doc, problems),
    coordinatorDevices: readCoordinatorDevices(doc, problems),
    inbox: readInbox(doc, problems),
    problems,
    canUndo,
  })
}

const priorityRank = { high: 0, medium: 1, low: 2 } as const
function compareNeeds(a: Need, b: Need): number {
  return priorityRank[a.priority] - priorityRank[b.priority] || a.createdAt - b.createdAt || a.id.localeCompare(b.id)
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const child of Object.values(value)) deepFreeze(child)
  }
  return value
}
