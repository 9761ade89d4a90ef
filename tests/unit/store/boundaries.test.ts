import { inEnglish } from '../../helpers/refusals'
import { describe, expect, it } from 'vitest'
import { plan, planInputOf } from '../../../src/domain/planner'
import { projectHelper } from '../../../src/store/projection/helper'
import { projectRecipient } from '../../../src/store/projection/recipient'
import { idOf, later, NOW } from '../../helpers/mapStore'
import { SATURDAY, TODAY, inputOf, makeCircle, must, occurrence, type TestCircle } from './projection/circle'

/** Issue 9, item 3: the recipient's boundaries hold everywhere, not only in the planner's rules. */
const planNow = (circle: TestCircle) => {
  const snapshot = circle.store.getSnapshot()
  return planInputOf({ ...snapshot, circle: snapshot.circle! }, NOW)
}

const saturdayWalk = (circle: TestCircle) => occurrence(circle.needs.walk, SATURDAY, '08:00')

describe('times the recipient ruled out', () => {
  it('are not gaps, not "being arranged", not unfilled, and on no helper’s list', () => {
    const circle = makeCircle(21)
    // Saturday mornings are kept for family: the in-person walk (08:00–09:00) has no room.
    must(circle.store.run('off-limits/add', { weekday: 6, start: '07:00', end: '12:00' }, later(20)))
    // Nobody is the walk's primary any more, so every other walk would be a gap.
    const walkSeries = circle.store.getSnapshot().assignments.filter((s) => s.needId === circle.needs.walk)
    for (const series of walkSeries) must(circle.store.run('assignment/remove', { id: series.id }, later(21)))

    const input = planNow(circle)
    expect(input.occurrences.map((o) => o.id)).not.toContain(saturdayWalk(circle))
    expect(input.occurrences.filter((o) => o.needId === circle.needs.walk).length).toBeGreaterThan(10)
    const planned = plan(input)
    expect(planned.unfilled.map((u) => u.occurrenceId)).not.toContain(saturdayWalk(circle))

    // The recipient's Saturday: the remote call still happens and is covered; the walk is not "being arranged".
    const projection = inputOf(circle)
    expect(projectRecipient(projection, TODAY)!.daily[SATURDAY]).toMatchObject({ status: 'all-covered', open: 0 })
    // Friday's walk has no one: that day is honestly being arranged.
    expect(projectRecipient(projection, TODAY)!.daily['2026-11-27']).toMatchObject({ status: 'being-arranged', open: 1 })
    // The remote call on Saturday morning is unaffected (off-limits is about visits).
    expect(Object.keys(projectHelper(projection, circle.helpers.c, TODAY)!.tasks)).toContain(occurrence(circle.needs.call, SATURDAY, '10:00'))
  })

  it('leave a task alone when it still fits beside them', () => {
    const circle = makeCircle(22)
    // 08:00–08:20 is off limits, but a 30-minute walk fits between 08:20 and 09:00.
    must(circle.store.run('off-limits/add', { weekday: 6, start: '08:00', end: '08:20' }, later(20)))
    expect(planNow(circle).occurrences.map((o) => o.id)).toContain(saturdayWalk(circle))
    expect(Object.keys(projectHelper(inputOf(circle), circle.helpers.a, TODAY)!.tasks)).toContain(saturdayWalk(circle))
  })
})

describe('a person the recipient does not want involved', () => {
  it('cannot be invited, gets no brief or tasks, and is never offered an open call', () => {
    const circle = makeCircle(23)
    const { d } = circle.helpers
    const callId = idOf(circle.store.run('open-call/post', { occurrenceId: saturdayWalk(circle) }, later(20)))
    expect(projectHelper(inputOf(circle), d, TODAY)!.openCalls[callId]).toBeDefined()

    // D turns out to be the person on the "not involved" list (same name, other spacing and case).
    must(circle.store.run('helper/update', { id: d, fields: { name: ` ${circle.names.excluded.toUpperCase()} ` } }, later(21)))
    const values = projectHelper(inputOf(circle), d, TODAY)!
    expect(values.meta.revoked).toBe(true)
    expect(values.brief).toEqual({})
    expect(values.tasks).toEqual({})
    expect(values.openCalls).toEqual({})

    const invite = circle.store.run('document/add', { audience: 'helper', helperId: d, docId: 'docExcluded0000000000001'.slice(0, 22), key: 'k'.repeat(43) }, later(22))
    expect(inEnglish(invite)).toMatchObject({ ok: false, problems: [{ path: 'input/helperId', message: expect.stringContaining('can’t be invited') }] })
    expect(circle.store.getSnapshot().documents).toEqual([])
  })
})
