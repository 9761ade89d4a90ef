/**
 * What the plan-question worker does for one question, as a plain function around the last plan
 * it read (planQuestion.worker.ts only carries messages; a component test runs this same code in
 * its thread). The domain's own functions answer (coverage, describeGaps, gapFixes,
 * whoCouldFill): this only reads the plan once and picks the parts each screen shows.
 */
import { coverage, describeGaps, gapFixes, whoCouldFill, type Plan, type PlanInput } from '../../domain/planner'
import { planInputOf } from '../../domain/planner/input'
import type { Phrase } from '../../domain/phrase'
import type { AnswerOf, GapTime, PlanQuestion, PlanQuestionRequest, PlanQuestionResponse, WeekCoverage } from './planQuestion'
// The planner reads a need with no current word verdict with the word check itself.
import '../../domain/safety'

interface HeldPlan {
  key: number
  input: PlanInput
  plan: Plan
  /** The plan's gaps described, worked out once per plan (the same for every week). */
  gaps?: Phrase[]
}

function weekOf(held: HeldPlan, from: string, until: string): WeekCoverage {
  const unfilled = new Set(held.plan.unfilled.map((u) => u.occurrenceId))
  return {
    cells: coverage(held.input, held.plan, { from, until }),
    gaps: (held.gaps ??= describeGaps(held.input, held.plan)),
    unfilled: held.input.occurrences.filter((o) => unfilled.has(o.id) && o.date >= from && o.date <= until),
  }
}

function gapOf({ input, plan }: HeldPlan, needId: string, date: string): GapTime[] {
  const occurrences = input.occurrences.filter((o) => o.needId === needId && o.date === date)
  const fixes = gapFixes(input, plan, occurrences.map((o) => o.id))
  return occurrences.map((occurrence) => ({
    occurrence,
    unfilled: plan.unfilled.find((u) => u.occurrenceId === occurrence.id)?.detail ?? null,
    fix: fixes.find((f) => f.occurrenceIds.includes(occurrence.id)) ?? null,
    candidates: whoCouldFill(occurrence, input, { plan }),
  }))
}

function fillOf(held: HeldPlan | null, { occurrence, facts, now }: Extract<PlanQuestion, { kind: 'fill' }>) {
  const inPlan = held !== null && held.input.occurrences.some((o) => o.id === occurrence.id)
  const input = inPlan ? held.input : planInputOf(facts, now, { from: occurrence.date, to: occurrence.date })
  return whoCouldFill(occurrence, input, inPlan ? { plan: held.plan } : {}).filter((c) => c.canTake)
}

/** One worker's answerer: it keeps the last plan it read, which the next questions name by key. */
export function planQuestionWork(): (request: PlanQuestionRequest) => PlanQuestionResponse {
  let held: HeldPlan | null = null
  return ({ id, plan, question }) => {
    try {
      if (plan && held?.key !== plan.key) {
        if (plan.inputJson === undefined || plan.planJson === undefined) throw new Error('A question named a plan this worker has not read')
        held = { key: plan.key, input: JSON.parse(plan.inputJson) as PlanInput, plan: JSON.parse(plan.planJson) as Plan }
      }
      const about = plan ? held : null
      let answer: AnswerOf<PlanQuestion>
      if (question.kind === 'fill') answer = fillOf(about, question)
      else if (!about) throw new Error(`A ${question.kind} question needs a plan`)
      else answer = question.kind === 'week' ? weekOf(about, question.from, question.until) : gapOf(about, question.needId, question.date)
      return { id, ok: true, answer }
    } catch (error) {
      return { id, ok: false, message: error instanceof Error ? error.message : String(error) }
    }
  }
}
