import { describe, expect, it } from 'vitest'
import { matchesAssignment, plan, planInputOf } from '../../../src/domain/planner'
import { planFactsOf } from '../../../src/ui/hooks/usePlan'
import { planResultOf, type PlanResult } from '../../../src/ui/workers/planAnswer'
import { planWork } from '../../../src/ui/workers/planWork'
import type { MapStore } from '../../../src/store'
import { NOW, dailyNeedDraft, helperDraft, idOf, later, offerDraft, startedStore } from '../../helpers/mapStore'

/** The worker's answer for a store as it stands, through structured clones both ways as a real worker's. */
function factsOf(store: MapStore) {
  const snapshot = store.getSnapshot()
  if (!snapshot.circle) throw new Error('no circle')
  return planFactsOf({ ...snapshot, circle: snapshot.circle })
}

function planned(store: MapStore, now: number, previous?: string): PlanResult {
  const answer = structuredClone(planWork(structuredClone({ id: 1, facts: factsOf(store), now, previous })))
  if (!answer.ok) throw new Error(answer.message)
  return planResultOf(answer)
}

function circle() {
  const store = startedStore()
  idOf(store.run('need/add', dailyNeedDraft('Walk the dog'), later(1)))
  idOf(store.run('need/add', dailyNeedDraft('Phone call', '17:00'), later(2)))
  const ana = idOf(store.run('helper/add', helperDraft('Ana'), later(3)))
  const ben = idOf(store.run('helper/add', helperDraft('Ben'), later(4)))
  const every = (start: string, end: string) => ([1, 2, 3, 4, 5, 6, 7] as const).map((weekday) => ({ weekday, start, end }))
  expect(store.run('offer/save', offerDraft(ana, { windows: every('07:00', '10:00'), weeklyLimit: 5 }), later(5)).ok).toBe(true)
  expect(store.run('offer/save', offerDraft(ben, { windows: [...every('16:00', '19:00'), ...every('07:00', '09:00').slice(0, 2)], weeklyLimit: 4 }), later(6)).ok).toBe(true)
  return store
}

describe('the planning worker works out what Assign shows', () => {
  it('gives each proposal the reasons of its first planned time, and an accepted series none', () => {
    const store = circle()
    const { input, plan, assign } = planned(store, later(10))
    const proposals = plan.assignments.filter((a) => !a.accepted)
    expect(proposals.length).toBeGreaterThan(1)
    expect(assign.reasons).toHaveLength(plan.assignments.length)
    const occurrences = new Map(input.occurrences.map((o) => [o.id, o]))
    plan.assignments.forEach((series, i) => {
      if (series.accepted) return expect(assign.reasons[i]).toEqual([])
      const first = plan.placements.find((p) => p.helperId === series.helperId && p.role === series.role && matchesAssignment(series, occurrences.get(p.occurrenceId)!))
      expect(first).toBeDefined()
      expect(assign.reasons[i]).toEqual(first!.reasons)
      expect(assign.reasons[i].length).toBeGreaterThan(0)
    })
    // Who gains what if all is accepted: every proposed primary or backup time is someone's gain.
    const gains = assign.changes!.helpers.flatMap((h) => h.gains)
    expect(gains).toHaveLength(plan.placements.filter((p) => !p.fromAccepted).length)
    expect(new Set(gains)).toEqual(new Set(plan.placements.filter((p) => !p.fromAccepted).map((p) => occurrences.get(p.occurrenceId)!.needId)))
  })

  it('counts the times ahead that are not cancelled, and those an accepted primary covers', () => {
    const store = circle()
    const first = planned(store, later(10))
    const proposals = first.plan.assignments.flatMap((series, i) => (series.accepted ? [] : [{ ...series, reasons: first.assign.reasons[i].map(() => 'reason') }]))
    expect(store.run('assignment/accept', { assignments: proposals.slice(0, 2) }, later(11)).ok).toBe(true)
    const walk = first.input.occurrences.find((o) => o.windowEnd > later(10))!
    expect(store.run('occurrence/set-status', { occurrenceId: walk.id, status: 'cancelled' }, later(12)).ok).toBe(true)

    const { input, plan, assign } = planned(store, later(13))
    const live = input.occurrences.filter((o) => o.id !== walk.id)
    expect(assign.liveEnds).toEqual(live.map((o) => o.windowEnd).sort((a, b) => a - b))
    const covered = live.filter((o) => plan.placements.some((p) => p.occurrenceId === o.id && p.role === 'primary' && p.fromAccepted))
    expect(covered.length).toBeGreaterThan(0)
    expect(assign.coveredEnds).toEqual(covered.map((o) => o.windowEnd).sort((a, b) => a - b))
    expect(assign.reasons.filter((_, i) => plan.assignments[i].accepted).every((r) => r.length === 0)).toBe(true)
  })

  it('sends the same input and plan as planning here would make, read from their JSON when asked', () => {
    const store = circle()
    const result = planned(store, later(10))
    const input = planInputOf(factsOf(store), later(10))
    // The facts sent are all the planner reads of the snapshot.
    const snapshot = store.getSnapshot()
    expect(planInputOf({ ...snapshot, circle: snapshot.circle! }, later(10))).toEqual(input)
    expect(result.input).toEqual(input)
    expect(result.plan).toEqual(plan(input))
    expect(result.assign.assignments).toEqual(result.plan.assignments)
    expect(result.assign.unfilled).toBe(result.plan.unfilled.length)
    // Given back as `previous`, the same plan comes out, with nothing changed from it.
    const again = planned(store, later(10), result.planJson)
    expect(again.plan.placements).toEqual(result.plan.placements)
    expect(again.plan.quality.changedFromPrevious).toBe(0)
  })

  it('says nothing changes when nothing is proposed', () => {
    const store = startedStore()
    store.run('need/add', dailyNeedDraft('Walk the dog'), later(1))
    const { plan, assign } = planned(store, NOW)
    expect(plan.assignments).toEqual([])
    expect(assign.changes).toBeNull()
    expect(assign.coveredEnds).toEqual([])
    expect(assign.liveEnds.length).toBeGreaterThan(0)
  })
})
