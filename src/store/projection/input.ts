import * as Y from 'yjs'
import { localDateOf } from '../../domain/dates'
import type { Instant, LocalDate } from '../../domain/model'
import { isHeldBack } from '../../domain/safetyVerdict'
import type { Inbox } from '../schema/inbox'
import type { ReadProblem } from '../schema/primitives'
import { readMapSnapshot, type MapSnapshot } from '../snapshot'

/**
 * What projection and fold read of the map: the typed snapshot plus the inbox (what was
 * already received from helpers and the recipient). Plain values, so projection stays a pure
 * function of them.
 */
export type ProjectionInput = Pick<
  MapSnapshot,
  'state' | 'circle' | 'needs' | 'boundaries' | 'helpers' | 'formerHelpers' | 'offers' | 'assignments' | 'statuses' | 'openCalls' | 'checkIns' | 'stops' | 'rests' | 'reserveThanks'
> & {
  inbox: Inbox
  /** Entries of the map that could not be read: a helper listed here is not treated as removed. */
  problems: ReadProblem[]
}

/**
 * The map read whole. A map store's snapshot is the same input (it holds the inbox and its
 * problems too): the coordinator's sync reads that one, prepared in slices, rather than the map again.
 */
export function readProjectionInput(mapDoc: Y.Doc): ProjectionInput {
  return readMapSnapshot(mapDoc, 0)
}

/**
 * The recipient's local date at `now`: the one input of projection that depends on the day.
 * Two coordinator devices on the same day project the same values, whatever their clocks say
 * within it. Null when the map has no readable circle.
 */
export function todayOf(input: Pick<ProjectionInput, 'circle'>, now: Instant): LocalDate | null {
  return input.circle ? localDateOf(now, input.circle.timeZone) : null
}

/**
 * Whether projecting from this map could do harm: a map not yet loaded (no circle) would
 * look as if every helper had been removed, and a map from a newer Kith would be read wrongly.
 */
export function canProject(input: ProjectionInput): boolean {
  return input.state === 'ready' && input.circle !== null
}

/** A helper missing from the map was removed, unless their entry is there but unreadable. */
export function isRemovedHelper(input: ProjectionInput, helperId: string): boolean {
  if (input.helpers.some((helper) => helper.id === helperId)) return false
  return !input.problems.some((problem) => problem.path === `helpers/${helperId}` || problem.path.startsWith(`helpers/${helperId}/`))
}

const peerInputs = new WeakMap<ProjectionInput, ProjectionInput>()

/**
 * The map as helpers may see it: without needs held back for safety (domain/safety.ts), so a
 * held-back need's title and words reach no helper's tasks, brief or open calls, whatever is
 * assigned. Remembered per input, so occurrences are expanded once per pass.
 */
export function peerInput(input: ProjectionInput): ProjectionInput {
  let peer = peerInputs.get(input)
  if (!peer) peerInputs.set(input, (peer = { ...input, needs: input.needs.filter((need) => !isHeldBack(need)) }))
  return peer
}

export const firstName = (name: string): string => name.trim().split(/\s+/)[0] ?? ''
