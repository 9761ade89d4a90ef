import { ACTIVITY } from '../schema/activity'
import { ASSIGNMENTS } from '../schema/assignment'
import { AWAY } from '../schema/away'
import { DECLINED } from '../schema/declined'
import { FORMER_HELPERS } from '../schema/formerHelper'
import { CHECK_INS } from '../schema/checkIn'
import { DOCUMENTS } from '../schema/document'
import { COORDINATOR_DEVICES } from '../schema/coordinatorDevice'
import { CIRCLE, CRISIS_RESOURCES } from '../schema/circle'
import { EXCLUDED_PEOPLE, OFF_LIMITS } from '../schema/boundaries'
import { HELPERS, OFFERS } from '../schema/helper'
import { NEEDS } from '../schema/need'
import { STATUSES } from '../schema/occurrence'
import { STOPS } from '../schema/stop'
import { RESTS } from '../schema/rest'
import { RESERVE_THANKS } from '../schema/reserveThanks'
import { OPEN_CALLS } from '../schema/openCall'
import { INBOX_COLLECTIONS } from '../schema/inbox'
import { assignmentCommands } from './assignments'
import { boundaryCommands } from './boundaries'
import { circleCommands } from './circle'
import { foldCommands } from './fold'
import type { Command } from './define'
import { coordinatorCommands } from './coordinators'
import { documentCommands } from './documents'
import { helperCommands } from './helpers'
import { needCommands } from './needs'
import { safetyCommands } from './safety'
import { stopCommands } from './stops'
import { reserveCommands } from './reserve'
import { restCommands } from './rests'
import { checkInCommands, endCommands, occurrenceCommands, openCallCommands } from './reassess'

type Merged<G extends readonly object[]> = G extends readonly [infer Head, ...infer Rest extends readonly object[]] ? Head & Merged<Rest> : unknown

/** Joins the groups into one registry; a name declared twice would silently shadow the other, so it throws. */
function register<G extends ReadonlyArray<Record<string, Command<never>>>>(...groups: G): Merged<G> {
  const all: Record<string, Command<never>> = {}
  for (const group of groups) {
    for (const [name, command] of Object.entries(group)) {
      if (name in all) throw new Error(`The command '${name}' is declared twice`)
      all[name] = command
    }
  }
  return all as Merged<G>
}

/** Every command, declared once, by area and verb; each group lives in the file of its concept. */
export const commands = register(
  circleCommands, needCommands, safetyCommands, stopCommands, boundaryCommands, helperCommands, assignmentCommands,
  occurrenceCommands, openCallCommands, checkInCommands, endCommands, documentCommands, foldCommands, coordinatorCommands,
  reserveCommands, restCommands,
)

export type Commands = typeof commands
export type CommandName = keyof Commands
export type CommandInput<N extends CommandName> = Parameters<Commands[N]>[1]

/**
 * Commands an archived (ended) circle still accepts; MapStore.run refuses the rest. Stopping
 * sharing with the recipient's phone is one of the ways to end the support (EndScreen).
 */
export const ARCHIVED_COMMANDS: ReadonlySet<CommandName> = new Set<CommandName>(['circle/reopen', 'document/revoke'])

/** The top-level collections a coordinator's command may touch; the undo manager watches these. */
export const MAP_COLLECTIONS = [
  CIRCLE, CRISIS_RESOURCES, NEEDS, EXCLUDED_PEOPLE, OFF_LIMITS,
  HELPERS, OFFERS, ASSIGNMENTS, STATUSES, OPEN_CALLS, CHECK_INS, ACTIVITY, DOCUMENTS, AWAY, DECLINED, FORMER_HELPERS, COORDINATOR_DEVICES, STOPS, RESTS, RESERVE_THANKS,
  ...INBOX_COLLECTIONS,
] as const

export type { CommandResult, Refusal } from './define'
export { refusals } from './words'
export type { CircleProfileInput, CrisisResourceInput } from './circle'
export type { NeedDraft } from './needs'
export type { HelperDraft, OfferInput } from './helpers'
export type { AssignmentProposal, AssignmentSetInput } from './assignments'
export type { CheckInInput } from './reassess'
export { FOLLOW_UP_DAYS } from './reassess'
export { subtractSeries } from './assignments'
