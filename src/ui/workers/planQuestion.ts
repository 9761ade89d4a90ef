/**
 * Questions about a plan the planning worker made, answered in a second worker (planQuestion.worker.ts):
 * the week's coverage, one gap's times, who could fill one time. Types only, no planner code, so
 * the screens that ask (Coverage, Find someone, an open call) load none of the planner.
 *
 * A second worker, not a second kind of planning request: planning requests cancel each other
 * (by ending their worker), and a question must neither cancel a plan nor be cancelled by one.
 */
import type { Instant, LocalDate, Occurrence } from '../../domain/model'
import type { CoverageCell, FillCandidate, GapFix } from '../../domain/planner'
import type { CircleForPlanning } from '../../domain/planner/input'
import type { Phrase } from '../../domain/phrase'

export type PlanQuestion =
  /** Coverage of the week `from`–`until` (inclusive local dates), with the plan's gaps. */
  | { kind: 'week'; from: LocalDate; until: LocalDate }
  /** The times of one need on one day, each with what would fill it and who could. */
  | { kind: 'gap'; needId: string; date: LocalDate }
  /**
   * Who could take one time, lightest load first: from the plan when the time is inside its
   * horizon, else from that one day of the circle checked on its own (`facts` at `now`).
   */
  | { kind: 'fill'; occurrence: Occurrence; facts: CircleForPlanning; now: Instant }

export interface WeekCoverage {
  cells: CoverageCell[]
  /** The plan's gaps, described (the whole horizon, not only this week). */
  gaps: Phrase[]
  /** This week's times the plan leaves with no one; the screen keeps those still ahead of its clock. */
  unfilled: Occurrence[]
}

export interface GapTime {
  occurrence: Occurrence
  /** Why the plan leaves it with no one, if it does. */
  unfilled: Phrase | null
  /** The cheapest fix the planner checked, if the time is a gap. */
  fix: GapFix | null
  /** Every helper: those who could take it first, then the others with their reason. */
  candidates: FillCandidate[]
}

export type AnswerOf<Q extends PlanQuestion> =
  Q extends { kind: 'week' } ? WeekCoverage : Q extends { kind: 'gap' } ? GapTime[] : FillCandidate[]

export interface PlanQuestionRequest {
  id: number
  /**
   * The plan asked about, by a key the asker gives it: its JSON is sent with the first question
   * about it only (the worker keeps the last plan it read). Null: no plan yet (`fill` only).
   */
  plan: { key: number; inputJson?: string; planJson?: string } | null
  question: PlanQuestion
}

export type PlanQuestionResponse =
  | { id: number; ok: true; answer: AnswerOf<PlanQuestion> }
  | { id: number; ok: false; message: string }
