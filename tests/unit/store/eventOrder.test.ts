import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { activitySince } from '../../../src/store'
import { ACTIVITY } from '../../../src/store/schema/activity'
import { CHECK_INS } from '../../../src/store/schema/checkIn'
import { circleWithHelpers, helperDraft, idOf, later } from '../../helpers/mapStore'

/**
 * "The latest check-in" and "changes since the last check-in" follow the map's own order of
 * events, not the clock of the device that wrote them.
 */
const DAY = 24 * 60 * 60 * 1000
const checkIn = (weekOf: string) => ({ weekOf, worked: '', missing: '', stop: '', adjusted: '', adjustmentIds: [] })

describe('the map’s order of events', () => {
  it('a check-in saved while the clock ran days ahead neither hides later changes nor stays the latest', () => {
    const { store } = circleWithHelpers('Sam')
    const early = idOf(store.run('check-in/record', checkIn('2026-11-30'), later(10) + 3 * DAY)) // the clock was three days ahead
    store.run('helper/add', helperDraft('Lee'), later(20)) // the clock is right again
    const { activity, checkIns } = store.getSnapshot()
    expect(checkIns[0].id).toBe(early)
    expect(activitySince(activity, checkIns[0]).map((entry) => entry.summary)).toEqual([expect.stringContaining('Lee')])

    const next = idOf(store.run('check-in/record', checkIn('2026-11-30'), later(30)))
    const after = store.getSnapshot()
    expect(after.checkIns.map((c) => c.id)).toEqual([next, early])
    expect(activitySince(after.activity, after.checkIns[0])).toEqual([])
  })

  it('entries from before the counter keep their clock order, and every new entry comes after them', () => {
    const { store } = circleWithHelpers()
    store.doc.transact(() => {
      const old = new Y.Map<unknown>()
      for (const [key, value] of Object.entries({ ...checkIn('2026-11-23'), at: later(100) })) old.set(key, value)
      store.doc.getMap(CHECK_INS).set('oldCheckIn01', old)
      const entry = new Y.Map<unknown>()
      for (const [key, value] of Object.entries({ at: later(50), kind: 'helper/added', summary: 'Ana joined', refs: [] })) entry.set(key, value)
      store.doc.getMap(ACTIVITY).set('oldEntry0001', entry)
    })
    store.run('helper/add', helperDraft('Lee'), later(60)) // clock earlier than the old check-in, yet after it
    const { activity, checkIns, problems } = store.getSnapshot()
    expect(problems).toEqual([])
    expect(checkIns[0]).toMatchObject({ id: 'oldCheckIn01', seq: 0 })
    expect(activitySince(activity, checkIns[0]).map((entry) => entry.summary)).toEqual([expect.stringContaining('Lee')])
    expect(activity.map((entry) => entry.id)).toContain('oldEntry0001')
  })
})
