/**
 * Accepted series are fixed inputs: each of their occurrences is kept unless it became
 * impossible. They are placed first, occurrence by occurrence in time order (primary, then
 * backup), so that when two accepted things collide the earlier one stays.
 */
import type { AssignmentRole } from '../model'
import type { Prepared } from './prepared'
import { NEVER_OVERRIDDEN } from './rules'
import { matchesAssignment } from './series'
import { evaluate, place, placementFor, type PlanState } from './state'
import type { DroppedAccepted } from './types'
import { droppedWords, violationWords } from './words'

const ROLES: readonly AssignmentRole[] = ['primary', 'backup']

export function keepAccepted(prepared: Prepared, state: PlanState): DroppedAccepted[] {
  const dropped: DroppedAccepted[] = []
  for (const occurrence of prepared.occurrences) {
    for (const role of ROLES) {
      const slot = role === 'primary' ? state.primary : state.backup
      for (const assignment of prepared.accepted) {
        if (assignment.role !== role || !matchesAssignment(assignment, occurrence)) continue
        const base = { assignmentId: assignment.id, occurrenceId: occurrence.id }
        const taken = slot.get(occurrence.id)
        if (taken) {
          if (taken.helperId !== assignment.helperId) dropped.push({ ...base, violations: [], detail: droppedWords.alreadyCovered })
          continue
        }
        const helper = prepared.helperById.get(assignment.helperId)
        if (!helper) {
          dropped.push({ ...base, violations: [], detail: violationWords.helperGone })
          continue
        }
        const result = evaluate(prepared, state, occurrence, helper, role)
        // The coordinator saw the warning and decided; only the recipient's and safety boundaries stand.
        const blocking = assignment.override !== null
          ? result.violations.filter((v) => NEVER_OVERRIDDEN.has(v.kind))
          : result.violations
        if (blocking.length > 0) {
          dropped.push({ ...base, violations: blocking, detail: droppedWords.because(helper.name, blocking[0].detail) })
          continue
        }
        place(state, placementFor(prepared, occurrence, helper.id, role, result.start ?? occurrence.windowStart, {
          fromAccepted: true, assignmentId: assignment.id, override: assignment.override,
        }))
      }
    }
  }
  return dropped
}
