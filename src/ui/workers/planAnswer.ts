/**
 * The planning worker's messages and the answer as screens read it: types and one small reader,
 * no planner code, so the main thread's Assign imports this and never the planner itself
 * (planWork.ts, which runs in the worker).
 */
import type { Assignment, Instant, LocalDate } from '../../domain/model'
import type { DroppedAccepted, LeftOut, Plan, PlanInput, PlanQuality } from '../../domain/planner'
import type { CircleForPlanning } from '../../domain/planner/input'
import type { Phrase } from '../../domain/phrase'

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
  /** The plan as JSON: given back as the next request's `previous`, and sent to the plan-question worker. */
  planJson: string
  /** The input as JSON: sent to the plan-question worker with the plan. */
  inputJson: string
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
    inputJson: answer.inputJson,
    get input() { return (input ??= JSON.parse(answer.inputJson) as PlanInput) },
    get plan() { return (planned ??= JSON.parse(answer.planJson) as Plan) },
  }
}
