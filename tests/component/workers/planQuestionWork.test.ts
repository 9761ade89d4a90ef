import { describe, expect, it } from 'vitest'
import { coverage, describeGaps, gapFixes, planInputOf, whoCouldFill } from '../../../src/domain/planner'
import { addDays, localDateOf } from '../../../src/domain/dates'
import type { MapStore } from '../../../src/store'
import { createPlanRunner, PlanCancelled } from '../../../src/ui/hooks/planWorker'
import { createPlanQuestionAsker } from '../../../src/ui/hooks/planQuestionWorker'
import { planFactsOf } from '../../../src/ui/hooks/usePlan'
import type { PlanResult } from '../../../src/ui/workers/planAnswer'
import type { PlanQuestionRequest } from '../../../src/ui/workers/planQuestion'
import { BENCH_NOW, exampleStore, seeded } from '../../../bench/fixtures'
import { idOf } from '../../helpers/mapStore'
import { planQuestionWorkerInThread, planWorkerInThread } from '../../helpers/workersInThread'

/**
 * The plan-question worker's answers are what the screens computed on the main thread before:
 * the domain's functions called directly on the same plan. The circle is the Maria example with
 * helpers whose offers a seeded random draw made (windows, limits, kinds), so it has both gaps
 * and times several people could take.
 */
function mariaWithHelpers(seed: number): MapStore {
  const store = exampleStore('maria')
  const random = seeded(seed)
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]
  const kinds = [...new Set(store.getSnapshot().needs.flatMap((need) => (need.kind ? [need.kind] : [])))]
  for (let i = 0; i < 7; i++) {
    const helperId = idOf(store.run('helper/add', { name: `Helper ${i}`, contact: '+1 555 0101', relation: 'friend', tags: [] }, BENCH_NOW + i))
    const windows = Array.from({ length: 1 + Math.floor(random() * 4) }, () => {
      const start = 6 + Math.floor(random() * 12)
      const end = Math.min(23, start + 2 + Math.floor(random() * 4))
      return { weekday: pick([1, 2, 3, 4, 5, 6, 7] as const), start: `${String(start).padStart(2, '0')}:00`, end: `${String(end).padStart(2, '0')}:00` }
    })
    const offered = store.run('offer/save', {
      helperId, kinds: kinds.filter(() => random() < 0.6), windows, from: null, until: null, mode: 'any', weeklyLimit: 1 + Math.floor(random() * 5),
    }, BENCH_NOW + 10 + i)
    if (!offered.ok) throw new Error(JSON.stringify(offered.problems))
  }
  return store
}

function factsOf(store: MapStore) {
  const snapshot = store.getSnapshot()
  return planFactsOf({ ...snapshot, circle: snapshot.circle! })
}

async function plannedView(store: MapStore, now: number): Promise<PlanResult> {
  return createPlanRunner(planWorkerInThread as never)({ facts: factsOf(store), now }).result
}

/** An asker whose worker is the real worker code in this thread; `sent` holds what was posted to it. */
function asker() {
  const sent: PlanQuestionRequest[] = []
  const ask = createPlanQuestionAsker(() => {
    const worker = planQuestionWorkerInThread()
    const post = worker.postMessage.bind(worker)
    worker.postMessage = (request: PlanQuestionRequest) => {
      sent.push(request)
      post(request)
    }
    return worker as never
  })
  return { ask, sent }
}

describe('the plan-question worker answers as the domain does', () => {
  for (const seed of [1, 2, 4]) {
    it(`gives each week's coverage, each gap's fixes and candidates, each time's fillers (seed ${seed})`, async () => {
      const store = mariaWithHelpers(seed)
      // Two days into the circle: yesterday has times, before the plan's horizon.
      const now = BENCH_NOW + 49 * 60 * 60_000
      const view = await plannedView(store, now)
      const { input, plan } = view
      const { ask, sent } = asker()

      const gaps = describeGaps(input, plan)
      const unfilledIds = new Set(plan.unfilled.map((u) => u.occurrenceId))
      expect(unfilledIds.size).toBeGreaterThan(0)
      const first = input.occurrences[0].date
      for (let week = 0; week * 7 < 28; week++) {
        const from = addDays(first, 7 * week)
        const until = addDays(from, 6)
        const answer = await ask(view, { kind: 'week', from, until })
        expect(answer.cells).toEqual(coverage(input, plan, { from, until }))
        expect(answer.gaps).toEqual(gaps)
        expect(answer.unfilled).toEqual(input.occurrences.filter((o) => unfilledIds.has(o.id) && o.date >= from && o.date <= until))
      }

      // Every gap cell of the first two weeks, as GapDetail showed it.
      const gapCells = coverage(input, plan, { from: first, until: addDays(first, 13) }).filter((cell) => cell.status === 'gap')
      expect(gapCells.length).toBeGreaterThan(0)
      let someoneCould = false
      for (const cell of gapCells) {
        const occurrences = input.occurrences.filter((o) => o.needId === cell.needId && o.date === cell.date)
        const fixes = gapFixes(input, plan, occurrences.map((o) => o.id))
        const answer = await ask(view, { kind: 'gap', needId: cell.needId, date: cell.date })
        expect(answer).toEqual(occurrences.map((occurrence) => ({
          occurrence,
          unfilled: plan.unfilled.find((u) => u.occurrenceId === occurrence.id)?.detail ?? null,
          fix: fixes.find((f) => f.occurrenceIds.includes(occurrence.id)) ?? null,
          candidates: whoCouldFill(occurrence, input, { plan }),
        })))
        someoneCould ||= answer.some((time) => time.candidates.some((c) => c.canTake))
      }

      // Who could fill a time: inside the plan from the plan, before it (yesterday) from that day alone.
      const facts = factsOf(store)
      for (const occurrence of input.occurrences.filter((o) => o.date === first)) {
        const fillers = await ask(view, { kind: 'fill', occurrence, facts, now })
        expect(fillers).toEqual(whoCouldFill(occurrence, input, { plan }).filter((c) => c.canTake))
        someoneCould ||= fillers.length > 0
      }
      const yesterday = addDays(localDateOf(now, facts.circle.timeZone), -1)
      const dayBefore = planInputOf(facts, now, { from: yesterday, to: yesterday })
      expect(dayBefore.occurrences.length).toBeGreaterThan(0)
      expect(dayBefore.occurrences.some((o) => input.occurrences.some((p) => p.id === o.id))).toBe(false)
      for (const occurrence of dayBefore.occurrences) {
        expect(await ask(view, { kind: 'fill', occurrence, facts, now })).toEqual(whoCouldFill(occurrence, dayBefore).filter((c) => c.canTake))
      }
      // With no plan yet, the same day-alone answer.
      const today = input.occurrences[0]
      const todayAlone = planInputOf(facts, now, { from: today.date, to: today.date })
      expect(await ask(null, { kind: 'fill', occurrence: today, facts, now })).toEqual(whoCouldFill(today, todayAlone).filter((c) => c.canTake))
      expect(someoneCould).toBe(true)

      // The plan went to the worker once; every later question named it by key.
      const withPlan = sent.filter((request) => request.plan !== null)
      expect(withPlan.filter((request) => request.plan!.planJson !== undefined)).toHaveLength(1)
      expect(withPlan[0].plan!.planJson).toBe(view.planJson)
      expect(new Set(withPlan.map((request) => request.plan!.key)).size).toBe(1)
    })
  }

  it('sends a newer plan when asked about it, and keeps answering about it', async () => {
    const store = mariaWithHelpers(4)
    const now = BENCH_NOW + 60 * 60_000
    const older = await plannedView(store, now)
    const { ask, sent } = asker()
    const from = older.input.occurrences[0].date
    await ask(older, { kind: 'week', from, until: addDays(from, 6) })
    store.run('helper/add', { name: 'Late helper', contact: '+1 555 0102', relation: 'friend', tags: [] }, now)
    const newer = await plannedView(store, now)
    expect((await ask(newer, { kind: 'week', from, until: addDays(from, 6) })).cells).toEqual(coverage(newer.input, newer.plan, { from, until: addDays(from, 6) }))
    expect((await ask(older, { kind: 'week', from, until: addDays(from, 6) })).cells).toEqual(coverage(older.input, older.plan, { from, until: addDays(from, 6) }))
    expect(sent.map((request) => request.plan?.planJson !== undefined)).toEqual([true, true, true])
  })

  it('is neither cancelled by planning nor cancels it', async () => {
    const store = mariaWithHelpers(5)
    const now = BENCH_NOW + 60 * 60_000
    const view = await plannedView(store, now)
    const plans = createPlanRunner(planWorkerInThread as never)
    const { ask } = asker()
    const from = view.input.occurrences[0].date
    const question = ask(view, { kind: 'week', from, until: addDays(from, 6) })
    const cancelled = plans({ facts: factsOf(store), now })
    const next = plans({ facts: factsOf(store), now })
    await expect(cancelled.result).rejects.toBeInstanceOf(PlanCancelled)
    expect((await question).cells).toEqual(coverage(view.input, view.plan, { from, until: addDays(from, 6) }))
    const another = ask(view, { kind: 'gap', needId: view.input.occurrences[0].needId, date: from })
    await expect(next.result).resolves.toBeTruthy()
    await expect(another).resolves.toBeInstanceOf(Array)
  })

  it('says so when a question cannot be answered, and answers the next', async () => {
    const { ask } = asker()
    await expect(ask(null, { kind: 'week', from: '2026-12-01', until: '2026-12-07' })).rejects.toThrow('A week question needs a plan')
    const store = mariaWithHelpers(6)
    const view = await plannedView(store, BENCH_NOW)
    const from = view.input.occurrences[0].date
    await expect(ask(view, { kind: 'week', from, until: from })).resolves.toMatchObject({ gaps: describeGaps(view.input, view.plan) })
  })
})
