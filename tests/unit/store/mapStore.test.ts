import { inEnglish } from '../../helpers/refusals'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createMapStore, readMapSnapshot, MAP_SCHEMA_VERSION } from '../../../src/store'
import { NOW, idOf, needDraft, profile, startedStore, undoCommand } from '../../helpers/mapStore'

describe('map store', () => {
  it('starts a circle with its profile, crisis contacts and schema version', () => {
    const store = startedStore()
    const snapshot = store.getSnapshot()
    expect(snapshot.state).toBe('ready')
    expect(snapshot.schemaVersion).toBe(MAP_SCHEMA_VERSION)
    expect(snapshot.circle).toMatchObject({ ...profile, status: 'active', createdAt: NOW })
    expect(snapshot.circle?.crisisResources.map((r) => r.contact)).toEqual(['988'])
  })

  it('refuses a circle whose end is before its start, and writes nothing', () => {
    const store = createMapStore(new Y.Doc())
    const result = store.run('circle/create', { profile: { ...profile, endDate: '2026-11-01' }, crisisResources: [] }, NOW)
    expect(result.ok).toBe(false)
    expect(store.getSnapshot().state).toBe('empty')
  })

  it('adds, updates and removes a need, one transaction each', () => {
    const store = startedStore()
    let transactions = 0
    store.doc.on('afterTransaction', () => transactions++)
    const added = store.run('need/add', needDraft(), NOW)
    expect(added.ok && added.id).toBeTruthy()
    const id = added.ok ? added.id! : ''
    store.run('need/update', { id, fields: { priority: 'low', title: 'Dinner' } }, NOW)
    expect(store.getSnapshot().needs).toMatchObject([{ id, title: 'Dinner', priority: 'low', source: 'coordinator' }])
    store.run('need/remove', { id }, NOW)
    expect(store.getSnapshot().needs).toEqual([])
    expect(transactions).toBe(3)
  })

  it('keeps need ids random and never reuses array positions', () => {
    const store = startedStore()
    const a = store.run('need/add', needDraft(), NOW)
    const b = store.run('need/add', needDraft(), NOW)
    expect(a.ok && b.ok && a.id !== b.id).toBe(true)
    expect(store.doc.getMap('needs').size).toBe(2)
  })

  it('refuses a need whose duration does not fit its window, kindly and writing nothing; a night that holds it is saved', () => {
    const store = startedStore()
    const night = (durationMinutes: number) => ({ ...needDraft().timing, slots: [{ start: '22:00', end: '06:00', spanDays: 1 }], durationMinutes })
    const before = Y.encodeStateVector(store.doc)
    expect(inEnglish(store.run('need/add', needDraft({ timing: night(9 * 60) }), NOW))).toEqual({
      ok: false, problems: [{
        path: 'input/timing/slots/0',
        message: 'This takes about 9 hours, but 22:00 to 06:00 the next morning is only 8 hours long. Please make the times wider or the time it takes shorter.',
      }],
    })
    expect(Y.encodeStateVector(store.doc)).toEqual(before)
    const id = idOf(store.run('need/add', needDraft({ timing: night(8 * 60) }), NOW))
    expect(store.getSnapshot().needs[0].timing.slots).toEqual([{ start: '22:00', end: '06:00', spanDays: 1 }])
    // Changing it later is held to the same rule.
    const second = { ...night(8 * 60), slots: [{ start: '07:00', end: '09:00', spanDays: 1 }, { start: '18:00', end: '19:00', spanDays: 1 }], durationMinutes: 90 }
    expect(store.run('need/update', { id, fields: { timing: second } }, NOW)).toMatchObject({ ok: false, problems: [{ path: 'input/timing/slots/1' }] })
    expect(store.getSnapshot().needs[0].timing.durationMinutes).toBe(8 * 60)
  })

  it('rejects invalid input with a path and message, writing nothing', () => {
    const store = startedStore()
    const before = Y.encodeStateVector(store.doc)
    const result = store.run('need/add', needDraft({ title: '' }), NOW)
    expect(result).toMatchObject({ ok: false, problems: [{ path: 'input/title' }] })
    expect(Y.encodeStateVector(store.doc)).toEqual(before)
  })

  it('marks risky needs professional first, keeps the flag when reworded, and needs explicit confirmation', () => {
    const store = startedStore()
    const added = store.run('need/add', needDraft({ title: 'Daily call', privateDetails: 'She has had suicidal thoughts' }), NOW)
    const id = added.ok ? added.id! : ''
    expect(store.getSnapshot().needs[0].safety).toEqual({ professionalFirst: true, peerConfirmed: false, riskAnswer: null })
    store.run('need/update', { id, fields: { privateDetails: '' } }, NOW)
    expect(store.getSnapshot().needs[0].safety.professionalFirst).toBe(true)
    store.run('need/confirm-peer-help', { id, confirmed: true }, NOW)
    expect(store.getSnapshot().needs[0].safety).toEqual({ professionalFirst: true, peerConfirmed: true, riskAnswer: null })
    const plain = store.run('need/add', needDraft({ title: 'Walk the dog', peerConfirmed: true }), NOW)
    expect(store.getSnapshot().needs.find((n) => plain.ok && n.id === plain.id)?.safety).toEqual({ professionalFirst: false, peerConfirmed: false, riskAnswer: null })
  })

  it('keeps boundaries: excluded people and off-limits times', () => {
    const store = startedStore()
    store.run('excluded/add', { name: ' Marco ', note: 'estranged brother' }, NOW)
    store.run('off-limits/add', { weekday: 1, start: '00:00', end: '10:00' }, NOW)
    // A range that starts and ends at once is no range; one whose end is earlier runs past midnight.
    expect(store.run('off-limits/add', { weekday: 1, start: '10:00', end: '10:00' }, NOW).ok).toBe(false)
    const { boundaries } = store.getSnapshot()
    expect(boundaries.excludedPeople).toMatchObject([{ name: 'Marco', note: 'estranged brother' }])
    expect(boundaries.offLimits).toMatchObject([{ weekday: 1, start: '00:00', end: '10:00' }])
  })

  it('replaces the crisis list, keeping ids it is given', () => {
    const store = startedStore()
    const [first] = store.getSnapshot().circle!.crisisResources
    store.run('crisis/save', [{ ...first }, { name: 'GP', contact: '+1 555 0111' }], NOW)
    const list = store.getSnapshot().circle!.crisisResources
    expect(list.map((r) => r.name)).toEqual(['Crisis line', 'GP'])
    expect(list[0].id).toBe(first.id)
    store.run('crisis/save', [list[1]], NOW)
    expect(store.getSnapshot().circle!.crisisResources.map((r) => r.name)).toEqual(['GP'])
  })

  it('gives the same frozen snapshot until the document changes', () => {
    const store = startedStore()
    const first = store.getSnapshot()
    expect(store.getSnapshot()).toBe(first)
    expect(Object.isFrozen(first.needs)).toBe(true)
    let notified = 0
    const unsubscribe = store.subscribe(() => notified++)
    store.run('need/add', needDraft(), NOW)
    expect(notified).toBe(1)
    expect(store.getSnapshot()).not.toBe(first)
    expect(store.getSnapshot().version).toBeGreaterThan(first.version)
    unsubscribe()
  })

  it('undoes the last command as one step', () => {
    const store = startedStore()
    const added = store.run('need/add', needDraft(), NOW)
    const removed = store.run('need/remove', { id: added.ok ? added.id! : '' }, NOW)
    expect(store.getSnapshot().needs).toHaveLength(0)
    undoCommand(store, removed)
    expect(store.getSnapshot().needs).toHaveLength(1)
  })

  it('reports an entry it cannot read and still reads the rest', () => {
    const store = startedStore()
    store.run('need/add', needDraft(), NOW)
    const broken = new Y.Map<unknown>()
    store.doc.getMap('needs').set('brokenNeed01', broken)
    broken.set('title', 42)
    const snapshot = store.getSnapshot()
    expect(snapshot.needs).toHaveLength(1)
    expect(snapshot.problems).toEqual([expect.objectContaining({ path: expect.stringMatching(/^needs\/brokenNeed01/) })])
  })

  it('opens a document from a newer Kith read-only and refuses to write it', () => {
    const store = startedStore()
    store.doc.getMap('meta').set('schemaVersion', MAP_SCHEMA_VERSION + 1)
    expect(store.getSnapshot().state).toBe('too-new')
    const result = store.run('need/add', needDraft(), NOW)
    expect(result.ok).toBe(false)
    expect(store.getSnapshot().needs).toHaveLength(0)
  })

  it('converges when two coordinator devices edit different fields of one need', () => {
    const a = startedStore()
    const b = createMapStore(new Y.Doc())
    Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc))
    const added = a.run('need/add', needDraft(), NOW)
    Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc))
    const id = added.ok ? added.id! : ''
    a.run('need/update', { id, fields: { title: 'Dinner, no nuts' } }, NOW)
    b.run('need/update', { id, fields: { priority: 'low' } }, NOW)
    Y.applyUpdate(a.doc, Y.encodeStateAsUpdate(b.doc))
    Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc))
    expect(readMapSnapshot(a.doc, 0).needs).toEqual(readMapSnapshot(b.doc, 0).needs)
    expect(a.getSnapshot().needs[0]).toMatchObject({ title: 'Dinner, no nuts', priority: 'low' })
  })
})
