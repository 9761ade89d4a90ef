/**
 * Projection of the map into one helper's document (layout: helperDoc/layout.ts).
 *
 * Rules:
 * - Pure and deterministic: a function of the map's values, the helper's id and the
 *   recipient's local date (`today`), never of a clock, so two coordinator devices on the same
 *   day write the same values.
 * - A helper's document holds their brief (the public summary, the coordinator's name and
 *   contact, the crisis resources, their own and the recipient's first names), their own tasks,
 *   the open calls they qualify for (public words only), the coordinator's suggested offer and
 *   the acknowledgements of what they sent. Never another helper's name, contact or tasks, never
 *   the boundaries (excluded people), never private details; assigned details only to the
 *   helper doing the task, when shared and not sensitive (the rule of domain/brief.ts). Free
 *   text that names someone else anyway passes through the one redaction (redact.ts).
 * - Tasks run from TASKS_DAYS_BACK days ago (time to report on last week) to the last day any
 *   need runs, at most TASKS_DAYS_AHEAD days ahead and MAX_TASKS tasks, so the document stays
 *   far below a y-webrtc message (256 KiB). Reports on older tasks still fold: fold checks
 *   ownership against the map, not against this window.
 * - A need held back for safety (professional first, or its safety question unanswered) is
 *   left out entirely: no task, brief line or open call names it, even if a series is accepted.
 * - A removed helper's document is emptied, every section, and marked revoked.
 * - Once the support has ended (domain/ending.ts) nothing after its last day is projected: no
 *   task, open call or brief line promises more; the brief's `circleStatus` lets the phone thank them.
 * - While the whole circle rests (domain/resting.ts) the document holds no task, open call,
 *   series sentence or message (they name needs): only the brief, with `resting` so the phone
 *   thanks them and asks nothing. Resuming projects everything again from the map, which kept it.
 * - Null means "leave the document alone": the map is not loaded, is from a newer Kith, or
 *   this helper's entry cannot be read. Emptying then would revoke a helper by mistake.
 */
import { addDays, earlierDate, laterDate } from '../../domain/dates'
import { helperBrief } from '../../domain/brief'
import { text } from '../../i18n/describe'
import { endedOn } from '../../domain/ending'
import { openRest } from '../../domain/resting'
import { isExcluded } from '../../domain/planner/rules'
import { stopMessageShown } from '../../domain/stops'
import type { Helper, LocalDate, Need, OccurrenceStatusKind } from '../../domain/model'
import type { PhraseValue } from '../../domain/phrase'
import { jsonEqual } from '../entities'
import {
  HELPER_DOC_SCHEMA_VERSION, type HelperBriefFields, type HelperDocValues, type HelperMessage, type HelperTask, type OfferFields,
} from '../helperDoc/layout'
import type { CircleProfile } from '../schema/circle'
import { circleBasics } from './basics'
import { helperHoldings, type Holding } from './holdings'
import { canProject, firstName, isRemovedHelper, peerInput, type ProjectionInput } from './input'
import { expandInSteps } from './occurrences'
import { helperOpenCalls } from './openCalls'
import { projectionRedactor, redactHelperValues } from './redact'
import { runSteps, type Steps } from '../steps'

export const TASKS_DAYS_BACK = 7
export const TASKS_DAYS_AHEAD = 56
export const MAX_TASKS = 200
/** The one reserve thank-you a helper's document holds. */
export const RESERVE_MESSAGE_ID = 'reserve'

export interface Horizon {
  from: LocalDate
  to: LocalDate
}

/** The dates a helper's tasks and open calls are projected for. */
export function helperHorizon(input: Pick<ProjectionInput, 'circle' | 'needs'>, today: LocalDate): Horizon {
  const circle = input.circle!
  const lastDay = input.needs.reduce((last, need) => laterDate(last, need.timing.endDate ?? circle.endDate), circle.endDate)
  return { from: addDays(today, -TASKS_DAYS_BACK), to: earlierDate(lastDay, addDays(today, TASKS_DAYS_AHEAD)) }
}

export function revokedHelperValues(): HelperDocValues {
  return {
    meta: { kind: 'helper', schemaVersion: HELPER_DOC_SCHEMA_VERSION, revoked: true },
    brief: {}, tasks: {}, taskStatuses: {}, openCalls: {}, offerSuggestion: {}, acks: {}, messages: {},
    reports: {}, claims: {}, offer: {}, joined: {},
  }
}

/**
 * The date ranges a helper's projection at `today` reads occurrences for: their tasks, and the
 * open calls offered to them. One place, so `expandForHelpers` expands exactly what `projectHelper` reads.
 */
export function helperRanges(input: Pick<ProjectionInput, 'circle' | 'needs'>, today: LocalDate): { tasks: Horizon; openCalls: Horizon } {
  const tasks = helperHorizon(input, today)
  return { tasks, openCalls: { from: addDays(today, -1), to: tasks.to } }
}

/**
 * Expands the occurrences every helper's projection at `today` reads (their tasks and open
 * calls), a need per `between()`: done first, the projections themselves are short steps.
 */
export async function expandForHelpers(map: ProjectionInput, today: LocalDate, between: () => Promise<void>): Promise<void> {
  if (!canProject(map)) return
  const input = peerInput(map)
  const { tasks, openCalls } = helperRanges(input, today)
  await expandInSteps(input, tasks.from, tasks.to, between)
  await expandInSteps(input, openCalls.from, openCalls.to, between)
}

export function projectHelper(map: ProjectionInput, helperId: string, today: LocalDate): HelperDocValues | null {
  return runSteps(projectHelperSteps(map, helperId, today))
}

/** `projectHelper` in steps (store/steps.ts): tasks, brief, open calls, the values, the redactor, redaction. */
export function* projectHelperSteps(map: ProjectionInput, helperId: string, today: LocalDate): Steps<HelperDocValues | null> {
  if (!canProject(map)) return null
  const input = peerInput(map)
  const helper = input.helpers.find((h) => h.id === helperId)
  if (!helper) return isRemovedHelper(input, helperId) ? revokedHelperValues() : null
  // Someone the recipient does not want involved gets nothing: no brief, no tasks, no open call.
  if (isExcluded(helper, input.boundaries)) return revokedHelperValues()
  const circle = input.circle!
  const resting = openRest(input.rests) !== null
  const ranges = helperRanges(input, today)
  const holdings = resting ? [] : helperHoldings(input, helperId, ranges.tasks.from, ranges.tasks.to).slice(0, MAX_TASKS)
  yield
  const brief = yield* briefSteps(input, circle, helper, today, resting)
  yield
  // An ended circle takes no claims (fold skips it), so it offers none.
  const openCalls = endedOn(circle) === null && !resting ? helperOpenCalls(input, helperId, ranges.openCalls.from, ranges.openCalls.to) : {}
  yield
  const values: HelperDocValues = {
    meta: { kind: 'helper', schemaVersion: HELPER_DOC_SCHEMA_VERSION, revoked: false },
    brief,
    tasks: taskValues(holdings),
    taskStatuses: taskStatuses(holdings),
    openCalls,
    offerSuggestion: offerSuggestion(input, helperId),
    acks: acks(input, helperId),
    messages: resting ? {} : messages(input, helperId, today, holdings),
  }
  yield
  const redact = projectionRedactor(input, { kind: 'helper', helperId })
  yield
  return redactHelperValues(values, redact)
}

/**
 * The kind word about each stop that touched this helper's tasks, while it matters
 * (domain/stops.ts); and the coordinator's thanks for being kept in reserve, while the helper
 * has no task of their own from today on (a backup is not one).
 */
function messages(input: ProjectionInput, helperId: string, today: LocalDate, holdings: readonly Holding[]): Record<string, HelperMessage> {
  const out: Record<string, HelperMessage> = {}
  const thanks = (input.reserveThanks ?? []).find((t) => t.id === helperId)
  if (thanks && !holdings.some((h) => (h.role === 'primary' || h.role === 'cover') && h.occurrence.date >= today)) {
    out[RESERVE_MESSAGE_ID] = { kind: 'reserve', at: thanks.at }
  }
  for (const stop of input.stops ?? []) {
    const need = input.needs.find((n) => n.id === stop.needId)
    if (!need || !stop.helperIds.includes(helperId) || !stopMessageShown(stop, today)) continue
    out[stop.id] = { kind: stop.kind === 'pause' ? 'paused' : 'ended', title: need.title, from: stop.from, until: stop.until, at: stop.at }
  }
  return out
}

/** The brief's fields, in two steps: the phrases, then their English prose. */
function* briefSteps(input: ProjectionInput, circle: CircleProfile, helper: Helper, today: LocalDate, resting: boolean): Steps<HelperBriefFields> {
  const brief = helperBrief({ circle, helper, needs: input.needs, assignments: input.assignments, today })
  yield
  // Prose for phones on older versions, always in the same language, so every coordinator device projects the same values.
  const english = (value: PhraseValue) => text(value, 'en-GB')
  // Once the support has ended, or while it rests, the brief promises nothing more.
  const nothingMore = endedOn(circle) !== null || resting
  return {
    ...circleBasics(circle),
    helperFirstName: firstName(helper.name),
    recipientFirstName: firstName(circle.recipientName),
    circleEnd: circle.endDate,
    circleStatus: circle.status,
    seriesSentences: nothingMore ? [] : brief.tasks.map((task) => english(task.sentence)),
    howToChange: english(brief.howToChange),
    seriesPhrases: nothingMore ? [] : brief.tasks.map((task) => task.sentence),
    howToChangePhrase: brief.howToChange,
    ...(resting ? { resting: true } : {}),
  }
}

/** Assigned details reach only the helper doing the task, and only when shared and not sensitive (domain/brief.ts). */
function detailsFor(need: Need, holding: Holding): string | null {
  if (!holding.doing || need.sensitive || !need.shareDetails) return null
  const details = need.assignedDetails.trim()
  return details === '' ? null : details
}

function taskValues(holdings: Holding[]): Record<string, HelperTask> {
  const tasks: Record<string, HelperTask> = {}
  for (const holding of holdings) {
    const { occurrence, need, role } = holding
    tasks[occurrence.id] = {
      title: need.title, kind: need.kind, start: occurrence.windowStart, end: occurrence.windowEnd, role, details: detailsFor(need, holding),
    }
  }
  return tasks
}

/** Sparse, as the map stores statuses: `planned` is the absence of an entry. */
function taskStatuses(holdings: Holding[]): Record<string, OccurrenceStatusKind> {
  const statuses: Record<string, OccurrenceStatusKind> = {}
  for (const { occurrence, status } of holdings) if (status !== 'planned') statuses[occurrence.id] = status
  return statuses
}

/** The coordinator's version of the offer, unless it is the helper's own last folded offer. */
function offerSuggestion(input: ProjectionInput, helperId: string): OfferFields | Record<string, never> {
  const offer = input.offers[helperId]
  if (!offer) return {}
  const { helperId: _id, ...fields } = offer
  const folded = input.inbox.helperLinks[helperId]?.offer
  if (folded) {
    const { at: _at, ...own } = folded
    if (jsonEqual(own, fields)) return {}
  }
  return fields
}

function acks(input: ProjectionInput, helperId: string): Record<string, number> {
  const out: Record<string, number> = {}
  for (const report of input.inbox.helperReports) if (report.helperId === helperId) out[`reports/${report.occurrenceId}`] = report.at
  for (const claim of input.inbox.claims) if (claim.helperId === helperId) out[`claims/${claim.callId}`] = claim.at
  const link = input.inbox.helperLinks[helperId]
  if (link?.offer) out.offer = link.offer.at
  if (link?.joinedAt != null) out.joined = link.joinedAt
  return out
}
