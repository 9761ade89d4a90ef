/**
 * The plan input, sorted by id and indexed once, so that the plan never depends on the order
 * of the arrays it was given; plus a cache of the static rules per occurrence × helper.
 */
import type { Assignment, Boundaries, Helper, Instant, Need, Occurrence, Offer } from '../model'
import { isOvereager } from './overeager'
import { evaluateStatic, type StaticEvaluation } from './rules'
import type { PlanInput } from './types'

export const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

export interface Prepared {
  timeZone: string
  now: Instant
  boundaries: Boundaries
  /** Occurrences that need someone (not cancelled, need known), by window start then id. */
  occurrences: Occurrence[]
  occurrenceById: Map<string, Occurrence>
  needById: Map<string, Need>
  /** By id. */
  helpers: Helper[]
  helperById: Map<string, Helper>
  offerByHelper: Map<string, Offer>
  overeager: Set<string>
  /** Accepted series, by id. */
  accepted: Assignment[]
  staticCache: Map<string, StaticEvaluation>
}

export function prepare(input: PlanInput): Prepared {
  const needById = new Map([...input.needs].sort((a, b) => compareText(a.id, b.id)).map((n) => [n.id, n]))
  const cancelled = new Set((input.statuses ?? []).filter((s) => s.status === 'cancelled').map((s) => s.occurrenceId))
  const occurrences = input.occurrences
    .filter((o) => needById.has(o.needId) && !cancelled.has(o.id))
    .sort((a, b) => a.windowStart - b.windowStart || compareText(a.id, b.id))
  const helpers = [...input.helpers].sort((a, b) => compareText(a.id, b.id))
  const offerByHelper = new Map<string, Offer>()
  // At most one offer per helper is expected; if not, keep one chosen by content, not by position.
  const offers = input.offers
    .map((offer) => ({ offer, key: JSON.stringify(offer) }))
    .sort((a, b) => compareText(a.offer.helperId, b.offer.helperId) || compareText(a.key, b.key))
  for (const { offer } of offers) if (!offerByHelper.has(offer.helperId)) offerByHelper.set(offer.helperId, offer)
  const needs = [...needById.values()]
  const overeager = new Set([...offerByHelper.values()].filter((o) => isOvereager(o, needs)).map((o) => o.helperId))
  return {
    timeZone: input.timeZone,
    now: input.now,
    boundaries: input.boundaries,
    occurrences,
    occurrenceById: new Map(occurrences.map((o) => [o.id, o])),
    needById,
    helpers,
    helperById: new Map(helpers.map((h) => [h.id, h])),
    offerByHelper,
    overeager,
    accepted: input.accepted.filter((a) => a.accepted).sort((a, b) => compareText(a.id, b.id)),
    staticCache: new Map(),
  }
}

export function staticFor(prepared: Prepared, occurrence: Occurrence, helper: Helper): StaticEvaluation {
  const key = `${occurrence.id}\u0000${helper.id}`
  let cached = prepared.staticCache.get(key)
  if (!cached) {
    const need = prepared.needById.get(occurrence.needId)!
    const offer = prepared.offerByHelper.get(helper.id)
    cached = evaluateStatic(occurrence, need, helper, offer, prepared.boundaries, prepared.timeZone)
    prepared.staticCache.set(key, cached)
  }
  return cached
}

/** Its window has ended: history, never newly planned. */
export function isPast(prepared: Prepared, occurrence: Occurrence): boolean {
  return occurrence.windowEnd <= prepared.now
}

/** Helpers whose offer could do it, load and other tasks aside. */
export function staticCandidates(prepared: Prepared, occurrence: Occurrence): Helper[] {
  return prepared.helpers.filter((h) => staticFor(prepared, occurrence, h).violations.length === 0)
}

export function weeklyLimitOf(prepared: Prepared, helperId: string): number {
  return prepared.offerByHelper.get(helperId)?.weeklyLimit ?? 0
}
