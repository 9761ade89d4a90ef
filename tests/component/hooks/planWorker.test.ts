import { describe, expect, it } from 'vitest'
import type { CircleForPlanning } from '../../../src/domain/planner'
import { createPlanRunner, PlanCancelled } from '../../../src/ui/hooks/planWorker'
import type { PlanRequest, PlanResponse } from '../../../src/ui/workers/planAnswer'
import { planWork } from '../../../src/ui/workers/planWork'

/** A worker stand-in that answers when told to, so cancelling mid-plan can be tested. */
function controllableWorker() {
  const made: Array<{ requests: PlanRequest[]; terminated: boolean; answer: () => void; onmessage: ((e: MessageEvent<PlanResponse>) => void) | null }> = []
  const factory = () => {
    const worker = {
      requests: [] as PlanRequest[],
      terminated: false,
      onmessage: null as ((e: MessageEvent<PlanResponse>) => void) | null,
      postMessage(request: PlanRequest) { worker.requests.push(request) },
      terminate() { worker.terminated = true },
      answer() {
        const request = worker.requests.at(-1)!
        worker.onmessage?.({ data: planWork(request) } as MessageEvent<PlanResponse>)
      },
    }
    made.push(worker)
    return worker
  }
  return { factory, made }
}

const emptyCircle: CircleForPlanning = {
  circle: { timeZone: 'UTC', startDate: '2026-12-01', endDate: '2026-12-14' }, needs: [], helpers: [], offers: {},
  boundaries: { excludedPeople: [], offLimits: [] }, assignments: [], statuses: {},
}
const emptyInput = { facts: emptyCircle, now: Date.UTC(2026, 11, 1) }

describe('planning in a worker', () => {
  it('returns the plan the worker made', async () => {
    const { factory, made } = controllableWorker()
    const job = createPlanRunner(factory)(emptyInput)
    made[0].answer()
    await expect(job.result).resolves.toMatchObject({ plan: { assignments: [], unfilled: [] }, input: { occurrences: [] }, assign: { reasons: [], liveEnds: [], changes: null } })
  })

  it('cancels by ending the worker, and starts a fresh one for the next plan', async () => {
    const { factory, made } = controllableWorker()
    const run = createPlanRunner(factory)
    const first = run(emptyInput)
    first.cancel()
    await expect(first.result).rejects.toBeInstanceOf(PlanCancelled)
    expect(made[0].terminated).toBe(true)
    const second = run(emptyInput)
    expect(made).toHaveLength(2)
    made[1].answer()
    await expect(second.result).resolves.toBeTruthy()
  })

  it('lets only the newest circle finish: a new plan cancels the one in progress', async () => {
    const { factory, made } = controllableWorker()
    const run = createPlanRunner(factory)
    const older = run(emptyInput)
    const newer = run(emptyInput)
    await expect(older.result).rejects.toBeInstanceOf(PlanCancelled)
    made.at(-1)!.answer()
    await expect(newer.result).resolves.toBeTruthy()
  })
})
