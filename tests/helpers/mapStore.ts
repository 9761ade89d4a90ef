import * as Y from 'yjs'
import { createMapStore, type CommandResult, type MapStore } from '../../src/store'

export const NOW = Date.UTC(2026, 10, 25, 9, 0)

/** An instant `minutes` after NOW: commands that follow one another get later times. */
export const later = (minutes: number) => NOW + minutes * 60_000

export const profile = {
  recipientName: 'Test Person',
  publicSummary: 'Test Person needs some practical support.',
  timeZone: 'Europe/Berlin',
  startDate: '2026-11-25',
  endDate: '2026-12-08',
  coordinator: { name: 'Coordinator', contact: '+1 555 0100' },
}

/** A fresh in-memory map document with a circle already started. */
export function startedStore(): MapStore {
  const store = createMapStore(new Y.Doc())
  const result = store.run('circle/create', { profile, crisisResources: [{ name: 'Crisis line', contact: '988' }] }, NOW)
  if (!result.ok) throw new Error(JSON.stringify(result.problems))
  return store
}

/** The id a command returned; throws (failing the test) when it was refused. */
export function idOf(result: CommandResult): string {
  if (!result.ok || result.id === undefined) throw new Error(`expected an id, got ${JSON.stringify(result)}`)
  return result.id
}

export function needDraft(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Bring dinner', category: 'practical' as const, kind: 'meal' as const, priority: 'high' as const,
    timing: {
      recurrence: { kind: 'weekly' as const, weekdays: [2, 4] as (2 | 4)[] },
      slots: [{ start: '18:00', end: '19:00', spanDays: 1 }], durationMinutes: 30, startDate: null, endDate: null,
    },
    mode: 'in-person' as const, sensitive: false, assignedDetails: '', shareDetails: true, privateDetails: '', requiredTags: [],
    ...overrides,
  }
}

/** A daily need at one set time, such as a phone call or a dog walk. */
export function dailyNeedDraft(title: string, start = '08:00') {
  const [h, m] = start.split(':').map(Number)
  const end = `${String(h + 1).padStart(2, '0')}:${String(m).padStart(2, '0')}`
  return needDraft({
    title, kind: 'dog-walk', timing: {
      recurrence: { kind: 'daily' }, slots: [{ start, end, spanDays: 1 }], durationMinutes: 30, startDate: null, endDate: null,
    },
  })
}

export function helperDraft(name: string, overrides: Record<string, unknown> = {}) {
  return { name, contact: '+1 555 0101', relation: 'neighbour', tags: [] as string[], ...overrides }
}

export function offerDraft(helperId: string, overrides: Record<string, unknown> = {}) {
  return {
    helperId, kinds: ['dog-walk' as const, 'meal' as const],
    windows: [{ weekday: 6 as const, start: '07:00', end: '12:00' }],
    from: null, until: null, mode: 'any' as const, weeklyLimit: 2, ...overrides,
  }
}

/** A started circle with one daily 08:00 walk and helpers with the given names. */
export function circleWithHelpers(...names: string[]) {
  const store = startedStore()
  const needId = idOf(store.run('need/add', dailyNeedDraft('Walk the dog'), NOW))
  const helperIds = names.map((name, i) => idOf(store.run('helper/add', helperDraft(name), later(i + 1))))
  return { store, needId, helperIds }
}

/**
 * Two replicas of one circle (two devices, or two tabs before either heard of the other):
 * `b` starts as a copy of `a`; `sync()` exchanges everything both ways.
 */
export function twoReplicas(...names: string[]) {
  const { store: a, needId, helperIds } = circleWithHelpers(...names)
  const b = createMapStore(new Y.Doc())
  Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc))
  const sync = () => {
    Y.applyUpdate(a.doc, Y.encodeStateAsUpdate(b.doc))
    Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc))
  }
  return { a, b, sync, needId, helperIds }
}

/** Takes back the command that gave `result`, as its toast's Undo does; fails the test when it cannot. */
export function undoCommand(store: MapStore, result: CommandResult): void {
  if (!result.ok || !result.undo) throw new Error(`expected an undoable command, got ${JSON.stringify(result)}`)
  if (!store.undo(result.undo)) throw new Error('Undo changed nothing')
}
