import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { carryGenuine, genuineHelperValues, genuineRecipientValues, markReplacing, movedValues } from '../../../../src/store/fold/fresh'
import { guardDoc, MAX_FOLDED_DOC_BYTES } from '../../../../src/store/fold/guard'
import { foldHelper } from '../../../../src/store/fold/helper'
import { foldRecipient } from '../../../../src/store/fold/recipient'
import { HELPER_DOC_SCHEMA_VERSION, HELPER_OWNED, HELPER_PROJECTED } from '../../../../src/store/helperDoc/layout'
import { projectHelper } from '../../../../src/store/projection/helper'
import { projectRecipient } from '../../../../src/store/projection/recipient'
import { writeProjection } from '../../../../src/store/projection/write'
import { movedToOf } from '../../../../src/store/roles/docStore'
import { createHelperStore } from '../../../../src/store/roles/helperStore'
import { later } from '../../../helpers/mapStore'
import { TODAY, helperDocOf, inputOf, makeCircle, must } from '../projection/circle'

const DOC_ID = 'AAAAAAAAAAAAAAAAAAAAAA'
const NEW_DOC_ID = 'BBBBBBBBBBBBBBBBBBBBBB'
const NEW_KEY = 'C'.repeat(43)
const sync = (from: Y.Doc, to: Y.Doc) => Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)))
const size = (doc: Y.Doc) => Y.encodeStateAsUpdate(doc).byteLength

/**
 * Helper A's phone reports on two tasks (the first folded, the second not yet), then floods:
 * statuses flipped in a loop on three tasks, reports on tasks that are not theirs, a section of
 * junk. The coordinator's copy has all of it.
 */
function floodedCircle(flips: number, junk: number) {
  const circle = makeCircle()
  const { a } = circle.helpers
  must(circle.store.run('document/add', { audience: 'helper', helperId: a, docId: DOC_ID, key: 'D'.repeat(43) }, later(20)))
  const coordinator = helperDocOf(circle, a)
  const phone = new Y.Doc()
  sync(coordinator, phone)
  const store = createHelperStore(phone)
  const tasks = store.getSnapshot().tasks.map((t) => t.id)
  expect(store.report(tasks[0], 'done', 'All fine, he loved it', later(30))).toBe(true)
  sync(phone, coordinator)
  expect(foldHelper(circle.store.doc, coordinator, a, later(31)).changed).toBe(true)
  expect(store.report(tasks[1], 'cant-make-it', 'Sick, sorry', later(40))).toBe(true)
  for (let i = 0; i < flips; i++) phone.getMap('reports').set(tasks[2 + (i % 3)], { kind: i % 2 ? 'done' : 'cant-make-it', note: '', at: later(50 + i) })
  for (let i = 0; i < junk; i++) phone.getMap('reports').set(`not-a-task-${i}:2026-11-28:08:00`, { kind: 'done', note: 'x'.repeat(i % 50), at: later(50) })
  phone.getMap('junk').set('noise', 'y'.repeat(2000))
  sync(phone, coordinator)
  return { circle, a, coordinator, phone, tasks }
}

describe('a fresh document after a flood', () => {
  it('is the only way back to size: the flood’s entries deleted in place leave their tombstones', () => {
    const { coordinator } = floodedCircle(30_000, 3000)
    const flooded = size(coordinator)
    expect(flooded).toBeGreaterThan(MAX_FOLDED_DOC_BYTES)
    expect(guardDoc(coordinator, 'helper', [...HELPER_PROJECTED, ...HELPER_OWNED], HELPER_DOC_SCHEMA_VERSION).skip).toBe('too-large')
    const pruned = new Y.Doc()
    Y.applyUpdate(pruned, Y.encodeStateAsUpdate(coordinator))
    pruned.transact(() => {
      for (const key of [...pruned.getMap('reports').keys()]) pruned.getMap('reports').delete(key)
      pruned.getMap('junk').delete('noise')
    })
    // Measured: 30,000 flips and 3,000 junk entries deleted still weigh most of a y-webrtc message.
    console.info(`flooded ${flooded} B; its entries deleted in place ${size(pruned)} B`)
    expect(size(pruned)).toBeGreaterThan(MAX_FOLDED_DOC_BYTES / 2)
  }, 60_000)

  it('keeps every genuine report, folded or not, drops the flood, and is back to a normal size', () => {
    const { circle, a, coordinator, phone, tasks } = floodedCircle(30_000, 3000)
    must(circle.store.run('document/replace', { docId: DOC_ID, newDocId: NEW_DOC_ID, newKey: NEW_KEY }, later(60)))
    const documents = circle.store.getSnapshot().documents
    expect(documents.find((d) => d.id === DOC_ID)).toMatchObject({ movedTo: NEW_DOC_ID })
    expect(documents.find((d) => d.id === NEW_DOC_ID)).toMatchObject({ helperId: a, key: NEW_KEY, revokedAt: null })

    // What the coordinator's device does (coordinatorSync.ts): seed from the old copy, project.
    const fresh = new Y.Doc()
    carryGenuine(fresh, genuineHelperValues(inputOf(circle), a, coordinator), {})
    writeProjection(fresh, projectHelper(inputOf(circle), a, TODAY)!)
    const reports = fresh.getMap('reports').toJSON()
    expect(Object.keys(reports).sort()).toEqual([tasks[0], tasks[1]].sort())
    expect(reports[tasks[1]]).toEqual({ kind: 'cant-make-it', note: 'Sick, sorry', at: later(40) })
    expect(fresh.getMap('junk').size).toBe(0)
    console.info(`fresh document ${size(fresh)} B (the flooded one ${size(coordinator)} B)`)
    expect(size(fresh)).toBeLessThan(16 * 1024)

    // Folded like any document: nothing rejected, and the report the flood hid reaches the map.
    const folded = foldHelper(circle.store.doc, fresh, a, later(61))
    expect(folded.reports[0]).toEqual({ source: a, skipped: null, rejected: [] })
    expect(circle.store.getSnapshot().statuses[tasks[1]]).toMatchObject({ status: 'needs-cover', note: 'Sick, sorry' })
    expect(circle.store.getSnapshot().statuses[tasks[0]]).toMatchObject({ status: 'done' })

    // What the phone still writes in the old document before it moves is carried over; nothing in the new one is deleted.
    const freshPhone = new Y.Doc()
    sync(fresh, freshPhone)
    createHelperStore(freshPhone).report(tasks[5], 'done', 'Written on the new one', later(70))
    sync(freshPhone, fresh)
    createHelperStore(phone).report(tasks[6], 'swap-request', 'Written offline on the old one', later(71))
    sync(phone, coordinator)
    expect(carryGenuine(fresh, genuineHelperValues(inputOf(circle), a, coordinator), {})).toBe(true)
    expect(fresh.getMap('reports').get(tasks[5])).toMatchObject({ note: 'Written on the new one' })
    expect(fresh.getMap('reports').get(tasks[6])).toMatchObject({ note: 'Written offline on the old one' })
    expect(carryGenuine(fresh, genuineHelperValues(inputOf(circle), a, coordinator), {})).toBe(false)

    // The old document only tells the phone where to go.
    writeProjection(coordinator, movedValues('helper', { docId: NEW_DOC_ID, key: NEW_KEY }))
    sync(coordinator, phone)
    expect(movedToOf(phone)).toEqual({ docId: NEW_DOC_ID, key: NEW_KEY })
    // The new one names the old one, for a phone that joins it by its invitation instead.
    markReplacing(fresh, DOC_ID, {})
    sync(fresh, freshPhone)
    expect(createHelperStore(freshPhone).getSnapshot()).toMatchObject({ replaces: DOC_ID, movedTo: null })
    expect(foldHelper(circle.store.doc, fresh, a, later(72)).reports[0].rejected).toEqual([])
  }, 60_000)

  it('takes nothing from entries written more than MAX_WRITES_PER_ENTRY times, or from what the fold would refuse', () => {
    const circle = makeCircle()
    const { a } = circle.helpers
    const base = helperDocOf(circle, a)
    const tasks = createHelperStore(base).getSnapshot().tasks.map((t) => t.id)
    fc.assert(fc.property(
      fc.array(fc.record({ task: fc.nat(tasks.length - 1), writes: fc.integer({ min: 1, max: 40 }), valid: fc.boolean() }), { maxLength: 8 }),
      (entries) => {
        const doc = new Y.Doc()
        Y.applyUpdate(doc, Y.encodeStateAsUpdate(base))
        const writes = new Map<string, { count: number; valid: boolean }>()
        for (const { task, writes: n, valid } of entries) {
          for (let i = 0; i < n; i++) doc.getMap('reports').set(tasks[task], valid ? { kind: 'done', note: String(i), at: later(i) } : { kind: 'done', extra: true })
          const before = writes.get(tasks[task])?.count ?? 0
          writes.set(tasks[task], { count: before + n, valid })
        }
        const kept = genuineHelperValues(inputOf(circle), a, doc).reports
        for (const [task, { count, valid }] of writes) expect(Object.hasOwn(kept, task)).toBe(valid && count <= 20)
      },
    ), { numRuns: 40 })
  }, 60_000)

  it('keeps the recipient’s genuine answers, suggestions and requests, and none of a flood or what the fold refuses', () => {
    const circle = makeCircle()
    const checkIn = circle.store.run('check-in/record', { weekOf: '2026-11-23', worked: 'The walks', missing: '', stop: '', adjusted: '', adjustmentIds: [] }, later(20))
    if (!checkIn.ok || !checkIn.id) throw new Error('no check-in')
    const old = new Y.Doc()
    writeProjection(old, projectRecipient(inputOf(circle), TODAY)!)
    old.getMap('answers').set(checkIn.id, { worked: 'the dog walks', missing: 'a visit', notHelpful: '', at: 100 })
    old.getMap('answers').set('noCheckIn0001', { worked: '', missing: '', notHelpful: '', at: 1 })
    old.getMap('pleaseStop').set('pleasestop001', { note: 'Too many calls', needId: circle.needs.call, at: 101 })
    for (let i = 0; i < 200; i++) old.getMap('suggestions').set('suggestion0001', { kind: 'new-need', title: `Flood ${i}`, note: '', at: 200 + i })
    old.getMap('suggestions').set('suggestion0002', { kind: 'new-need', title: 'Help with laundry', note: 'weekly', at: 102 })
    old.getMap('suggestions').set('a b', { kind: 'new-need', title: 'x', note: '', at: 1 })
    const kept = genuineRecipientValues(inputOf(circle), old)
    expect(Object.keys(kept.answers)).toEqual([checkIn.id])
    expect(Object.keys(kept.suggestions)).toEqual(['suggestion0002'])
    expect(Object.keys(kept.pleaseStop)).toEqual(['pleasestop001'])
    const fresh = new Y.Doc()
    carryGenuine(fresh, kept, {})
    writeProjection(fresh, projectRecipient(inputOf(circle), TODAY)!)
    expect(foldRecipient(circle.store.doc, fresh, later(30)).reports[0].rejected).toEqual([])
    expect(circle.store.getSnapshot().inbox.suggestions.map((x) => x.id)).toEqual(['suggestion0002'])
  }, 30_000)
})
