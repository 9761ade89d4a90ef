import * as Y from 'yjs'
import { exampleCircle } from '../src/domain/examples'
import { TASK_KINDS, type Weekday } from '../src/domain/model'
import { createMapStore, type MapStore, type NeedDraft } from '../src/store'
// Needs are written through commands here, which check their words: the app loads the word check first too.
import '../src/domain/safety'

export const BENCH_NOW = Date.UTC(2026, 10, 30, 8, 0)
export const BENCH_START = '2026-11-30'
export const BENCH_END = '2027-02-21' // 12 weeks
export const BENCH_ZONE = 'Europe/Berlin'

/** A deterministic pseudo-random source, so every run measures the same circle. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

export function syntheticNeeds(count: number, seed = 1): NeedDraft[] {
  const random = seeded(seed)
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]
  return Array.from({ length: count }, (_, i) => {
    const shape = i % 4
    const hour = String(7 + Math.floor(random() * 12)).padStart(2, '0')
    const weekdays = [...new Set([1 + Math.floor(random() * 7), 1 + Math.floor(random() * 7)])].sort() as Weekday[]
    return {
      title: `Need ${i + 1}`, category: 'practical', kind: pick(TASK_KINDS), priority: pick(['high', 'medium', 'low'] as const),
      timing: {
        recurrence: shape === 0 ? { kind: 'daily' } : shape === 1 ? { kind: 'weekly', weekdays } : shape === 2 ? { kind: 'every-n-days', interval: 2 + (i % 5) } : { kind: 'daily' },
        slots: shape === 3 ? [{ start: '08:00', end: '09:00', spanDays: 1 }, { start: '18:00', end: '19:00', spanDays: 1 }] : [{ start: `${hour}:00`, end: `${hour}:45`, spanDays: 1 }],
        durationMinutes: 30, startDate: null, endDate: null,
      },
      mode: random() < 0.3 ? 'remote' : 'in-person', sensitive: random() < 0.1, assignedDetails: `Details for need ${i + 1}`,
      shareDetails: true, privateDetails: '', requiredTags: [],
    } satisfies NeedDraft
  })
}

export function circleStore(needs: NeedDraft[]): MapStore {
  const store = createMapStore(new Y.Doc())
  store.run('circle/create', {
    profile: { recipientName: 'Bench', publicSummary: 'A benchmark circle.', timeZone: BENCH_ZONE, startDate: BENCH_START, endDate: BENCH_END, coordinator: { name: 'C', contact: 'c@example.org' } },
    crisisResources: [{ name: 'Crisis line', contact: '988' }],
  }, BENCH_NOW)
  needs.forEach((need, i) => store.run('need/add', need, BENCH_NOW + i))
  return store
}

export function exampleStore(name: 'maria' | 'alex'): MapStore {
  const example = exampleCircle(name, BENCH_START, BENCH_ZONE)
  const store = createMapStore(new Y.Doc())
  store.run('circle/create', { profile: example.profile, crisisResources: example.crisisResources }, BENCH_NOW)
  example.needs.forEach((need, i) => store.run('need/add', need, BENCH_NOW + i))
  example.excludedPeople.forEach((person) => store.run('excluded/add', person, BENCH_NOW))
  example.offLimits.forEach((range) => store.run('off-limits/add', range, BENCH_NOW))
  return store
}
