import { planWork } from '../../src/ui/workers/planWork'
import type { PlanQuestionRequest } from '../../src/ui/workers/planQuestion'
import { planQuestionWork } from '../../src/ui/workers/planQuestionWork'

/**
 * Workers for component tests (happy-dom has no Web Worker): the same worker code answers in
 * this thread, through structured clones both ways as a worker's messages are, on a later task.
 */
function inThread<Request, Response>(answer: (request: Request) => Response) {
  const worker = {
    onmessage: null as ((event: MessageEvent<Response>) => void) | null,
    postMessage(request: Request) {
      const response = structuredClone(answer(structuredClone(request)))
      setTimeout(() => worker.onmessage?.({ data: response } as MessageEvent<Response>))
    },
    terminate() {},
  }
  return worker
}

export const planWorkerInThread = () => inThread(planWork)
export const planQuestionWorkerInThread = () => inThread<PlanQuestionRequest, ReturnType<ReturnType<typeof planQuestionWork>>>(planQuestionWork())
