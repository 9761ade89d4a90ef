/**
 * Plans off the main thread: a large circle takes a second or more to plan, which would freeze
 * the screen. The protocol is one request, one answer, matched by `id`; cancelling is done by
 * the caller terminating this worker (planInWorker.ts), since a plan in progress cannot be
 * interrupted from inside.
 */
import { plan, type Plan, type PlanInput } from '../../domain/planner'
// The planner reads a need with no current word verdict with the word check itself.
import '../../domain/safety'

export interface PlanRequest {
  id: number
  input: PlanInput
}

export type PlanResponse =
  | { id: number; ok: true; plan: Plan; ms: number }
  | { id: number; ok: false; message: string }

const scope = self as unknown as DedicatedWorkerGlobalScope

scope.onmessage = (event: MessageEvent<PlanRequest>) => {
  const { id, input } = event.data
  const started = performance.now()
  try {
    scope.postMessage({ id, ok: true, plan: plan(input), ms: performance.now() - started } satisfies PlanResponse)
  } catch (error) {
    scope.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) } satisfies PlanResponse)
  }
}
