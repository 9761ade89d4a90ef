/**
 * `planInWorker(request)`: the planner in a Web Worker, cancellable. One worker is kept and
 * reused; cancelling a plan in progress terminates it (the only way to stop a synchronous
 * plan) and the next call starts a fresh one. Starting a new plan while one runs cancels the
 * old one: only the newest circle matters.
 */
import { planResultOf, type PlanRequest, type PlanResponse, type PlanResult } from '../workers/planAnswer'

export interface PlanJob {
  /** Resolves with the plan (its input, and what Assign shows of it), or rejects with a `PlanCancelled` when cancelled. */
  result: Promise<PlanResult & { ms: number }>
  cancel: () => void
}

export class PlanCancelled extends Error {
  constructor() {
    super('Planning was cancelled')
    this.name = 'PlanCancelled'
  }
}

type WorkerLike = Pick<Worker, 'postMessage' | 'terminate'> & { onmessage: ((event: MessageEvent<PlanResponse>) => void) | null }

/** Builds the runner around a worker factory, so a test can pass a fake worker. */
export function createPlanRunner(makeWorker: () => WorkerLike): (request: Omit<PlanRequest, 'id'>) => PlanJob {
  let worker: WorkerLike | null = null
  let nextId = 1
  let running: { id: number; reject: (error: Error) => void } | null = null

  const stop = () => {
    worker?.terminate()
    worker = null
    running?.reject(new PlanCancelled())
    running = null
  }

  return (request) => {
    if (running) stop()
    const id = nextId++
    const result = new Promise<PlanResult & { ms: number }>((resolve, reject) => {
      worker ??= makeWorker()
      running = { id, reject }
      worker.onmessage = (event) => {
        const answer = event.data
        if (answer.id !== id) return
        running = null
        if (answer.ok) resolve(Object.assign(planResultOf(answer), { ms: answer.ms }))
        else reject(new Error(answer.message))
      }
      worker.postMessage({ ...request, id } satisfies PlanRequest)
    })
    return { result, cancel: () => { if (running?.id === id) stop() } }
  }
}

export const planInWorker = createPlanRunner(
  () => new Worker(new URL('../workers/plan.worker.ts', import.meta.url), { type: 'module' }) as WorkerLike,
)
