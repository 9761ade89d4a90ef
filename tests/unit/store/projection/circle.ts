import * as Y from 'yjs'
import type { MapStore } from '../../../../src/store'
import { createMapStore } from '../../../../src/store'
import { readProjectionInput } from '../../../../src/store/projection/input'
import { projectHelper } from '../../../../src/store/projection/helper'
import { writeProjection } from '../../../../src/store/projection/write'
import { seededRandom } from '../../../helpers/connector'
import { NOW, idOf, later, needDraft, offerDraft, profile } from '../../../helpers/mapStore'

/**
 * A circle for projection and fold tests, with names generated here (never the example
 * circles'), so a privacy check that finds one knows exactly where it came from.
 *
 * Wednesday 25 November 2026 to Tuesday 8 December, Europe/Berlin:
 * - walk: daily 08:00–09:00, in person, shared details; A primary every day, B backup.
 * - dinner: Tue and Thu 18:00–19:00, sensitive (details never reach a helper); B primary.
 * - call: daily 10:00–10:30, remote; C primary.
 * - D holds nothing but offers dog walks in the mornings: open calls on walks reach D.
 */
export const TODAY = '2026-11-25'
export const SATURDAY = '2026-11-28'

const SYLLABLES = ['zor', 'vex', 'qui', 'lam', 'tru', 'bel', 'ox', 'nyr', 'dak', 'fen', 'mau', 'rix']

export function nameGenerator(seed: number): () => string {
  const random = seededRandom(seed)
  const word = () => {
    const n = 2 + Math.floor(random() * 2)
    const text = Array.from({ length: n }, () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]).join('')
    return text.charAt(0).toUpperCase() + text.slice(1)
  }
  let count = 0
  // The counter keeps names distinct; letters, so the name still reads as one. The capital Q
  // (never in a syllable) ends each first name, so no first name is the start of another
  // ("Vexlamb" inside "Vexlambela" would look like a leak to the privacy check).
  return () => `${word()}Q${'abcdefghij'[count++ % 10]} ${word()}q${count}`
}

export interface TestCircle {
  store: MapStore
  needs: { walk: string; dinner: string; call: string }
  helpers: { a: string; b: string; c: string; d: string }
  names: Record<'a' | 'b' | 'c' | 'd' | 'excluded', string>
  contacts: Record<'a' | 'b' | 'c' | 'd', string>
  secrets: { walkPrivate: string; dinnerPrivate: string; dinnerDetails: string; walkDetails: string; callDetails: string; excludedNote: string }
}

export function occurrence(needId: string, date: string, slot: string): string {
  return `${needId}:${date}:${slot}`
}

export function makeCircle(seed = 1, doc = new Y.Doc()): TestCircle {
  const nextName = nameGenerator(seed)
  const names = { a: nextName(), b: nextName(), c: nextName(), d: nextName(), excluded: nextName() }
  const contacts = { a: '+49 151 0000 1111', b: 'b-contact@example.org', c: '+49 151 0000 3333', d: 'd-contact@example.org' }
  const secrets = {
    walkPrivate: 'PRIVATE-WALK-hip-surgery', dinnerPrivate: 'PRIVATE-DINNER-no-sugar', dinnerDetails: 'ASSIGNED-DINNER-door-4711',
    walkDetails: 'ASSIGNED-WALK-key-under-pot', callDetails: 'ASSIGNED-CALL-number', excludedNote: 'PRIVATE-EXCLUDED-note',
  }
  const store = createMapStore(doc)
  must(store.run('circle/create', { profile, crisisResources: [{ name: 'Crisis line', contact: '988' }] }, NOW))
  const walk = idOf(store.run('need/add', needDraft({
    title: 'Walk the dog', kind: 'dog-walk', priority: 'high', assignedDetails: secrets.walkDetails, privateDetails: secrets.walkPrivate,
    timing: { recurrence: { kind: 'daily' }, slots: [{ start: '08:00', end: '09:00', spanDays: 1 }], durationMinutes: 30, startDate: null, endDate: null },
  }), later(1)))
  const dinner = idOf(store.run('need/add', needDraft({
    title: 'Bring dinner', sensitive: true, assignedDetails: secrets.dinnerDetails, privateDetails: secrets.dinnerPrivate,
  }), later(2)))
  const call = idOf(store.run('need/add', needDraft({
    title: 'Morning call', kind: 'call', category: 'emotional', mode: 'remote', priority: 'medium', assignedDetails: secrets.callDetails, riskAnswer: 'no',
    timing: { recurrence: { kind: 'daily' }, slots: [{ start: '10:00', end: '10:30', spanDays: 1 }], durationMinutes: 15, startDate: null, endDate: null },
  }), later(3)))
  store.run('excluded/add', { name: names.excluded, note: secrets.excludedNote }, later(4))
  const add = (key: 'a' | 'b' | 'c' | 'd', i: number) =>
    idOf(store.run('helper/add', { name: names[key], contact: contacts[key], relation: 'friend', tags: [] }, later(5 + i)))
  const helpers = { a: add('a', 0), b: add('b', 1), c: add('c', 2), d: add('d', 3) }
  const everyDay = (start: string, end: string) => [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start, end }))
  must(store.run('offer/save', offerDraft(helpers.a, { kinds: ['dog-walk'], windows: everyDay('07:00', '12:00') }), later(10)))
  must(store.run('offer/save', offerDraft(helpers.b, { kinds: ['dog-walk', 'meal'], windows: everyDay('07:00', '20:00'), weeklyLimit: 10 }), later(11)))
  must(store.run('offer/save', offerDraft(helpers.c, { kinds: ['call'], windows: everyDay('09:00', '11:00'), mode: 'remote-only', weeklyLimit: 7 }), later(12)))
  must(store.run('offer/save', offerDraft(helpers.d, { kinds: ['dog-walk'], windows: everyDay('07:00', '10:00'), weeklyLimit: 7 }), later(13)))
  const range = { from: profile.startDate, until: profile.endDate, override: null, reasons: [] }
  const all = [1, 2, 3, 4, 5, 6, 7] as Array<1 | 2 | 3 | 4 | 5 | 6 | 7>
  must(store.run('assignment/accept', {
    assignments: [
      { ...range, needId: walk, slotKey: '08:00', weekdays: all, helperId: helpers.a, role: 'primary' },
      { ...range, needId: walk, slotKey: '08:00', weekdays: all, helperId: helpers.b, role: 'backup' },
      { ...range, needId: dinner, slotKey: '18:00', weekdays: [2, 4], helperId: helpers.b, role: 'primary' },
      { ...range, needId: call, slotKey: '10:00', weekdays: all, helperId: helpers.c, role: 'primary' },
    ],
  }, later(14)))
  return { store, needs: { walk, dinner, call }, helpers, names, contacts, secrets }
}

export function must(result: { ok: boolean }): void {
  if (!result.ok) throw new Error(JSON.stringify(result))
}

export const inputOf = (circle: TestCircle) => readProjectionInput(circle.store.doc)

/** The bytes a device would store for `doc`, read as text: what the privacy checks search. */
export function storedText(doc: Y.Doc): string {
  return new TextDecoder('utf-8', { fatal: false }).decode(Y.encodeStateAsUpdate(doc))
}

/** The helper's document as their device holds it after the first sync. */
export function helperDocOf(circle: TestCircle, helperId: string): Y.Doc {
  const doc = new Y.Doc()
  writeProjection(doc, projectHelper(inputOf(circle), helperId, TODAY)!)
  return doc
}
