import * as Y from 'yjs'
import { createMapStore, type MapStore } from '../../src/store'

export const NOW = Date.UTC(2026, 10, 25, 9, 0)

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
