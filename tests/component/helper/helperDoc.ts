import * as Y from 'yjs'
import { HELPER_DOC_SCHEMA_VERSION, type HelperBriefFields, type HelperOpenCall, type HelperTask, type OfferFields, type TaskStatus } from '../../../src/store/helperDoc/layout'
import { createHelperStore, type HelperStore } from '../../../src/store/roles/helperStore'

/** Wednesday 11 March 2026, 09:00 UTC: the fixed "now" of every helper view test. */
export const NOW = Date.UTC(2026, 2, 11, 9, 0)
const at = (date: string, time: string) => Date.parse(`${date}T${time}:00Z`)

export const brief: HelperBriefFields = {
  helperFirstName: 'Robin',
  recipientFirstName: 'Alex',
  publicSummary: 'Alex is recovering from surgery and needs some practical support.',
  coordinatorName: 'Priya Shah',
  coordinatorContact: '+44 20 7946 0000',
  crisisResources: [{ name: 'Samaritans', contact: '116 123' }],
  timeZone: 'UTC',
  circleEnd: '2026-04-30',
  circleStatus: 'active',
  seriesSentences: ['You’ll walk Bruno every Wednesday until 30 April.'],
  howToChange: 'If you need to swap a day or can’t make it, contact Priya (+44 20 7946 0000), not Alex.',
}

/** A task with its status, as a helper's screens show it; projectedHelperDoc stores the two apart, as projection does. */
export type TaskWithStatus = HelperTask & { status: TaskStatus }

const task = (title: string, date: string, from: string, until: string, fields: Partial<TaskWithStatus> = {}): TaskWithStatus => ({
  title, kind: 'dog-walk', start: at(date, from), end: at(date, until), role: 'primary', status: 'planned', details: null, ...fields,
})

/** Occurrence ids as projection keys them: `<needId>:<date>:<start>`. */
export const TASKS: Record<string, TaskWithStatus> = {
  'walk:2026-03-11:17:00': task('Walk Bruno', '2026-03-11', '17:00', '18:00', { details: 'Key under the blue pot. Text, don’t ring.' }),
  'meal:2026-03-13:18:00': task('Dinner for Alex', '2026-03-13', '18:00', '19:00', { kind: 'meal' }),
  'meal:2026-03-14:18:00': task('Saturday dinner', '2026-03-14', '18:00', '19:00', { kind: 'meal', role: 'backup' }),
  'ride:2026-03-17:10:00': task('Ride to physio', '2026-03-17', '10:00', '11:00', { kind: 'ride' }),
  'walk:2026-03-09:17:00': task('Monday walk', '2026-03-09', '17:00', '18:00'),
}

export const CALLS: Record<string, HelperOpenCall> = {
  'call-open': { kind: 'plant-watering', title: 'Water the plants', start: at('2026-03-12', '08:00'), end: at('2026-03-12', '20:00'), taken: false, takenByYou: false },
  'call-gone': { kind: 'errand', title: 'Pick up a prescription', start: at('2026-03-12', '09:00'), end: at('2026-03-12', '12:00'), taken: true, takenByYou: false },
}

export const SUGGESTED_OFFER: OfferFields = {
  kinds: ['dog-walk'], windows: [{ weekday: 3, start: '17:00', end: '19:00' }], from: '2026-03-01', until: null, mode: 'any', weeklyLimit: 2,
}

/** A helper's document as projection would leave it: flat maps of plain values. */
export function projectedHelperDoc(options: { revoked?: boolean; waiting?: boolean; tasks?: Record<string, TaskWithStatus> } = {}): Y.Doc {
  const doc = new Y.Doc()
  doc.transact(() => {
    write(doc, 'meta', { kind: 'helper', schemaVersion: HELPER_DOC_SCHEMA_VERSION, revoked: options.revoked ?? false })
    if (options.revoked || options.waiting) return
    write(doc, 'brief', brief)
    writeTasks(doc, options.tasks ?? TASKS)
    write(doc, 'openCalls', CALLS)
    write(doc, 'offerSuggestion', SUGGESTED_OFFER)
  })
  return doc
}

export function write(doc: Y.Doc, section: string, values: object): void {
  const map = doc.getMap(section)
  doc.transact(() => {
    for (const [key, value] of Object.entries(values)) map.set(key, value)
  })
}

/** Tasks as projection writes them: the task in `tasks`, a status other than planned in `taskStatuses`. */
export function writeTasks(doc: Y.Doc, tasks: Record<string, TaskWithStatus>): void {
  const values = Object.entries(tasks)
  write(doc, 'tasks', Object.fromEntries(values.map(([id, { status: _status, ...fields }]) => [id, fields])))
  write(doc, 'taskStatuses', Object.fromEntries(values.filter(([, t]) => t.status !== 'planned').map(([id, t]) => [id, t.status])))
}

export function helperStoreOf(doc: Y.Doc): HelperStore {
  return createHelperStore(doc)
}
