import { inEnglish } from '../../helpers/refusals'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { subtractSeries } from '../../../src/store/commands'
import { type AssignmentProposal, type MapStore } from '../../../src/store'
import { NOW, circleWithHelpers, later, needDraft, startedStore } from '../../helpers/mapStore'

const RANGE = { from: '2026-11-25', until: '2026-12-08' }
const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7] as const

function proposal(needId: string, helperId: string, overrides: Partial<AssignmentProposal> = {}): AssignmentProposal {
  return {
    needId, slotKey: '08:00', weekdays: [...EVERY_DAY], ...RANGE, helperId, role: 'primary', override: null,
    reasons: ['offered dog walks', 'free Saturday mornings'], ...overrides,
  }
}

/** The series of a store as `helper: weekdays from–until`, in the snapshot's order. */
function seriesOf(store: MapStore, names: Record<string, string>) {
  return store.getSnapshot().assignments.map((a) => `${names[a.helperId]} ${a.role}: ${a.weekdays.join('')} ${a.from}–${a.until}`)
}

describe('assignments', () => {
  it('accepts the planner’s proposals in one transaction, as accepted series with their reasons', () => {
    const { store, needId, helperIds: [sam, lee] } = circleWithHelpers('Sam', 'Lee')
    let transactions = 0
    store.doc.on('afterTransaction', () => transactions++)
    const result = store.run('assignment/accept', {
      assignments: [proposal(needId, sam, { weekdays: [6, 7] }), proposal(needId, lee, { role: 'backup', weekdays: [7, 6] })],
    }, later(10))
    expect(result).toMatchObject({ ok: true })
    expect(transactions).toBe(1)
    const { assignments, activity } = store.getSnapshot()
    expect(assignments).toEqual([
      { id: expect.any(String), ...proposal(needId, sam, { weekdays: [6, 7] }), accepted: true, createdAt: later(10) },
      { id: expect.any(String), ...proposal(needId, lee, { role: 'backup', weekdays: [6, 7] }), accepted: true, createdAt: later(10) },
    ])
    expect(activity[0]).toMatchObject({
      kind: 'assignment/accepted',
      summary: 'Accepted 2 assignments: Sam takes “Walk the dog” at 08:00 on Sat and Sun; Lee backs up “Walk the dog” at 08:00 on Sat and Sun',
    })
    expect([...activity[0].refs].sort()).toEqual(assignments.map((a) => a.id).sort())
  })

  it('does not write a series twice when a proposal it already holds is accepted again', () => {
    const { store, needId, helperIds: [sam] } = circleWithHelpers('Sam')
    store.run('assignment/accept', { assignments: [proposal(needId, sam)] }, later(10))
    const before = Y.encodeStateVector(store.doc)
    store.run('assignment/accept', { assignments: [proposal(needId, sam)] }, later(11))
    expect(store.getSnapshot().assignments).toHaveLength(1)
    expect(Y.encodeStateVector(store.doc)).toEqual(before)
  })

  it('refuses proposals naming a helper or need that is gone, writing none of them', () => {
    const { store, needId, helperIds: [sam] } = circleWithHelpers('Sam')
    const result = store.run('assignment/accept', { assignments: [proposal(needId, sam), proposal(needId, 'goneHelper01')] }, NOW)
    expect(inEnglish(result)).toEqual({ ok: false, problems: [{ path: 'input/assignments/1/helperId', message: 'This helper is no longer in the circle.' }] })
    expect(store.run('assignment/accept', { assignments: [proposal('goneNeed0001', sam)] }, NOW)).toMatchObject({ ok: false, problems: [{ path: 'input/assignments/0/needId' }] })
    expect(store.run('assignment/accept', { assignments: [proposal(needId, sam, { until: '2026-11-01' })] }, NOW)).toMatchObject({ ok: false, problems: [{ path: 'input/assignments/0/until' }] })
    expect(store.getSnapshot().assignments).toEqual([])
  })

  it('removes a series, and says so kindly when it was already removed', () => {
    const { store, needId, helperIds: [sam] } = circleWithHelpers('Sam')
    store.run('assignment/accept', { assignments: [proposal(needId, sam, { weekdays: [2, 4] })] }, later(10))
    const [{ id }] = store.getSnapshot().assignments
    expect(store.run('assignment/remove', { id }, later(11))).toMatchObject({ ok: true })
    expect(store.getSnapshot().assignments).toEqual([])
    expect(store.getSnapshot().activity[0].summary).toBe('Removed: Sam takes “Walk the dog” at 08:00 on Tue and Thu, 25 Nov – 8 Dec')
    expect(inEnglish(store.run('assignment/remove', { id }, later(12)))).toEqual({ ok: false, problems: [{ path: 'input/id', message: 'This assignment was already removed.' }] })
  })

  it('splits a daily series by weekday: Mon–Thu to one helper, Fri–Sun to another', () => {
    const { store, needId, helperIds: [sam, lee] } = circleWithHelpers('Sam', 'Lee')
    const names = { [sam]: 'Sam', [lee]: 'Lee' }
    store.run('assignment/accept', { assignments: [proposal(needId, sam)] }, later(10))
    const result = store.run('assignment/set', {
      needId, slotKey: '08:00', ...RANGE, role: 'primary', override: null,
      parts: [{ weekdays: [1, 2, 3, 4], helperId: sam }, { weekdays: [7, 5, 6], helperId: lee }],
    }, later(11))
    expect(result.ok).toBe(true)
    expect(seriesOf(store, names)).toEqual(['Sam primary: 1234 2026-11-25–2026-12-08', 'Lee primary: 567 2026-11-25–2026-12-08'])
    expect(store.getSnapshot().assignments.every((a) => a.accepted && a.reasons.length === 0)).toBe(true)
    expect(store.getSnapshot().activity[0]).toMatchObject({
      kind: 'assignment/set', summary: '“Walk the dog” at 08:00, 25 Nov – 8 Dec: Sam on Mon–Thu, Lee on Fri–Sun',
    })
    // Setting the same split again keeps both series as they are, ids included.
    const ids = store.getSnapshot().assignments.map((a) => a.id)
    store.run('assignment/set', {
      needId, slotKey: '08:00', ...RANGE, role: 'primary', override: null,
      parts: [{ weekdays: [1, 2, 3, 4], helperId: sam }, { weekdays: [5, 6, 7], helperId: lee }],
    }, later(12))
    expect(store.getSnapshot().assignments.map((a) => a.id)).toEqual(ids)
  })

  it('trims an overlapping series instead of deleting it, in weekdays and in dates', () => {
    const { store, needId, helperIds: [sam, lee, kim] } = circleWithHelpers('Sam', 'Lee', 'Kim')
    const names = { [sam]: 'Sam', [lee]: 'Lee', [kim]: 'Kim' }
    store.run('assignment/accept', {
      assignments: [proposal(needId, sam), proposal(needId, kim, { role: 'backup' })],
    }, later(10))
    const [samSeries] = store.getSnapshot().assignments
    // Lee takes the weekend of the first full week only: Sam keeps everything else.
    store.run('assignment/set', {
      needId, slotKey: '08:00', from: '2026-11-30', until: '2026-12-06', role: 'primary', override: 'Lee is not free then',
      parts: [{ weekdays: [6, 7], helperId: lee }],
    }, later(11))
    expect(seriesOf(store, names)).toEqual([
      'Sam primary: 1234567 2026-11-25–2026-11-29',
      'Sam primary: 12345 2026-11-30–2026-12-06',
      'Lee primary: 67 2026-11-30–2026-12-06',
      'Sam primary: 1234567 2026-12-07–2026-12-08',
      'Kim backup: 1234567 2026-11-25–2026-12-08',
    ])
    const assignments = store.getSnapshot().assignments
    expect(assignments[0].id).toBe(samSeries.id)
    expect(assignments.find((a) => a.helperId === lee)?.override).toBe('Lee is not free then')
    expect(assignments.filter((a) => a.helperId === sam).every((a) => a.reasons.length === 2)).toBe(true)
  })

  it('refuses a split that gives one day to two helpers, or names a need that is gone', () => {
    const { store, needId, helperIds: [sam, lee] } = circleWithHelpers('Sam', 'Lee')
    const set = { needId, slotKey: '08:00', ...RANGE, role: 'primary' as const, override: null }
    expect(inEnglish(store.run('assignment/set', { ...set, parts: [{ weekdays: [1, 2], helperId: sam }, { weekdays: [2, 3], helperId: lee }] }, NOW)))
      .toEqual({ ok: false, problems: [{ path: 'input/parts', message: 'Each day can go to one helper only.' }] })
    expect(inEnglish(store.run('assignment/set', { ...set, needId: 'goneNeed0001', parts: [{ weekdays: [1], helperId: sam }] }, NOW)))
      .toEqual({ ok: false, problems: [{ path: 'input/needId', message: 'This need is no longer in the circle.' }] })
    expect(store.getSnapshot().assignments).toEqual([])
  })
})

describe('subtractSeries', () => {
  const series = { weekdays: [1, 2, 3, 4, 5, 6, 7] as (1 | 2 | 3 | 4 | 5 | 6 | 7)[], from: '2026-11-25', until: '2026-12-08' }

  it.each([
    ['outside the dates', new Set([6] as const), '2026-12-10', '2026-12-20', [series]],
    ['sharing no weekday', new Set<never>(), '2026-11-25', '2026-12-08', [series]],
    ['every day in the whole range', new Set([1, 2, 3, 4, 5, 6, 7] as const), '2026-11-01', '2026-12-31', []],
    ['Sundays from the start', new Set([7] as const), '2026-11-25', '2026-12-08', [{ ...series, weekdays: [1, 2, 3, 4, 5, 6] }]],
    // 7–8 Dec are a Monday and a Tuesday: a Sunday-only remainder there holds no occurrence.
    ['all but Sunday until the end', new Set([1, 2, 3, 4, 5, 6] as const), '2026-12-01', '2026-12-08', [
      { ...series, until: '2026-11-30' }, { weekdays: [7], from: '2026-12-01', until: '2026-12-08' },
    ]],
  ])('leaves the right pieces when taking away days %s', (_label, days, from, until, expected) => {
    expect(subtractSeries(series, days as ReadonlySet<1 | 2 | 3 | 4 | 5 | 6 | 7>, from, until)).toEqual(expected)
  })
})

describe('assignment/set and the other role', () => {
  it('gives up the backup role on the days someone becomes first', () => {
    const store = startedStore()
    const need = store.run('need/add', needDraft({ timing: { ...needDraft().timing, recurrence: { kind: 'daily' } } }), NOW)
    const eve = store.run('helper/add', { name: 'Eve', contact: '', relation: '', tags: [] }, NOW)
    const lee = store.run('helper/add', { name: 'Lee', contact: '', relation: '', tags: [] }, NOW)
    const needId = need.ok ? need.id! : ''
    const [eveId, leeId] = [eve.ok ? eve.id! : '', lee.ok ? lee.id! : '']
    const seat = { needId, slotKey: '18:00', from: '2026-11-30', until: '2026-12-13', override: null }
    store.run('assignment/set', { ...seat, role: 'backup', parts: [{ weekdays: [1, 2, 3, 4, 5, 6, 7], helperId: eveId }] }, NOW)
    store.run('assignment/set', { ...seat, role: 'primary', parts: [{ weekdays: [1, 2, 3, 4], helperId: eveId }, { weekdays: [5, 6, 7], helperId: leeId }] }, NOW)
    const series = store.getSnapshot().assignments.map((a) => [a.role, a.helperId === eveId ? 'Eve' : 'Lee', a.weekdays.join('')])
    expect(series).toContainEqual(['primary', 'Eve', '1234'])
    expect(series).toContainEqual(['primary', 'Lee', '567'])
    expect(series).toContainEqual(['backup', 'Eve', '567'])
    expect(series.filter(([role, who]) => role === 'backup' && who === 'Eve')).toHaveLength(1)
  })
})
