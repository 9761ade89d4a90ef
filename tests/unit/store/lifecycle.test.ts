import { inEnglish } from '../../helpers/refusals'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { FOLLOW_UP_DAYS, type CommandName, type CommandInput } from '../../../src/store'
import { NOW, circleWithHelpers, later, needDraft, startedStore } from '../../helpers/mapStore'

const ENDED = 'This circle has ended. Reopen it to make changes.'

describe('the weekly rhythm and the end of the support', () => {
  it('reads a circle written before these fields existed with their defaults', () => {
    const store = startedStore()
    expect(store.getSnapshot().circle).toMatchObject({ checkInWeekday: 5, endedAt: null, followUps: { oneMonth: null, threeMonths: null } })
  })

  it('sets the check-in day, and refuses a day that is not one', () => {
    const store = startedStore()
    expect(store.run('circle/set-check-in-day', { weekday: 7 }, NOW)).toMatchObject({ ok: true })
    expect(store.getSnapshot().circle?.checkInWeekday).toBe(7)
    expect(store.run('circle/set-check-in-day', { weekday: 8 as 7 }, NOW)).toMatchObject({ ok: false, problems: [{ path: 'input/weekday' }] })
  })

  it('extends the support to a later date only', () => {
    const store = startedStore()
    expect(store.run('circle/extend', { endDate: '2026-12-22' }, later(1))).toMatchObject({ ok: true })
    expect(store.getSnapshot().circle?.endDate).toBe('2026-12-22')
    expect(store.getSnapshot().activity[0]).toMatchObject({ kind: 'circle/extended', summary: 'Support extended until Tuesday, 22 December 2026' })
    expect(inEnglish(store.run('circle/extend', { endDate: '2026-12-22' }, later(2))))
      .toEqual({ ok: false, problems: [{ path: 'input/endDate', message: 'Choose a date after the current end, Tuesday, 22 December 2026.' }] })
  })

  it('ends the support: archived, with follow-ups one and three months after the day it ended', () => {
    const store = startedStore()
    const endedAt = Date.UTC(2026, 10, 30, 20, 0) // Monday 30 November, 21:00 in Berlin
    expect(store.run('circle/end', { followUps: true }, endedAt)).toMatchObject({ ok: true })
    expect(store.getSnapshot().circle).toMatchObject({
      status: 'archived', endedAt, endDate: '2026-12-08', followUps: { oneMonth: '2026-12-30', threeMonths: '2027-03-01' },
    })
    expect(FOLLOW_UP_DAYS).toEqual({ oneMonth: 30, threeMonths: 91 })
  })

  it('counts follow-ups from the planned end when the support is ended after it, and asks none when not wanted', () => {
    const late = startedStore()
    late.run('circle/end', { followUps: true }, Date.UTC(2026, 11, 20, 9, 0))
    expect(late.getSnapshot().circle?.followUps).toEqual({ oneMonth: '2027-01-07', threeMonths: '2027-03-09' })
    const quiet = startedStore()
    quiet.run('circle/end', { followUps: false }, later(1))
    expect(quiet.getSnapshot().circle?.followUps).toEqual({ oneMonth: null, threeMonths: null })
  })

  it('an ended circle refuses every change, writing nothing, until it is reopened', () => {
    const { store, needId, helperIds: [sam] } = circleWithHelpers('Sam')
    store.run('circle/end', { followUps: true }, later(10))
    const before = Y.encodeStateVector(store.doc)
    const attempts: Array<{ [N in CommandName]: [N, CommandInput<N>] }[CommandName]> = [
      ['need/add', needDraft()],
      ['helper/remove', { id: sam }],
      ['occurrence/set-status', { occurrenceId: `${needId}:2026-11-28:08:00`, status: 'done' }],
      ['circle/extend', { endDate: '2027-01-31' }],
      ['circle/end', { followUps: false }],
      ['circle/update', { recipientName: 'Someone else' }],
    ]
    for (const [name, input] of attempts) {
      expect(inEnglish(store.run(name, input as never, later(11)))).toEqual({ ok: false, problems: [{ path: 'circle/status', message: ENDED }] })
    }
    expect(Y.encodeStateVector(store.doc)).toEqual(before)

    expect(store.run('circle/reopen', {}, later(12))).toMatchObject({ ok: true })
    expect(store.getSnapshot().circle).toMatchObject({ status: 'active', endedAt: null, followUps: { oneMonth: null, threeMonths: null } })
    expect(store.getSnapshot().activity.slice(0, 2).map((entry) => entry.kind)).toEqual(['circle/reopened', 'circle/ended'])
    expect(store.run('need/add', needDraft(), later(13)).ok).toBe(true)
  })

  it('refuses to reopen a circle that is still running', () => {
    const store = startedStore()
    expect(inEnglish(store.run('circle/reopen', {}, NOW))).toEqual({ ok: false, problems: [{ path: 'circle/status', message: 'This circle is still running.' }] })
  })
})
