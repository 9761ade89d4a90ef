import * as Y from 'yjs'
import { addDays } from '../src/domain/dates'
import { TASK_KINDS, type TaskKind, type Weekday } from '../src/domain/model'
import { plan, planInputOf } from '../src/domain/planner'
import type { MapStore } from '../src/store'
import { BENCH_NOW, BENCH_START, circleStore, exampleStore, seeded, syntheticNeeds } from './fixtures'
import { medianMs, sizes, table } from './measure'

/** Issue 4's figures: planning Maria's circle and a large one, and the large map's size. */

export function addHelpers(store: MapStore, count: number, seed = 7): void {
  const random = seeded(seed)
  for (let i = 0; i < count; i++) {
    const added = store.run('helper/add', { name: `Helper ${i + 1}`, contact: `helper${i + 1}@example.org`, relation: 'friend', tags: [] }, BENCH_NOW)
    if (!added.ok) throw new Error('helper/add failed')
    const kinds = [...new Set(Array.from({ length: 3 }, () => TASK_KINDS[Math.floor(random() * TASK_KINDS.length)]))] as TaskKind[]
    const start = 7 + Math.floor(random() * 10)
    const weekdays = [...new Set(Array.from({ length: 4 }, () => 1 + Math.floor(random() * 7)))] as Weekday[]
    store.run('offer/save', {
      helperId: added.id!, kinds, from: null, until: null, mode: random() < 0.2 ? 'remote-only' : 'any', weeklyLimit: 2 + Math.floor(random() * 3),
      windows: weekdays.map((weekday) => ({ weekday, start: `${String(start).padStart(2, '0')}:00`, end: `${String(start + 4).padStart(2, '0')}:00` })),
    }, BENCH_NOW)
  }
}

function planOf(store: MapStore) {
  const snapshot = store.getSnapshot()
  const input = planInputOf({ ...snapshot, circle: snapshot.circle! }, BENCH_NOW)
  return { input, run: () => plan(input) }
}

function mariaWithHelpers(): MapStore {
  const store = exampleStore('maria')
  const offers: Array<[string, TaskKind[], Weekday[], string, string, number]> = [
    ['Ana', ['dog-walk'], [1, 2, 3, 4, 5], '07:00', '09:00', 5], ['Ben', ['dog-walk'], [1, 2, 3, 4, 5], '18:00', '20:00', 5],
    ['Chloe', ['errand'], [1, 2, 3, 4, 5], '09:00', '17:00', 1], ['Dev', ['plant-watering', 'mail'], [1, 2, 3, 4, 5, 6, 7], '08:00', '20:00', 6],
    ['Eve', ['call'], [1, 2, 3, 4, 5, 6, 7], '18:00', '22:00', 4], ['Finn', ['call'], [1, 2, 3, 4, 5, 6, 7], '21:00', '22:00', 3],
    ['Nora', ['dog-walk'], [6, 7], '07:00', '20:00', 4], ['Priya', ['dog-walk', 'call'], [1, 2, 3, 4, 5], '07:00', '22:00', 0],
  ]
  for (const [name, kinds, weekdays, start, end, weeklyLimit] of offers) {
    const added = store.run('helper/add', { name, contact: '', relation: '', tags: [] }, BENCH_NOW)
    store.run('offer/save', { helperId: added.ok ? added.id! : '', kinds, windows: weekdays.map((weekday) => ({ weekday, start, end })), from: null, until: null, mode: 'any', weeklyLimit }, BENCH_NOW)
  }
  return store
}

export async function runCircleBench(): Promise<void> {
  const maria = mariaWithHelpers()
  const large = circleStore(syntheticNeeds(30, 3))
  large.run('circle/update', { endDate: addDays(BENCH_START, 83) }, BENCH_NOW)
  addHelpers(large, 40)
  const mariaPlan = planOf(maria)
  const largePlan = planOf(large)
  const proposal = largePlan.run()
  table('Planner (issue 4 scenarios)', [
    { circle: 'Maria: 6 needs, 8 helpers, 2 weeks', occurrences: mariaPlan.input.occurrences.length, 'median ms': medianMs(mariaPlan.run).toFixed(1) },
    { circle: 'Large: 30 needs, 40 helpers, 12 weeks', occurrences: largePlan.input.occurrences.length, 'median ms': medianMs(largePlan.run, 3, 1).toFixed(1) },
  ])
  const before = sizes(Y.encodeStateAsUpdate(large.doc))
  const accepted = proposal.assignments.filter((a) => !a.accepted)
  if (accepted.length > 0) large.run('assignment/accept', { assignments: accepted.map((a) => ({ ...a, reasons: [] })) }, BENCH_NOW)
  const after = sizes(Y.encodeStateAsUpdate(large.doc))
  table('Map document size, large circle (40 helpers, 30 needs, 12 weeks)', [
    { state: 'needs, helpers and offers', bytes: before.bytes, gzipped: before.gzipped, series: 0 },
    { state: 'with the plan accepted', bytes: after.bytes, gzipped: after.gzipped, series: accepted.length },
  ])
}
