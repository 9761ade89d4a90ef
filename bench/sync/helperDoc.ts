import * as Y from 'yjs'
import type { Weekday } from '../../src/domain/model'
import { createMapStore, type CommandResult, type MapStore, type NeedDraft } from '../../src/store'
import { readProjectionInput } from '../../src/store/projection/input'
import { projectHelper } from '../../src/store/projection/helper'
import { writeProjection } from '../../src/store/projection/write'
import { createHelperStore } from '../../src/store/roles/helperStore'
import { seeded } from '../fixtures'
// Needs are written through commands here, which check their words: the app loads the word check first too.
import '../../src/domain/safety'

/**
 * A helper's document as the coordinator's device writes it, made with the store's real
 * commands and projection (the approach of tests/unit/store/projection/sizes.test.ts): a
 * circle of 20 days, a daily dog walk held by helper A, who therefore has 20 tasks.
 */
export const TODAY = '2026-11-25'
const NOW = Date.UTC(2026, 10, 25, 9, 0)
const later = (minutes: number) => NOW + minutes * 60_000
const ALL_DAYS: Weekday[] = [1, 2, 3, 4, 5, 6, 7]
const STATUSES = ['done', 'missed', 'needs-cover', 'cancelled'] as const

function must(result: CommandResult): string {
  if (!result.ok) throw new Error(`bench fixture: a command was refused: ${JSON.stringify(result)}`)
  return result.id ?? ''
}

function daily(title: string, kind: NeedDraft['kind'], start: string, end: string, mode: NeedDraft['mode'], details: string): NeedDraft {
  return {
    title, category: kind === 'call' ? 'emotional' : 'practical', kind, priority: 'high',
    timing: { recurrence: { kind: 'daily' }, slots: [{ start, end, spanDays: 1 }], durationMinutes: 30, startDate: null, endDate: null },
    mode, sensitive: false, assignedDetails: details, shareDetails: true, privateDetails: 'Private: only the coordinator reads this.', requiredTags: [],
  }
}

export interface HelperCircle {
  store: MapStore
  helperId: string
}

export function helperCircle(): HelperCircle {
  const store = createMapStore(new Y.Doc())
  must(store.run('circle/create', {
    profile: {
      recipientName: 'Robin Example', publicSummary: 'Robin is recovering from surgery and needs some help at home for a few weeks.',
      timeZone: 'Europe/Berlin', startDate: TODAY, endDate: '2026-12-14', coordinator: { name: 'Jordan', contact: '+49 151 0000 0100' },
    },
    crisisResources: [{ name: 'Crisis line', contact: '988' }],
  }, NOW))
  const walk = must(store.run('need/add', daily('Walk the dog', 'dog-walk', '08:00', '09:00', 'in-person', 'Key in the lockbox, code 4711; the lead hangs by the door.'), later(1)))
  const call = must(store.run('need/add', daily('Morning call', 'call', '10:00', '10:30', 'remote', 'Call the landline first.'), later(2)))
  const helper = (name: string, contact: string, i: number) => must(store.run('helper/add', { name, contact, relation: 'friend', tags: [] }, later(3 + i)))
  const a = helper('Ana Walker', '+49 151 0000 1111', 0)
  const b = helper('Ben Backup', 'ben@example.org', 1)
  const windows = (start: string, end: string) => ALL_DAYS.map((weekday) => ({ weekday, start, end }))
  must(store.run('offer/save', { helperId: a, kinds: ['dog-walk'], windows: windows('07:00', '12:00'), from: null, until: null, mode: 'any', weeklyLimit: 7 }, later(10)))
  must(store.run('offer/save', { helperId: b, kinds: ['dog-walk', 'call'], windows: windows('07:00', '20:00'), from: null, until: null, mode: 'any', weeklyLimit: 14 }, later(11)))
  const range = { from: TODAY, until: '2026-12-14', override: null, reasons: [] }
  must(store.run('assignment/accept', {
    assignments: [
      { ...range, needId: walk, slotKey: '08:00', weekdays: ALL_DAYS, helperId: a, role: 'primary' },
      { ...range, needId: walk, slotKey: '08:00', weekdays: ALL_DAYS, helperId: b, role: 'backup' },
      { ...range, needId: call, slotKey: '10:00', weekdays: ALL_DAYS, helperId: b, role: 'primary' },
    ],
  }, later(12)))
  return { store, helperId: a }
}

/** Projects the map into `doc` (the coordinator's copy of helper A's document). */
export function project(circle: HelperCircle, doc: Y.Doc): void {
  const values = projectHelper(readProjectionInput(circle.store.doc), circle.helperId, TODAY)
  if (!values) throw new Error('bench fixture: the helper projection returned null')
  writeProjection(doc, values)
}

export function taskIds(doc: Y.Doc): string[] {
  return [...doc.getMap('tasks').keys()]
}

/**
 * `count` status edits by the coordinator on random tasks of the helper (set or cleared), each
 * followed by a projection into `doc`, as the coordinator's device does. Returns each edit's
 * delta in bytes.
 */
export function statusEdits(circle: HelperCircle, doc: Y.Doc, count: number, seed = 5, minuteOffset = 30): number[] {
  const random = seeded(seed)
  const tasks = taskIds(doc)
  const deltas: number[] = []
  for (let i = 0; i < count; i++) {
    const occurrenceId = tasks[Math.floor(random() * tasks.length)]
    const kind = Math.floor(random() * (STATUSES.length + 1))
    if (kind === STATUSES.length) circle.store.run('occurrence/clear-status', { occurrenceId }, later(minuteOffset + i))
    else must(circle.store.run('occurrence/set-status', { occurrenceId, status: STATUSES[kind] }, later(minuteOffset + i)))
    const before = Y.encodeStateVector(doc)
    project(circle, doc)
    deltas.push(Y.encodeStateAsUpdate(doc, before).byteLength)
  }
  return deltas
}

/**
 * Content for the 40-document sync: `base` is helper A's projected document; `coordinator` is
 * what the coordinator's device holds when it opens (base plus 3 status edits not yet sent);
 * `helper` is what the helper's phone holds (base plus the helper's own "done" report and
 * "joined" mark, not yet sent); `merged` is the state vector both should reach.
 */
export interface SyncContent {
  base: Uint8Array
  coordinator: Uint8Array
  helper: Uint8Array
  merged: Uint8Array
  tasks: number
}

export function syncContent(): SyncContent {
  const circle = helperCircle()
  const doc = new Y.Doc()
  project(circle, doc)
  const base = Y.encodeStateAsUpdate(doc)
  const tasks = taskIds(doc)
  statusEdits(circle, doc, 3, 9, 200)
  const coordinator = Y.encodeStateAsUpdate(doc)
  const helperDoc = new Y.Doc()
  Y.applyUpdate(helperDoc, base)
  const helper = createHelperStore(helperDoc)
  helper.join(later(300))
  if (!helper.report(tasks[0], 'done', 'All fine, long walk in the park.', later(301))) throw new Error('bench fixture: the helper report was refused')
  const helperState = Y.encodeStateAsUpdate(helperDoc)
  const merged = new Y.Doc()
  Y.applyUpdate(merged, coordinator)
  Y.applyUpdate(merged, helperState)
  return { base, coordinator, helper: helperState, merged: Y.encodeStateVector(merged), tasks: tasks.length }
}
