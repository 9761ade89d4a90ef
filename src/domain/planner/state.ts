/** What is planned so far: who is primary and backup on each occurrence, and each helper's bookings. */
import type { AssignmentRole, Helper, Instant, Occurrence } from '../model'
import { weekKeyAt } from './localTime'
import { compareText, staticFor, type Prepared } from './prepared'
import { evaluateState } from './rules'
import type { Booking, PlannedOccurrence, Violation } from './types'

export interface Placement extends Booking {
  helperId: string
  role: AssignmentRole
  fromAccepted: boolean
  assignmentId: string | null
  override: string | null
}

export interface PlanState {
  primary: Map<string, Placement>
  backup: Map<string, Placement>
  /** Primary bookings per helper: these count toward limits and must not overlap. */
  bookings: Map<string, Placement[]>
  /** Backups per helper: no limit, but no overlap with anything else of theirs either. */
  backupBookings: Map<string, Placement[]>
}

export function createState(): PlanState {
  return { primary: new Map(), backup: new Map(), bookings: new Map(), backupBookings: new Map() }
}

export function placementFor(
  prepared: Prepared, occurrence: Occurrence, helperId: string, role: AssignmentRole, start: Instant,
  source: { fromAccepted: boolean; assignmentId: string | null; override: string | null },
): Placement {
  return {
    occurrenceId: occurrence.id,
    helperId,
    role,
    start,
    end: start + Math.max(0, occurrence.durationMinutes) * 60_000,
    weekKey: weekKeyAt(start, prepared.timeZone),
    ...source,
  }
}

export function place(state: PlanState, placement: Placement): void {
  const [byOccurrence, byHelper] =
    placement.role === 'primary' ? [state.primary, state.bookings] : [state.backup, state.backupBookings]
  byOccurrence.set(placement.occurrenceId, placement)
  const list = byHelper.get(placement.helperId) ?? []
  list.push(placement)
  byHelper.set(placement.helperId, list)
}

export const bookingsOf = (state: PlanState, helperId: string): Booking[] => state.bookings.get(helperId) ?? []

/**
 * The helper's backups that keep them from taking `role` elsewhere at the same time. Accepted
 * backups are bookings, so they block both roles; a proposed backup blocks only another backup
 * — for a primary the planner would move the proposal (coverage ranks above backups).
 */
export function backupBookingsOf(state: PlanState, helperId: string, role: AssignmentRole): Booking[] {
  const backups = state.backupBookings.get(helperId) ?? []
  return role === 'backup' ? backups : backups.filter((b) => b.fromAccepted)
}

export function weekLoad(state: PlanState, helperId: string, weekKey: string): number {
  return bookingsOf(state, helperId).filter((b) => b.weekKey === weekKey).length
}

/**
 * The earliest start in `ranges` (closed ranges of starts) at which a task of `durationMs`
 * overlaps none of `busy`: where the helper fits it around what they already do. Null when none.
 */
export function firstClearStart(
  ranges: readonly { start: Instant; end: Instant }[], durationMs: number, busy: readonly Booking[], occurrenceId: string,
): Instant | null {
  for (const r of ranges) {
    let s = r.start
    for (;;) {
      const clash = busy.find((b) => b.occurrenceId !== occurrenceId && b.start < s + durationMs && s < b.end)
      if (!clash) return s
      s = clash.end
      if (s > r.end) break
    }
  }
  return null
}

/**
 * Static and state rules for `helper` taking `occurrence` in `role`, given what is planned.
 * The start is the earliest that holds and is clear of the helper's own tasks (primary
 * bookings and the backups that block `role`), else the earliest that holds — the overlap it
 * then has is reported.
 */
export function evaluate(
  prepared: Prepared, state: PlanState, occurrence: Occurrence, helper: Helper, role: AssignmentRole,
): { start: Instant | null; violations: Violation[] } {
  const fixed = staticFor(prepared, occurrence, helper)
  const duration = Math.max(0, occurrence.durationMinutes) * 60_000
  const bookings = bookingsOf(state, helper.id)
  const backupBookings = backupBookingsOf(state, helper.id, role)
  const busy = backupBookings.length === 0 ? bookings : [...bookings, ...backupBookings]
  const start = fixed.start === null ? null : firstClearStart(fixed.ranges, duration, busy, occurrence.id) ?? fixed.start
  const stateful = evaluateState(occurrence, helper, prepared.offerByHelper.get(helper.id), start, {
    timeZone: prepared.timeZone,
    role,
    bookings,
    backupBookings,
    primaryHelperId: state.primary.get(occurrence.id)?.helperId ?? null,
    backupHelperId: state.backup.get(occurrence.id)?.helperId ?? null,
  })
  return { start, violations: [...fixed.violations, ...stateful] }
}

/** Rebuilds the state a plan ended in, for explaining it afterwards. */
export function stateFromPlacements(prepared: Prepared, placements: readonly PlannedOccurrence[]): PlanState {
  const state = createState()
  for (const p of [...placements].sort((a, b) => compareText(a.occurrenceId, b.occurrenceId))) {
    const occurrence = prepared.occurrenceById.get(p.occurrenceId)
    if (!occurrence) continue
    place(state, placementFor(prepared, occurrence, p.helperId, p.role, p.start, {
      fromAccepted: p.fromAccepted, assignmentId: null, override: null,
    }))
  }
  return state
}

export function loadsOf(state: PlanState): Record<string, Record<string, number>> {
  const loads: Record<string, Record<string, number>> = {}
  for (const helperId of [...state.bookings.keys()].sort(compareText)) {
    const weeks: Record<string, number> = {}
    for (const b of [...bookingsOf(state, helperId)].sort((x, y) => compareText(x.weekKey, y.weekKey))) {
      weeks[b.weekKey] = (weeks[b.weekKey] ?? 0) + 1
    }
    loads[helperId] = weeks
  }
  return loads
}
