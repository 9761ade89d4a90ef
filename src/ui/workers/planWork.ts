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
import { plan, type Plan, type PlanInput } from '../../domain/planner'
import { diffPlans } from '../../domain/planner/diff'
import { planInputOf } from '../../domain/planner/input'
import { matchesAssignment } from '../../domain/planner/series'
import type { AssignDigest, PlanRequest, PlanResponse } from './planAnswer'
// The planner reads a need with no current word verdict with the word check itself.
import '../../domain/safety'

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
