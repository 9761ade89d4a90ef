import type { LocalDate, Need, Occurrence } from '../../domain/model'
import { checkHardRules } from '../../domain/planner/rules'
import { matchesAssignment } from '../../domain/planner/series'
import type { HelperOpenCall } from '../helperDoc/layout'
import type { OpenCall } from '../schema/openCall'
import type { ProjectionInput } from './input'
import { occurrencesBetween } from './occurrences'

/**
 * Who an open call is offered to. A helper qualifies when every hard rule that does not
 * depend on the rest of the plan holds — not excluded, not a professional-first need, the
 * kind, mode, tags and time fit their offer, off-limits times respected — and they are not
 * the primary who could not make it. The weekly limit and overlaps are left to the helper,
 * who knows their own week better than the plan does. Fold checks claims with the same rule.
 */
export function qualifiesFor(input: ProjectionInput, helperId: string, occurrence: Occurrence, need: Need): boolean {
  const helper = input.helpers.find((h) => h.id === helperId)
  if (!helper || !input.circle) return false
  const isPrimary = input.assignments.some((a) => a.accepted && a.role === 'primary' && a.helperId === helperId && matchesAssignment(a, occurrence))
  if (isPrimary) return false
  const context = { timeZone: input.circle.timeZone, role: 'primary' as const, bookings: [] }
  return checkHardRules(occurrence, need, helper, input.offers[helperId], input.boundaries, context).length === 0
}

/** Open and taken calls (not withdrawn ones) for occurrences dated in [from, to] that the helper qualifies for. */
export function helperOpenCalls(input: ProjectionInput, helperId: string, from: LocalDate, to: LocalDate): Record<string, HelperOpenCall> {
  const calls = input.openCalls.filter((call) => call.state !== 'withdrawn')
  if (calls.length === 0) return {}
  const occurrences = new Map(occurrencesBetween(input, from, to).map((o) => [o.id, o]))
  const needs = new Map(input.needs.map((need) => [need.id, need]))
  const out: Record<string, HelperOpenCall> = {}
  for (const call of calls) {
    const occurrence = occurrences.get(call.occurrenceId)
    const need = occurrence && needs.get(occurrence.needId)
    if (!occurrence || !need) continue
    const takenByYou = call.state === 'taken' && call.takenBy === helperId
    if (!takenByYou && !qualifiesFor(input, helperId, occurrence, need)) continue
    out[call.id] = openCallValue(call, occurrence, need, takenByYou)
  }
  return out
}

function openCallValue(call: OpenCall, occurrence: Occurrence, need: Need, takenByYou: boolean): HelperOpenCall {
  return {
    kind: need.kind, title: need.title, start: occurrence.windowStart, end: occurrence.windowEnd,
    taken: call.state === 'taken', takenByYou,
  }
}
