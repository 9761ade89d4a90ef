import { inEnglish } from '../../helpers/refusals'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { activitySince, type AssignmentProposal } from '../../../src/store'
import { NOW, circleWithHelpers, idOf, later } from '../../helpers/mapStore'

/** Saturday 28 November 2026, 08:00: one walk. */
const SATURDAY = '2026-11-28'

function walkCircle(...names: string[]) {
  const circle = circleWithHelpers(...names)
  return { ...circle, occurrenceId: `${circle.needId}:${SATURDAY}:08:00` }
}

describe('occurrence statuses', () => {
  it('sets and clears a status, keyed by occurrence id, with an activity entry each', () => {
    const { store, occurrenceId } = walkCircle()
    expect(store.run('occurrence/set-status', { occurrenceId, status: 'missed', note: 'Sam overslept' }, later(10))).toMatchObject({ ok: true })
    expect(store.getSnapshot().statuses).toEqual({
      [occurrenceId]: { occurrenceId, status: 'missed', coveredBy: null, note: 'Sam overslept', at: later(10) },
    })
    expect(store.getSnapshot().activity[0]).toMatchObject({
      kind: 'status/set', summary: '“Walk the dog” at 08:00 on Saturday 28 November was missed', refs: [occurrenceId],
    })
    store.run('occurrence/clear-status', { occurrenceId }, later(11))
    expect(store.getSnapshot().statuses).toEqual({})
    expect(store.getSnapshot().activity[0].summary).toBe('“Walk the dog” at 08:00 on Saturday 28 November is planned again')
  })

  it('refuses a malformed occurrence, a need that is gone, or a cover on a status that is not covered', () => {
    const { store, occurrenceId, helperIds: [sam] } = walkCircle('Sam')
    const before = Y.encodeStateVector(store.doc)
    expect(store.run('occurrence/set-status', { occurrenceId: 'not-an-occurrence', status: 'done' }, NOW)).toMatchObject({ ok: false, problems: [{ path: 'input/occurrenceId' }] })
    expect(inEnglish(store.run('occurrence/set-status', { occurrenceId: `goneNeed0001:${SATURDAY}:08:00`, status: 'done' }, NOW)))
      .toEqual({ ok: false, problems: [{ path: 'input/occurrenceId', message: 'This need is no longer in the circle.' }] })
    expect(store.run('occurrence/set-status', { occurrenceId, status: 'done', coveredBy: sam }, NOW)).toMatchObject({ ok: false, problems: [{ path: 'input/coveredBy' }] })
    expect(store.run('occurrence/clear-status', { occurrenceId }, NOW)).toMatchObject({ ok: true })
    expect(Y.encodeStateVector(store.doc)).toEqual(before)
  })

  it('activates the backup in one step: covered by them, keeping the note of why', () => {
    const { store, occurrenceId, helperIds: [sam] } = walkCircle('Sam')
    store.run('occurrence/set-status', { occurrenceId, status: 'missed', note: 'flu' }, later(10))
    expect(store.run('occurrence/activate-backup', { occurrenceId, helperId: sam }, later(11))).toMatchObject({ ok: true })
    expect(store.getSnapshot().statuses[occurrenceId]).toEqual({ occurrenceId, status: 'covered', coveredBy: sam, note: 'flu', at: later(11) })
    expect(store.getSnapshot().activity[0]).toMatchObject({
      kind: 'backup/activated', summary: 'Sam will cover “Walk the dog” at 08:00 on Saturday 28 November', refs: [occurrenceId, sam],
    })
    expect(inEnglish(store.run('occurrence/activate-backup', { occurrenceId, helperId: 'goneHelper01' }, later(12))))
      .toEqual({ ok: false, problems: [{ path: 'input/helperId', message: 'This helper is no longer in the circle.' }] })
  })

  it('keeps statuses when the series are removed and accepted again: they belong to the occurrence', () => {
    const { store, needId, occurrenceId, helperIds: [sam] } = walkCircle('Sam')
    const series: AssignmentProposal = { needId, slotKey: '08:00', weekdays: [6], from: '2026-11-25', until: '2026-12-08', helperId: sam, role: 'primary', override: null, reasons: [] }
    store.run('assignment/accept', { assignments: [series] }, later(10))
    store.run('occurrence/set-status', { occurrenceId, status: 'done' }, later(11))
    store.run('assignment/remove', { id: store.getSnapshot().assignments[0].id }, later(12))
    store.run('assignment/accept', { assignments: [series] }, later(13))
    expect(store.getSnapshot().assignments).toHaveLength(1)
    expect(store.getSnapshot().statuses[occurrenceId]).toMatchObject({ status: 'done', at: later(11) })
  })
})

describe('open calls', () => {
  it('posts a call: the occurrence needs cover, unless it already has a status', () => {
    const { store, needId, occurrenceId } = walkCircle()
    const id = idOf(store.run('open-call/post', { occurrenceId }, later(10)))
    const snapshot = store.getSnapshot()
    expect(snapshot.openCalls).toEqual([{ id, occurrenceId, postedAt: later(10), state: 'open', takenBy: null, takenAt: null }])
    expect(snapshot.statuses[occurrenceId]).toMatchObject({ status: 'needs-cover', coveredBy: null })
    expect(snapshot.activity[0].summary).toBe('Open call posted for “Walk the dog” at 08:00 on Saturday 28 November')
    const sunday = `${needId}:2026-11-29:08:00`
    store.run('occurrence/set-status', { occurrenceId: sunday, status: 'missed' }, later(11))
    store.run('open-call/post', { occurrenceId: sunday }, later(12))
    expect(store.getSnapshot().statuses[sunday].status).toBe('missed')
  })

  it('refuses a second open call for the same occurrence while the first is open', () => {
    const { store, occurrenceId } = walkCircle()
    store.run('open-call/post', { occurrenceId }, later(10))
    expect(inEnglish(store.run('open-call/post', { occurrenceId }, later(11))))
      .toEqual({ ok: false, problems: [{ path: 'input/occurrenceId', message: 'There is already an open call for this task.' }] })
  })

  it('gives the call to the first taker; a later taker is refused kindly', () => {
    const { store, occurrenceId, helperIds: [sam, lee] } = walkCircle('Sam', 'Lee')
    const id = idOf(store.run('open-call/post', { occurrenceId }, later(10)))
    expect(store.run('open-call/record-taker', { id, helperId: lee }, later(11)).ok).toBe(true)
    expect(inEnglish(store.run('open-call/record-taker', { id, helperId: sam }, later(12))))
      .toEqual({ ok: false, problems: [{ path: 'input/id', message: 'Lee already took this call: the first to say yes gets it.' }] })
    const snapshot = store.getSnapshot()
    expect(snapshot.openCalls[0]).toMatchObject({ state: 'taken', takenBy: lee, takenAt: later(11) })
    expect(snapshot.statuses[occurrenceId]).toMatchObject({ status: 'covered', coveredBy: lee })
    expect(snapshot.activity[0]).toMatchObject({
      kind: 'open-call/taken', summary: 'Lee will cover “Walk the dog” at 08:00 on Saturday 28 November (open call)', refs: [id, occurrenceId, lee],
    })
  })

  it('withdraws an open call; a withdrawn call takes no one', () => {
    const { store, occurrenceId, helperIds: [sam] } = walkCircle('Sam')
    const id = idOf(store.run('open-call/post', { occurrenceId }, later(10)))
    expect(store.run('open-call/withdraw', { id }, later(11))).toMatchObject({ ok: true })
    expect(store.getSnapshot().openCalls[0].state).toBe('withdrawn')
    expect(inEnglish(store.run('open-call/record-taker', { id, helperId: sam }, later(12)))).toMatchObject({ ok: false, problems: [{ message: 'This open call was withdrawn.' }] })
    expect(inEnglish(store.run('open-call/withdraw', { id: 'goneCall0001' }, later(13)))).toMatchObject({ ok: false, problems: [{ message: 'This open call is no longer there.' }] })
    // A new call may be posted once the old one is no longer open.
    expect(store.run('open-call/post', { occurrenceId }, later(14)).ok).toBe(true)
  })
})

describe('weekly check-ins', () => {
  it('records a check-in linked to the adjustments made since the last one, newest first', () => {
    const { store, occurrenceId, helperIds: [sam] } = walkCircle('Sam')
    const first = idOf(store.run('check-in/record', { weekOf: '2026-11-23', worked: 'Dinners', missing: '', stop: '', adjusted: '', adjustmentIds: [] }, later(10)))
    store.run('occurrence/activate-backup', { occurrenceId, helperId: sam }, later(11))
    const { activity, checkIns } = store.getSnapshot()
    const since = activitySince(activity, checkIns[0])
    expect(since.map((entry) => entry.kind)).toEqual(['backup/activated'])
    const second = idOf(store.run('check-in/record', {
      weekOf: '2026-11-30', worked: 'The walks', missing: 'Company at weekends', stop: 'Calls before 9', adjusted: 'Sam covered Saturday',
      adjustmentIds: since.map((entry) => entry.id),
    }, later(12)))
    const recorded = store.getSnapshot().checkIns
    expect(recorded.map((c) => c.id)).toEqual([second, first])
    expect(recorded[0]).toMatchObject({ weekOf: '2026-11-30', at: later(12), stop: 'Calls before 9', adjustmentIds: [since[0].id] })
  })

  it('refuses a check-in linking to an adjustment that is not in the log, or too long an answer', () => {
    const { store } = walkCircle()
    const checkIn = { weekOf: '2026-11-23', worked: '', missing: '', stop: '', adjusted: '', adjustmentIds: ['noSuchEntry1'] }
    expect(inEnglish(store.run('check-in/record', checkIn, NOW)))
      .toEqual({ ok: false, problems: [{ path: 'input/adjustmentIds/0', message: 'One of the adjustments is not in the activity log.' }] })
    expect(store.run('check-in/record', { ...checkIn, adjustmentIds: [], worked: 'x'.repeat(5001) }, NOW)).toMatchObject({ ok: false, problems: [{ path: 'input/worked' }] })
    expect(store.getSnapshot().checkIns).toEqual([])
  })
})
