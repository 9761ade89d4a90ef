/**
 * Plans off the main thread: a large circle takes a second or more to plan, which would freeze
 * the screen. The protocol is one request, one answer, matched by `id` (the work: planWork.ts);
 * cancelling is done by the caller terminating this worker (planWorker.ts), since a plan in
 * progress cannot be interrupted from inside.
 */
import type { PlanRequest, PlanResponse } from './planAnswer'
import { planWork } from './planWork'

export type { PlanRequest, PlanResponse }

const scope = self as unknown as DedicatedWorkerGlobalScope

scope.onmessage = (event: MessageEvent<PlanRequest>) => {
  scope.postMessage(planWork(event.data))
}
