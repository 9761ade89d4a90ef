import { inEnglish } from '../../helpers/refusals'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { NOW, circleWithHelpers, helperDraft, idOf, later, offerDraft, startedStore } from '../../helpers/mapStore'

describe('helpers and offers', () => {
  it('adds helpers with trimmed names and tags, listed by name', () => {
    const store = startedStore()
    const sam = idOf(store.run('helper/add', helperDraft(' Sam ', { tags: [' Spanish ', 'Spanish', ''] }), later(1)))
    store.run('helper/add', helperDraft('Ada'), later(2))
    const { helpers, activity } = store.getSnapshot()
    expect(helpers.map((h) => h.name)).toEqual(['Ada', 'Sam'])
    expect(helpers[1]).toEqual({ id: sam, name: 'Sam', contact: '+1 555 0101', relation: 'neighbour', tags: ['Spanish'], createdAt: later(1) })
    expect(activity[0]).toMatchObject({ kind: 'helper/added', summary: 'Added Ada as a helper' })
  })

  it('refuses a helper without a name, writing nothing', () => {
    const store = startedStore()
    const before = Y.encodeStateVector(store.doc)
    expect(store.run('helper/add', helperDraft('   '), NOW)).toMatchObject({ ok: false, problems: [{ path: 'input/name' }] })
    expect(Y.encodeStateVector(store.doc)).toEqual(before)
  })

  it('updates a helper, and refuses one who is no longer there', () => {
    const { store, helperIds: [sam] } = circleWithHelpers('Sam')
    expect(store.run('helper/update', { id: sam, fields: { contact: 'sam@example.org' } }, NOW).ok).toBe(true)
    expect(store.getSnapshot().helpers[0]).toMatchObject({ name: 'Sam', contact: 'sam@example.org' })
    expect(inEnglish(store.run('helper/update', { id: 'goneHelper01', fields: { name: 'X' } }, NOW))).toEqual({
      ok: false, problems: [{ path: 'input/id', message: 'This helper is no longer in the circle.' }],
    })
    expect(store.getSnapshot().helpers).toHaveLength(1)
  })

  it('saves one offer per helper, replacing it whole', () => {
    const { store, helperIds: [sam] } = circleWithHelpers('Sam')
    store.run('offer/save', offerDraft(sam), later(5))
    store.run('offer/save', offerDraft(sam, { kinds: ['call'], mode: 'remote-only', weeklyLimit: 7, from: '2026-11-30', until: null }), later(6))
    const { offers, activity } = store.getSnapshot()
    expect(offers).toEqual({
      [sam]: { helperId: sam, kinds: ['call'], windows: [{ weekday: 6, start: '07:00', end: '12:00' }], from: '2026-11-30', until: null, mode: 'remote-only', weeklyLimit: 7 },
    })
    expect(activity[0]).toMatchObject({ kind: 'offer/saved', summary: 'Sam’s offer was updated', refs: [sam] })
  })

  it('refuses an offer kindly when the helper is gone, or when it does not make sense', () => {
    const { store, helperIds: [sam] } = circleWithHelpers('Sam')
    expect(inEnglish(store.run('offer/save', offerDraft('goneHelper01'), NOW))).toMatchObject({
      ok: false, problems: [{ path: 'input/helperId', message: 'This helper is no longer in the circle.' }],
    })
    expect(store.run('offer/save', offerDraft(sam, { from: '2026-12-01', until: '2026-11-30' }), NOW)).toMatchObject({ ok: false, problems: [{ path: 'input/until' }] })
    expect(store.run('offer/save', offerDraft(sam, { weeklyLimit: 51 }), NOW)).toMatchObject({ ok: false, problems: [{ path: 'input/weeklyLimit' }] })
    expect(store.run('offer/save', offerDraft(sam, { windows: [{ weekday: 1, start: '09:00', end: '09:00' }] }), NOW))
      .toMatchObject({ ok: false, problems: [{ path: 'input/windows/0/end' }] })
    expect(store.getSnapshot().offers).toEqual({})
  })

  it('stores an offer that runs past midnight ("Friday 22:00 to 06:00") as said, and reads it back', () => {
    const { store, helperIds: [sam] } = circleWithHelpers('Sam')
    const windows = [{ weekday: 5, start: '22:00', end: '06:00' }, { weekday: 6, start: '23:30', end: '00:00' }]
    expect(store.run('offer/save', offerDraft(sam, { windows }), NOW).ok).toBe(true)
    expect(store.getSnapshot().offers[sam].windows).toEqual(windows)
    expect(store.run('off-limits/add', { weekday: 3, start: '21:00', end: '08:00' }, NOW).ok).toBe(true)
    expect(store.getSnapshot().boundaries.offLimits).toMatchObject([{ weekday: 3, start: '21:00', end: '08:00' }])
  })

  it('removing a helper removes their offer and assignments in one step; statuses stay as history', () => {
    const { store, needId, helperIds: [sam, lee] } = circleWithHelpers('Sam', 'Lee')
    store.run('offer/save', offerDraft(sam), NOW)
    store.run('assignment/set', {
      needId, slotKey: '08:00', from: '2026-11-25', until: '2026-12-08', role: 'primary', override: null,
      parts: [{ weekdays: [1, 2, 3, 4], helperId: sam }, { weekdays: [5, 6, 7], helperId: lee }],
    }, later(10))
    const occurrenceId = `${needId}:2026-11-26:08:00`
    store.run('occurrence/set-status', { occurrenceId, status: 'done' }, later(11))
    let transactions = 0
    store.doc.on('afterTransaction', () => transactions++)
    expect(store.run('helper/remove', { id: sam }, later(12)).ok).toBe(true)
    const snapshot = store.getSnapshot()
    expect(transactions).toBe(1)
    expect(snapshot.helpers.map((h) => h.name)).toEqual(['Lee'])
    expect(snapshot.offers).toEqual({})
    expect(snapshot.assignments.map((a) => a.helperId)).toEqual([lee])
    expect(snapshot.statuses[occurrenceId]).toMatchObject({ status: 'done' })
    expect(snapshot.activity[0]).toMatchObject({ kind: 'helper/removed', summary: 'Sam is no longer helping; 1 assignment removed' })
    expect(inEnglish(store.run('helper/remove', { id: sam }, later(13)))).toMatchObject({ ok: false, problems: [{ message: 'This helper is no longer in the circle.' }] })
  })
})
