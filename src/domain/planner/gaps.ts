/**
 * Why an occurrence has no one: the dominant reason, found by peeling the rules from the most
 * fundamental (safety, nobody offered the kind) to the most circumstantial (limits, other
 * tasks), over every helper, in the state the plan ended in.
 */
import type { Occurrence } from '../model'
import { localMomentOf, partOfDay, type PartOfDay } from './localTime'
import type { Prepared } from './prepared'
import { needsProfessionalFirst } from './rules'
import { evaluate, type PlanState } from './state'
import type { GapReason, ViolationKind } from './types'
import { gapWords } from './words'

export function partOfDayOf(prepared: Prepared, occurrence: Occurrence): PartOfDay | null {
  if (occurrence.slotKey === 'any') return null
  return partOfDay(localMomentOf(occurrence.windowStart, prepared.timeZone).minutes)
}

function dominantReason(prepared: Prepared, state: PlanState, occurrence: Occurrence): GapReason {
  if (needsProfessionalFirst(prepared.needById.get(occurrence.needId)!)) return 'professional-first'
  const everyone = prepared.helpers.map((helper) =>
    new Set<ViolationKind>(evaluate(prepared, state, occurrence, helper, 'primary').violations.map((v) => v.kind)))
  const without = (group: Set<ViolationKind>[], ...kinds: ViolationKind[]) =>
    group.filter((found) => kinds.every((kind) => !found.has(kind)))

  const offered = without(everyone, 'no-offer', 'kind-not-offered')
  if (offered.length === 0) return 'no-offer-of-kind'
  const eligible = without(offered, 'excluded', 'remote-only', 'missing-tags')
  if (eligible.length === 0) {
    return without(offered, 'excluded', 'remote-only').length > 0 ? 'missing-tags' : 'only-excluded-or-remote'
  }
  const timely = without(eligible, 'not-available', 'outside-offer-dates')
  if (timely.length === 0) {
    return eligible.some((found) => found.has('outside-offer-dates')) ? 'outside-offer-dates' : 'no-one-at-that-time'
  }
  const allowed = without(timely, 'off-limits')
  if (allowed.length === 0) return 'off-limits'
  if (allowed.some((found) => found.size === 0)) return 'could-be-filled'
  const atLimit = allowed.filter((found) => found.has('weekly-limit')).length
  const busy = allowed.filter((found) => !found.has('weekly-limit')).length
  return atLimit >= busy ? 'everyone-at-limit' : 'busy-elsewhere'
}

export function explainGap(prepared: Prepared, state: PlanState, occurrence: Occurrence): { reason: GapReason; detail: string } {
  const reason = dominantReason(prepared, state, occurrence)
  const need = prepared.needById.get(occurrence.needId)!
  return { reason, detail: gapWords[reason](need.kind, occurrence.weekday, partOfDayOf(prepared, occurrence)) }
}
