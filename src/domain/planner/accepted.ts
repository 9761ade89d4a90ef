/**
 * Accepted series are fixed inputs: each of their occurrences is kept unless it became
 * impossible. An accepted backup is a booking like a primary: it may not overlap anything else
 * the helper is booked for, and nothing new is planned over it (solver/model.ts). They are
 * placed first, primaries before backups (a task they do beats one they might do), earliest
 * deadline first, so that when two accepted things collide the more urgent one stays. Each goes at the
 * earliest start that holds and is clear of the helper's own tasks placed before it — the
 * order and rule the planner places a helper's tasks by (solver/sequence.ts), so accepting a
 * plan keeps its times.
 */
import type { AssignmentRole, Occurrence } from '../model'
import { staticFor, type Prepared } from './prepared'
import { NEVER_OVERRIDDEN } from './rules'
import { matchesAssignment } from './series'
import { evaluate, place, placementFor, type PlanState } from './state'
import type { DroppedAccepted } from './types'
import { droppedWords, violationWords } from './words'

const ROLES: readonly AssignmentRole[] = ['primary', 'backup']

/** The latest start at which this helper could still do the occurrence (its deadline). */
function latestStart(prepared: Prepared, occurrence: Occurrence, helperId: string): number {
  const helper = prepared.helperById.get(helperId)
  const ranges = helper ? staticFor(prepared, occurrence, helper).ranges : []
  return ranges.length > 0 ? ranges[ranges.length - 1].end : occurrence.windowEnd
}

export function keepAccepted(prepared: Prepared, state: PlanState): DroppedAccepted[] {
  const dropped: DroppedAccepted[] = []
  for (const role of ROLES) {
    const slot = role === 'primary' ? state.primary : state.backup
    // Earliest deadline first, then occurrence order: the order the planner sequences a
    // helper's day in (solver/sequence.ts), so an accepted plan lands at the same times.
    const pairs = prepared.occurrences.flatMap((occurrence, index) => prepared.accepted
      .filter((assignment) => assignment.role === role && matchesAssignment(assignment, occurrence))
      .map((assignment) => ({ occurrence, assignment, index, deadline: latestStart(prepared, occurrence, assignment.helperId) })))
    pairs.sort((a, b) => a.deadline - b.deadline || a.index - b.index)
    for (const { occurrence, assignment } of pairs) {
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
        dropped.push({ ...base, violations: blocking, detail: droppedWords.because(helper.name, blocking[0].detail, role) })
        continue
      }
      place(state, placementFor(prepared, occurrence, helper.id, role, result.start ?? occurrence.windowStart, {
        fromAccepted: true, assignmentId: assignment.id, override: assignment.override,
      }))
    }
  }
  return dropped
}
