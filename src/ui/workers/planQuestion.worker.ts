/**
 * Answers questions about a plan off the main thread (the work: planQuestionWork.ts): one
 * request, one answer, in the order asked, matched by `id`. Never ended by a plan: the planning
 * worker (plan.worker.ts) is a different one.
 */
import type { PlanQuestionRequest } from './planQuestion'
import { planQuestionWork } from './planQuestionWork'

const scope = self as unknown as DedicatedWorkerGlobalScope
const answer = planQuestionWork()

scope.onmessage = (event: MessageEvent<PlanQuestionRequest>) => {
  scope.postMessage(answer(event.data))
}
