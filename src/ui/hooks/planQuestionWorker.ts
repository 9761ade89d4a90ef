/**
 * `askPlanQuestion(view, question)`: a question about a plan, answered in its own Web Worker
 * (workers/planQuestion.worker.ts). One worker is kept; questions are answered in the order
 * asked and none cancels another, nor does planning (its worker is a different one).
 *
 * A plan is sent to the worker once, as the JSON text the planning worker gave (copying a string
 * costs next to nothing; this thread never parses it); later questions name it by key.
 */
import type { PlanResult } from '../workers/planAnswer'
import type { AnswerOf, PlanQuestion, PlanQuestionRequest, PlanQuestionResponse } from '../workers/planQuestion'

type WorkerLike = Pick<Worker, 'postMessage' | 'terminate'> & {
  onmessage: ((event: MessageEvent<PlanQuestionResponse>) => void) | null
  onerror?: ((event: ErrorEvent) => void) | null
}

export type AskPlanQuestion = <Q extends PlanQuestion>(view: PlanResult | null, question: Q) => Promise<AnswerOf<Q>>

const planKeys = new WeakMap<PlanResult, number>()
let lastPlanKey = 0
/** A key for each plan result this page holds (0: none): what a screen's answers are kept under. */
export function planKeyOf(view: PlanResult | null): number {
  if (!view) return 0
  let key = planKeys.get(view)
  if (key === undefined) planKeys.set(view, (key = ++lastPlanKey))
  return key
}

/** Builds the asker around a worker factory, so a test can pass a worker that answers in its thread. */
export function createPlanQuestionAsker(makeWorker: () => WorkerLike): AskPlanQuestion {
  let worker: WorkerLike | null = null
  /** The plan the worker read last (it keeps only that one). */
  let sentKey = 0
  let nextId = 1
  const waiting = new Map<number, { resolve: (answer: never) => void; reject: (error: Error) => void }>()

  const lost = (message: string) => {
    worker?.terminate()
    worker = null
    sentKey = 0
    waiting.forEach(({ reject }) => reject(new Error(message)))
    waiting.clear()
  }
  const started = () => {
    if (worker) return worker
    const made = makeWorker()
    made.onmessage = (event) => {
      const answer = event.data
      const asked = waiting.get(answer.id)
      if (!asked) return
      waiting.delete(answer.id)
      if (answer.ok) asked.resolve(answer.answer as never)
      else asked.reject(new Error(answer.message))
    }
    made.onerror = (event) => lost(event.message || 'The plan-question worker stopped')
    return (worker = made)
  }

  return (view, question) => new Promise((resolve, reject) => {
    const to = started()
    const id = nextId++
    const key = planKeyOf(view)
    const plan = !view ? null : key === sentKey ? { key } : { key, inputJson: view.inputJson, planJson: view.planJson }
    if (view) sentKey = key
    waiting.set(id, { resolve, reject })
    to.postMessage({ id, plan, question } satisfies PlanQuestionRequest)
  })
}

export const askPlanQuestion = createPlanQuestionAsker(
  () => new Worker(new URL('../workers/planQuestion.worker.ts', import.meta.url), { type: 'module' }) as WorkerLike,
)
