/**
 * What the planning worker does for one request, as a plain function (plan.worker.ts only
 * carries messages; a component test runs this same function in its thread). Everything that
 * grows with the circle happens here, off the main thread: the planner's input (every occurrence
 * of the horizon), the plan, and what Assign shows of it (reasons, counts, plan changes), so the
 * screen only renders typed results.
 */
import type { Instant, LocalDate } from '../../domain/model'
import { plan, type Plan, type PlanInput } from '../../domain/planner'
import { diffPlans } from '../../domain/planner/diff'
import { planInputOf, type CircleForPlanning } from '../../domain/planner/input'
import { matchesAssignment } from '../../domain/planner/series'
import type { Phrase } from '../../domain/phrase'
// The planner reads a need with no current word verdict with the word check itself.
import '../../domain/safety'

export interface PlanRequest {
  id: number
  /** The circle as the map holds it (the planner's part of a snapshot). */
  facts: CircleForPlanning
  now: Instant
  /** The plan last shown for this circle: among equally good plans the planner keeps it. */
  previous?: Plan
}

/** What Assign shows of a plan, worked out beside it. */
export interface AssignDigest {
  /** For each of `plan.assignments` (same order): the planner's reasons for its first planned occurrence; none for accepted series. */
  reasons: Phrase[][]
  /**
   * When each occurrence of the horizon that is not cancelled ends, ascending; and of those, the
   * ones an accepted primary covers. The screen counts those still ahead of its clock.
   */
  liveEnds: Instant[]
  coveredEnds: Instant[]
  /** For each of `plan.droppedAccepted` (same order): its occurrence's need and day. */
  dropped: Array<{ needId: string; date: LocalDate } | null>
  /** Who gains and loses what if every proposal is accepted; null when nothing is proposed or nobody changes. */
  changes: { covered: number; helpers: Array<{ helperId: string; gains: Array<string | null>; losses: Array<string | null> }> } | null
}

export interface PlanResult {
  input: PlanInput
  plan: Plan
  assign: AssignDigest
}

export type PlanResponse =
  | ({ id: number; ok: true; ms: number } & PlanResult)
  | { id: number; ok: false; message: string }

export function assignDigestOf(input: PlanInput, planned: Plan): AssignDigest {
  const occurrences = new Map(input.occurrences.map((o) => [o.id, o]))
  const reasons = planned.assignments.map((series) => {
    if (series.accepted) return []
    const placement = planned.placements.find((p) => {
      const occurrence = occurrences.get(p.occurrenceId)
      return p.helperId === series.helperId && p.role === series.role && occurrence !== undefined && matchesAssignment(series, occurrence)
    })
    return placement?.reasons ?? []
  })
  const cancelled = new Set((input.statuses ?? []).filter((s) => s.status === 'cancelled').map((s) => s.occurrenceId))
  const coveredIds = new Set(planned.placements.filter((p) => p.role === 'primary' && p.fromAccepted).map((p) => p.occurrenceId))
  const live = input.occurrences.filter((o) => !cancelled.has(o.id))
  const ascending = (a: number, b: number) => a - b
  const needOf = (occurrenceId: string) => occurrences.get(occurrenceId)?.needId ?? null

  let changes: AssignDigest['changes'] = null
  if (planned.assignments.some((a) => !a.accepted)) {
    const diff = diffPlans({ ...planned, placements: planned.placements.filter((p) => p.fromAccepted) }, planned)
    if (diff.helpers.length > 0) {
      changes = {
        covered: diff.covered.length,
        helpers: diff.helpers.map((h) => ({ helperId: h.helperId, gains: h.gains.map((g) => needOf(g.occurrenceId)), losses: h.losses.map((l) => needOf(l.occurrenceId)) })),
      }
    }
  }
  return {
    reasons,
    liveEnds: live.map((o) => o.windowEnd).sort(ascending),
    coveredEnds: live.filter((o) => coveredIds.has(o.id)).map((o) => o.windowEnd).sort(ascending),
    dropped: planned.droppedAccepted.map((d) => {
      const occurrence = occurrences.get(d.occurrenceId)
      return occurrence ? { needId: occurrence.needId, date: occurrence.date } : null
    }),
    changes,
  }
}

export function planWork({ id, facts, now, previous }: PlanRequest): PlanResponse {
  const started = performance.now()
  try {
    const input = planInputOf(facts, now)
    const planned = plan(previous ? { ...input, previous } : input)
    return { id, ok: true, input, plan: planned, assign: assignDigestOf(input, planned), ms: performance.now() - started }
  } catch (error) {
    return { id, ok: false, message: error instanceof Error ? error.message : String(error) }
  }
}
