import type {
  Assignment, AssignmentRole, Boundaries, Helper, Instant, Need, Occurrence, OccurrenceStatus, Offer,
} from '../model'

/** Everything the planner reads. Order of every array is irrelevant: the planner sorts by id. */
export interface PlanInput {
  /** The recipient's IANA zone: weeks, weekdays and offered windows are read in it. */
  timeZone: string
  /** Occurrences whose window ended before `now` are history: never newly planned, never a gap. */
  now: Instant
  /** Already expanded, in the horizon; ids unique. */
  occurrences: Occurrence[]
  needs: Need[]
  helpers: Helper[]
  /** At most one per helper; a helper without an offer is never planned. */
  offers: Offer[]
  boundaries: Boundaries
  /** Series the coordinator accepted (`accepted === true`; others are ignored): kept unless impossible. */
  accepted: Assignment[]
  /** Cancelled occurrences need no one. */
  statuses?: OccurrenceStatus[]
}

export interface PlannedOccurrence {
  occurrenceId: string
  helperId: string
  role: AssignmentRole
  /** Planned start: the earliest start at which the helper's offer holds the whole duration. */
  start: Instant
  /** Plain words for the coordinator, e.g. ["offered meals", "free Tue/Thu evenings", "1 of 2 tasks this week"]. */
  reasons: string[]
  fromAccepted: boolean
}

export type GapReason =
  | 'no-offer-of-kind'
  | 'no-one-at-that-time'
  | 'outside-offer-dates'
  | 'everyone-at-limit'
  | 'busy-elsewhere'
  | 'only-excluded-or-remote'
  | 'missing-tags'
  | 'professional-first'
  | 'off-limits'
  /** Someone could take it now: the plan this came from is out of date. */
  | 'could-be-filled'

/** An occurrence left without a primary. */
export interface Unfilled {
  occurrenceId: string
  reason: GapReason
  detail: string
}

/** One occurrence of an accepted series that could not be kept. */
export interface DroppedAccepted {
  assignmentId: string
  occurrenceId: string
  violations: Violation[]
  detail: string
}

export interface Plan {
  /** Series: accepted ones that still hold (unchanged), then proposals (`accepted: false`). */
  assignments: Assignment[]
  /** The truth per occurrence: an accepted series may have occurrences listed in `droppedAccepted`. */
  placements: PlannedOccurrence[]
  unfilled: Unfilled[]
  droppedAccepted: DroppedAccepted[]
  /** Primary occurrences per helper per week, keyed by the week's Monday (`YYYY-MM-DD`, recipient's zone). */
  loads: Record<string, Record<string, number>>
}

export type ViolationKind =
  | 'excluded'
  | 'professional-first'
  | 'no-offer'
  | 'kind-not-offered'
  | 'remote-only'
  | 'missing-tags'
  | 'not-available'
  | 'outside-offer-dates'
  | 'off-limits'
  | 'weekly-limit'
  | 'overlap'
  | 'primary-and-backup'

export interface Violation {
  kind: ViolationKind
  /** A short phrase about the helper, e.g. "not available on Saturdays". */
  detail: string
}

/** A primary task already on a helper's plate, with its planned time. */
export interface Booking {
  occurrenceId: string
  start: Instant
  end: Instant
  /** Monday (`YYYY-MM-DD`) of the local week of `start`. */
  weekKey: string
}

export interface RuleContext {
  timeZone: string
  role: AssignmentRole
  /** The helper's primary bookings; the occurrence being checked is ignored if present. */
  bookings: readonly Booking[]
  primaryHelperId?: string | null
  backupHelperId?: string | null
}
