import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { commands, MAP_COLLECTIONS } from '../../../src/store/commands'
import { META } from '../../../src/store/schema/meta'
import { createMapStore, readMapSnapshot } from '../../../src/store'
import { readMapSnapshotInSteps, readNeedsInSteps } from '../../../src/store/snapshot'
import { readNeeds } from '../../../src/store/schema/need'
import type { ReadProblem } from '../../../src/store/schema/primitives'
import { NOW, circleWithHelpers, dailyNeedDraft, idOf, later, offerDraft, undoCommand } from '../../helpers/mapStore'

/** One of everything the coordinator's loop writes. */
function busyCircle() {
  const circle = circleWithHelpers('Sam', 'Lee')
  const { store, needId, helperIds: [sam, lee] } = circle
  const occurrenceId = `${needId}:2026-11-28:08:00`
  store.run('offer/save', offerDraft(sam), later(10))
  store.run('assignment/set', {
    needId, slotKey: '08:00', from: '2026-11-25', until: '2026-12-08', role: 'primary', override: null, parts: [{ weekdays: [6], helperId: sam }],
  }, later(11))
  const call = idOf(store.run('open-call/post', { occurrenceId }, later(12)))
  store.run('open-call/record-taker', { id: call, helperId: lee }, later(13))
  store.run('check-in/record', { weekOf: '2026-11-23', worked: '', missing: '', stop: '', adjusted: '', adjustmentIds: [] }, later(14))
  return { ...circle, occurrenceId }
}

describe('map snapshot', () => {
  it('reads every collection the loop writes, and the undo manager watches them all', () => {
    const { store, helperIds: [sam], occurrenceId } = busyCircle()
    const snapshot = store.getSnapshot()
    expect(snapshot.problems).toEqual([])
    expect(Object.keys(snapshot.offers)).toEqual([sam])
    expect(snapshot.assignments).toHaveLength(1)
    expect(Object.keys(snapshot.statuses)).toEqual([occurrenceId])
    expect(snapshot.openCalls).toHaveLength(1)
    expect(snapshot.checkIns).toHaveLength(1)
    expect(snapshot.activity.map((entry) => entry.at)).toEqual([...snapshot.activity.map((entry) => entry.at)].sort((a, b) => b - a))
    const written = [...store.doc.share.keys()].filter((name) => name !== META)
    expect(MAP_COLLECTIONS).toEqual(expect.arrayContaining(written))
  })

  it('undoes a command of the loop as one step', () => {
    const { store, occurrenceId } = busyCircle()
    undoCommand(store, store.run('occurrence/set-status', { occurrenceId, status: 'cancelled' }, later(20)))
    expect(store.getSnapshot().statuses[occurrenceId]).toMatchObject({ status: 'covered' })
    expect(store.getSnapshot().activity[0].kind).toBe('open-call/taken')
  })

  it.each([
    ['helpers', 'brokenEntry1', { name: 42 }, /^helpers\/brokenEntry1\/name/],
    ['offers', 'brokenEntry1', { kinds: ['juggling'] }, /^offers\/brokenEntry1\/kinds/],
    ['assignments', 'brokenEntry1', { needId: 'x' }, /^assignments\/brokenEntry1/],
    ['statuses', 'not-an-occurrence', { status: 'done', coveredBy: null, note: '', at: NOW }, /^statuses\/not-an-occurrence$/],
    ['statuses', 'need0001:2026-11-28:any', { status: 'lost', coveredBy: null, note: '', at: NOW }, /^statuses\/need0001:2026-11-28:any\/status/],
    ['openCalls', 'brokenEntry1', { occurrenceId: 'x', postedAt: NOW, state: 'open', takenBy: null, takenAt: null }, /^openCalls\/brokenEntry1\/occurrenceId/],
    ['checkIns', 'brokenEntry1', { weekOf: 'soon' }, /^checkIns\/brokenEntry1\/weekOf/],
    ['activity', 'brokenEntry1', { at: NOW, kind: 'note', summary: 'x'.repeat(301), refs: [] }, /^activity\/brokenEntry1\/summary/],
  ])('reports an unreadable entry of %s and still reads the rest', (name, id, fields, path) => {
    const { store } = busyCircle()
    const before = store.getSnapshot()
    const broken = new Y.Map<unknown>()
    store.doc.getMap(name).set(id, broken)
    for (const [key, value] of Object.entries(fields)) broken.set(key, value)
    const after = store.getSnapshot()
    expect(after.problems).toEqual([{ path: expect.stringMatching(path), message: expect.any(String) }])
    expect({ ...after, problems: [], version: 0 }).toEqual({ ...before, version: 0 })
  })

  it('names every command by area and verb', () => {
    expect(Object.keys(commands).filter((name) => !/^[a-z-]+\/[a-z-]+$/.test(name))).toEqual([])
  })
})

describe('map snapshot read in steps (a circle\'s first screen)', () => {
  it('reads what the whole read reads, unreadable entries and their order included, and keeps it', async () => {
    const { store } = busyCircle()
    const broken = new Y.Map<unknown>()
    store.doc.getMap('helpers').set('brokenEntry1', broken)
    broken.set('name', 42)
    const brokenNeed = new Y.Map<unknown>()
    store.doc.getMap('needs').set('brokenNeed01', brokenNeed)
    brokenNeed.set('title', '')
    store.doc.getMap('circle').set('timeZone', 'Nowhere/At_All')
    const whole = readMapSnapshot(store.doc, 7, true)
    let pauses = 0
    const stepped = await readMapSnapshotInSteps(store.doc, 7, true, async () => { pauses += 1 }, () => 7)
    expect(stepped).toEqual(whole)
    expect(whole.problems.map((p) => p.path)).toEqual([
      expect.stringMatching(/^circle/), expect.stringMatching(/^needs\/brokenNeed01/), expect.stringMatching(/^helpers\/brokenEntry1/),
    ])
    expect(pauses).toBeGreaterThan(10)

    const fresh = createMapStore(store.doc)
    await fresh.prepareSnapshot(async () => undefined)
    const prepared = fresh.getSnapshot()
    expect(prepared).toEqual(readMapSnapshot(store.doc, prepared.version))
    expect(fresh.getSnapshot()).toBe(prepared)
  })

  it('gives up when the document changes between two steps, and the screen then reads the new state', async () => {
    const { store, helperIds: [sam] } = busyCircle()
    const fresh = createMapStore(store.doc)
    let step = 0
    await fresh.prepareSnapshot(async () => {
      step += 1
      if (step === 3) store.run('helper/update', { id: sam, fields: { name: 'Samira' } }, later(30))
    })
    expect(step).toBe(3)
    expect(fresh.getSnapshot().helpers.map((h) => h.name)).toContain('Samira')

    // The needs are read a need at a time: a change between two of them is seen too.
    let needStep = 0
    const other = createMapStore(store.doc)
    await other.prepareSnapshot(async () => {
      needStep += 1
      if (needStep === 2) store.run('helper/update', { id: sam, fields: { name: 'Samuel' } }, later(31))
    })
    expect(needStep).toBe(2)
    expect(other.getSnapshot().helpers.map((h) => h.name)).toContain('Samuel')
  })

  it('reads the needs a need at a time, after a step that builds their schema', async () => {
    const { store } = circleWithHelpers('Sam')
    store.run('need/add', dailyNeedDraft('Water the plants'), later(20))
    store.doc.getMap('needs').set('brokenNeed01', new Y.Map<unknown>())
    const wholeProblems: ReadProblem[] = []
    const whole = readNeeds(store.doc, wholeProblems)
    const steppedProblems: ReadProblem[] = []
    let steps = 0
    const stepped = await readNeedsInSteps(store.doc, steppedProblems, async () => (steps += 1) > 0)
    expect(stepped).toEqual(whole)
    expect(steppedProblems).toEqual(wholeProblems)
    expect(steps).toBe(1 + 3) // the schema, then each of the three entries
    expect(await readNeedsInSteps(store.doc, [], async () => (steps += 1) < 7)).toBeNull()
  })
})
