import type {
  Assignment, AssignmentRole, Boundaries, Helper, Instant, LocalDate, LocalTime, Need, Occurrence, OccurrenceStatus, Offer,
  Weekday,
} from '../model'
import type { Phrase } from '../phrase'

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
  /**
   * The plan the coordinator last saw (not accepted). Among plans with equal coverage and
   * backups, the one that changes fewest of its placements is chosen: see planner.ts.
   */
  previous?: Plan
  /** Days a helper can't take anything, as either role ("away for two weeks"). */
  away?: Away[]
  /** Helpers the coordinator said no to for a need: never proposed for it (an override still may). */
  declined?: Declined[]
}

export interface Declined {
  needId: string
  helperId: string
  /** Only these dates (a series the coordinator removed); without them, never. */
  from?: LocalDate
  until?: LocalDate
}

export interface Away {
  helperId: string
  /** Inclusive local dates. */
  from: LocalDate
  until: LocalDate
}

export interface PlannedOccurrence {
  occurrenceId: string
  helperId: string
  role: AssignmentRole
  /** Planned start: the earliest start at which the helper's offer holds the whole duration. */
  start: Instant
  /** Plain words for the coordinator, as Phrases (words.ts), e.g. "offered meals", "free Tue and Thu evenings", "1 of 2 tasks this week". */
  reasons: Phrase[]
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
  /** Those who could do it are away then. */
  | 'away'
  /** Someone could take it now: the plan this came from is out of date. */
  | 'could-be-filled'
  /**
   * The clocks go forward during the window, so it is shorter than on any other day, and
   * someone who fits it every other week does not fit it then (or the window itself no
   * longer holds the task): not "no one is free", which would send the coordinator
   * looking for people when nothing about the people is wrong.
   */
  | 'clock-change'

/** An occurrence left without a primary. */
export interface Unfilled {
  occurrenceId: string
  reason: GapReason
  detail: Phrase
}

/** One occurrence of an accepted series that could not be kept. */
export interface DroppedAccepted {
  assignmentId: string
  occurrenceId: string
  violations: Violation[]
  detail: Phrase
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
  /** How good the plan is, level by level of the objective, and how far from the best it can be. */
  quality: PlanQuality
  /** Helpers with no task of their own from now on, by id, and why (leftOut.ts). */
  leftOut: LeftOut[]
}

/** Why a helper has no task of their own in the plan: closest to being chosen first (leftOut.ts). */
export type LeftOutReason =
  /** They back someone up on these needs. */
  | { kind: 'reserve'; needIds: string[] }
  /** They offered to be a backup only (a weekly limit of 0). */
  | { kind: 'backup-only' }
  /** They could have done this occurrence; `helperId` was chosen, `regular` when they do it week after week. */
  | { kind: 'someone-else'; occurrenceId: string; needId: string; helperId: string; weekday: Weekday; regular: boolean }
  | { kind: 'at-limit' }
  | { kind: 'away' }
  /** The coordinator said not them for this need. */
  | { kind: 'declined'; needId: string }
  | { kind: 'not-available' }
  /** The only needs they fit wait for professional help first. */
  | { kind: 'held-back' }
  | { kind: 'nothing-fits' }
  | { kind: 'no-offer' }

export interface LeftOut {
  helperId: string
  reason: LeftOutReason
  /** "Not chosen for “Dinner”: Sam does it every Tuesday". */
  sentence: Phrase
}

/** Occurrences by priority: high, medium, low. */
export type ByPriority = [high: number, medium: number, low: number]

export interface PlanQuality {
  /** Plannable occurrences (live, not past) covered by a primary, by priority. */
  covered: ByPriority
  /** The same, whatever the plan: how many there are. */
  plannable: ByPriority
  /**
   * A proven upper bound on `covered`, compared high first: no plan can beat it. Equal to
   * `covered` when `provenBest`.
   */
  bound: ByPriority
  provenBest: boolean
  /** High-priority occurrences with a primary and a backup. */
  backups: number
  /** Consecutive occurrences of one need, slot and weekday whose primaries differ. */
  seriesBreaks: number
  /** The most primary tasks one helper has in one week. */
  largestLoad: number
  /** Helper-weeks above half the helper's weekly limit. */
  aboveHalf: number
  /** Occurrences whose primary differs from `previous` (0 without one). */
  changedFromPrevious: number
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
  | 'away'
  | 'declined'
  | 'primary-and-backup'
  /** Was to do this very occurrence and said they can't make it. */
  | 'cant-make-it'

export interface Violation {
  kind: ViolationKind
  /** A short phrase about the helper, e.g. "not available on Saturdays". */
  detail: Phrase
}

/** A task already on a helper's plate (primary, or an accepted backup), with its planned time. */
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
  /**
   * The helper's backup bookings: they count toward no limit, but the helper can't be booked
   * for anything else at those times, in either role (the occurrence being checked is ignored).
   */
  backupBookings?: readonly Booking[]
  primaryHelperId?: string | null
  backupHelperId?: string | null
}

/** A change the coordinator could make that fills a gap; as data, so the UI can apply it. */
export type FixAction =
  /** Ask every qualified person, beyond the offers so far, for these occurrences. */
  | { kind: 'open-call'; needId: string; weekday: Weekday; start: LocalTime; end: LocalTime }
  /** Add a weekly window to a helper's offer. */
  | { kind: 'extend-window'; helperId: string; weekday: Weekday; start: LocalTime; end: LocalTime }
  /** Raise a helper's weekly limit; `weeks` are the Mondays of the weeks that need it. */
  | { kind: 'raise-limit'; helperId: string; to: number; weeks: LocalDate[] }
  /** Move a helper's offer dates. */
  | { kind: 'extend-dates'; helperId: string; from: LocalDate | null; until: LocalDate | null }
  /** Nothing in the offers can fix it (off-limits, professional help first): a conversation. */
  | { kind: 'none' }

/** The cheapest fix for one gap: the unfilled occurrences of one need, slot and weekday, for one reason. */
export interface GapFix {
  needId: string
  slotKey: string
  weekday: Weekday
  reason: GapReason
  occurrenceIds: string[]
  fix: FixAction
  /** Those of `occurrenceIds` a new plan covers once the fix is applied (checked by planning again). */
  fills: string[]
  /** "Ask Sam whether Saturday mornings work". */
  sentence: Phrase
}
