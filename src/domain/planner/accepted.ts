/**
 * Accepted series are fixed inputs: each of their occurrences is kept unless it became
 * impossible. An accepted backup is a booking like a primary: it may not overlap anything else
 * the helper is booked for, and nothing new is planned over it (solver/model.ts). They are
 * placed first, primaries before backups (a task they do beats one they might do), earliest
 * deadline first, so that when two accepted things collide the more urgent one stays.
 *
 * Their times are the ones the planner gives a helper's tasks (solver/sequence.ts), so
 * accepting a plan keeps its times: each goes at the earliest start that holds and is clear of
 * the helper's own tasks placed before it; when a helper's accepted primaries stop fitting that
 * way, they are sequenced together by the planner's own search over orders — from then on for
 * every further one of that helper, as the planner sequences a helper's tasks all at once.
 * Backups keep the one-by-one way: it is the only one the planner places backups by
 * (solver/backups.ts).
 */
import type { Assignment, AssignmentRole, Helper, Occurrence } from '../model'
import { weekNumberAt } from './localTime'
import { staticFor, type Prepared } from './prepared'
import { evaluateState, NEVER_OVERRIDDEN } from './rules'
import { matchesAssignment } from './series'
import { endOfWeek, optionFromRanges, startsBefore, type Option } from './solver/model'
import { sequence } from './solver/sequence'
import { backupBookingsOf, evaluate, place, placementFor, type Placement, type PlanState } from './state'
import type { DroppedAccepted, Violation } from './types'
import { droppedWords, violationWords } from './words'

const ROLES: readonly AssignmentRole[] = ['primary', 'backup']

/**
 * The helper's option for the occurrence as the planner's model has it (solver/model.ts):
 * every start that holds, in the week of the earliest. Null when no start holds. `task` is the
 * occurrence's index, which orders ties as the model's task numbers do.
 */
function optionFor(prepared: Prepared, occurrence: Occurrence, task: number, helper: Helper | undefined): Option | null {
  const ranges = helper ? staticFor(prepared, occurrence, helper).ranges : []
  if (ranges.length === 0) return null
  const base = occurrence.windowStart
  const weekEnd = endOfWeek(weekNumberAt(ranges[0].start, prepared.timeZone), prepared.timeZone) - base
  let relative = ranges.map((r) => ({ start: r.start - base, end: r.end - base }))
  if (relative[relative.length - 1].end >= weekEnd) relative = startsBefore(relative, weekEnd)
  return optionFromRanges(task, 0, base, relative, Math.max(0, occurrence.durationMinutes) * 60_000, 0, false)
}

interface Pair {
  occurrence: Occurrence
  assignment: Assignment
  index: number
  option: Option | null
}

/** The latest start at which the pair's helper could still do it (its deadline). */
const deadline = (pair: Pair) => pair.option?.latest ?? pair.occurrence.windowEnd

export function keepAccepted(prepared: Prepared, state: PlanState): DroppedAccepted[] {
  const dropped: DroppedAccepted[] = []
  for (const role of ROLES) {
    const slot = role === 'primary' ? state.primary : state.backup
    // Earliest deadline first, then occurrence order: the order the planner sequences a
    // helper's day in (solver/sequence.ts), so an accepted plan lands at the same times.
    const pairs: Pair[] = prepared.occurrences.flatMap((occurrence, index) => prepared.accepted
      .filter((assignment) => assignment.role === role && matchesAssignment(assignment, occurrence))
      .map((assignment) => ({
        occurrence, assignment, index, option: optionFor(prepared, occurrence, index, prepared.helperById.get(assignment.helperId)),
      })))
    pairs.sort((a, b) => deadline(a) - deadline(b) || a.index - b.index)
    // Helpers whose accepted primaries are sequenced together (see above), and the option of each placed one.
    const sequenced = new Set<string>()
    const options = new Map<string, Option>()
    for (const pair of pairs) {
      const { occurrence, assignment } = pair
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
      const blocking = blockingOf(assignment, result.violations)
      const onlyOverlap = blocking.every((v) => v.kind === 'overlap')
      if (role === 'primary' && onlyOverlap && (blocking.length > 0 || sequenced.has(helper.id))
        && placeSequenced(prepared, state, helper, pair, options)) {
        sequenced.add(helper.id)
        continue
      }
      if (blocking.length > 0) {
        dropped.push({ ...base, violations: blocking, detail: droppedWords.because(helper.name, blocking[0].detail, role) })
        continue
      }
      if (pair.option) options.set(occurrence.id, pair.option)
      place(state, placementFor(prepared, occurrence, helper.id, role, result.start ?? occurrence.windowStart, {
        fromAccepted: true, assignmentId: assignment.id, override: assignment.override,
      }))
    }
  }
  return dropped
}

/** The coordinator saw the warning and decided; only the recipient's and safety boundaries stand. */
function blockingOf(assignment: Assignment, violations: readonly Violation[]): Violation[] {
  return assignment.override !== null ? violations.filter((v) => NEVER_OVERRIDDEN.has(v.kind)) : [...violations]
}

/**
 * Places the pair's primary with the helper's accepted primaries so far, all sequenced
 * together (sequence.ts), moving theirs where the sequence puts them; false, changing nothing,
 * when that fails or breaks a rule.
 */
function placeSequenced(prepared: Prepared, state: PlanState, helper: Helper, pair: Pair, options: Map<string, Option>): boolean {
  const { occurrence, assignment, option } = pair
  const own = state.bookings.get(helper.id) ?? []
  // Overridden tasks may sit outside their starts: they stay where they are, and so does the rest.
  if (!option || own.some((p) => p.override !== null || !options.has(p.occurrenceId))) return false
  const starts = sequence([...own.map((p) => options.get(p.occurrenceId)!), option])
  if (!starts) return false
  const source = (p: Placement) => ({ fromAccepted: true, assignmentId: p.assignmentId, override: p.override })
  const moved = own.map((p, i) => placementFor(prepared, prepared.occurrenceById.get(p.occurrenceId)!, helper.id, 'primary', starts[i], source(p)))
  const added = placementFor(prepared, occurrence, helper.id, 'primary', starts[own.length], {
    fromAccepted: true, assignmentId: assignment.id, override: assignment.override,
  })
  const all = [...moved, added]
  const offer = prepared.offerByHelper.get(helper.id)
  const backupBookings = backupBookingsOf(state, helper.id, 'primary')
  const broken = all.some((p) => {
    const violations = evaluateState(prepared.occurrenceById.get(p.occurrenceId)!, helper, offer, p.start, {
      timeZone: prepared.timeZone, role: 'primary', bookings: all, backupBookings,
      backupHelperId: state.backup.get(p.occurrenceId)?.helperId ?? null,
    })
    // Only the new one may carry an override (see above).
    return (p === added ? blockingOf(assignment, violations) : violations).length > 0
  })
  if (broken) return false
  for (const p of moved) state.primary.set(p.occurrenceId, p)
  state.bookings.set(helper.id, moved)
  place(state, added)
  options.set(occurrence.id, option)
  return true
}
