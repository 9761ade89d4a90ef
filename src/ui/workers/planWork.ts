/**
 * What the planning worker does for one request, as a plain function (plan.worker.ts only
 * carries messages; a component test runs this same function in its thread). Everything that
 * grows with the circle happens here, off the main thread: the planner's input (every occurrence
 * of the horizon), the plan, and what Assign shows of it (reasons, counts, plan changes), so the
 * screen only renders typed results.
 *
 * The whole input and plan travel as JSON text (copying a string costs next to nothing), read
 * on the main thread only by a screen that asks for them (Coverage, a need's choice of helper):
 * a large circle's plan is megabytes, and reading it back as objects would block the page.
 */
import type { Assignment, Instant, LocalDate } from '../../domain/model'
import { plan, type DroppedAccepted, type LeftOut, type Plan, type PlanInput, type PlanQuality } from '../../domain/planner'
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
  /** The plan last shown for this circle, as JSON: among equally good plans the planner keeps it. */
  previous?: string
}

/** What Assign shows of a plan, worked out beside it: all it reads, so it never reads the whole plan. */
export interface AssignDigest {
  /** The plan's series: accepted ones that still hold, then proposals. */
  assignments: Assignment[]
  droppedAccepted: DroppedAccepted[]
  /** How many times have no one. */
  unfilled: number
  quality: PlanQuality
  leftOut: LeftOut[]
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

/** The worker's answer as the screens read it: `input` and `plan` are read from their JSON when first asked for. */
export interface PlanResult {
  readonly input: PlanInput
  readonly plan: Plan
  assign: AssignDigest
  /** The plan as JSON: given back as the next request's `previous`. */
  planJson: string
}

export type PlanResponse =
  | { id: number; ok: true; ms: number; assign: AssignDigest; inputJson: string; planJson: string }
  | { id: number; ok: false; message: string }

/** A plan result that reads its input and plan from JSON only when asked. */
export function planResultOf(answer: { assign: AssignDigest; inputJson: string; planJson: string }): PlanResult {
  let input: PlanInput | undefined
  let planned: Plan | undefined
  return {
    assign: answer.assign,
    planJson: answer.planJson,
    get input() { return (input ??= JSON.parse(answer.inputJson) as PlanInput) },
    get plan() { return (planned ??= JSON.parse(answer.planJson) as Plan) },
  }
}

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
    assignments: planned.assignments,
    droppedAccepted: planned.droppedAccepted,
    unfilled: planned.unfilled.length,
    quality: planned.quality,
    leftOut: planned.leftOut,
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
    const planned = plan(previous ? { ...input, previous: JSON.parse(previous) as Plan } : input)
    return {
      id, ok: true, assign: assignDigestOf(input, planned), inputJson: JSON.stringify(input), planJson: JSON.stringify(planned), ms: performance.now() - started,
    }
  } catch (error) {
    return { id, ok: false, message: error instanceof Error ? error.message : String(error) }
  }
}
