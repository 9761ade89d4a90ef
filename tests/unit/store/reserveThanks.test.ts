import { inEnglish } from '../../helpers/refusals'
import { english } from '../../helpers/plannerWords'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { plan, planInputOf } from '../../../src/domain/planner'
import { projectHelper } from '../../../src/store/projection/helper'
import { writeProjection } from '../../../src/store/projection/write'
import { readHelperSnapshot } from '../../../src/store/roles/helperStore'
import { idOf, later, NOW, offerDraft, undoCommand } from '../../helpers/mapStore'
import { TODAY, inputOf, makeCircle, must } from './projection/circle'

/** Nobody silently left out: the coordinator thanks a helper in reserve, and only that helper's phone says so. */
describe('thank them and keep them in reserve', () => {
  it('is logged in the map, projected kindly into that helper’s document only, and can be undone', () => {
    const circle = makeCircle(21)
    const { a, b, c } = circle.helpers
    // E offered meals as a backup only (a weekly limit of 0).
    const d = idOf(circle.store.run('helper/add', { name: 'Ebba Quist', contact: '', relation: 'neighbour', tags: [] }, later(20)))
    must(circle.store.run('offer/save', offerDraft(d, { kinds: ['meal'], windows: [2, 4].map((weekday) => ({ weekday, start: '17:00', end: '20:00' })), weeklyLimit: 0 }), later(21)))
    const snapshot = circle.store.getSnapshot()
    const planned = plan(planInputOf({ ...snapshot, circle: snapshot.circle! }, NOW))
    const left = planned.leftOut.find((l) => l.helperId === d)!
    expect({ ...left, sentence: english(left.sentence) }).toEqual({
      helperId: d, reason: { kind: 'reserve', needIds: [circle.needs.dinner] }, sentence: 'Kept in reserve: backup for “Bring dinner”',
    })
    expect(planned.leftOut.map((l) => l.helperId)).not.toContain(a)

    const thanked = circle.store.run('helper/thank-reserve', { helperId: d }, later(30))
    must(thanked)
    const logged = circle.store.getSnapshot().activity.find((entry) => entry.kind === 'helper/thanked')!
    expect(logged).toMatchObject({ refs: [d], summary: 'Thanked Ebba Quist for their offer; they are kept in reserve' })
    expect(circle.store.getSnapshot().reserveThanks).toEqual([{ id: d, at: later(30) }])

    const input = inputOf(circle)
    const values = projectHelper(input, d, TODAY)!
    expect(values.messages).toEqual({ reserve: { kind: 'reserve', at: later(30) } })
    // Nothing about why, nor anyone else's name.
    for (const name of [circle.names.a, circle.names.b, circle.names.c]) expect(JSON.stringify(values.messages)).not.toContain(name)
    for (const other of [a, b, c]) expect(projectHelper(input, other, TODAY)!.messages).toEqual({})

    // D's phone reads it from their own document.
    const phone = new Y.Doc()
    writeProjection(phone, values)
    expect(readHelperSnapshot(phone, 1).messages).toEqual([{ id: 'reserve', kind: 'reserve', at: later(30) }])

    // Undo takes it back from the map, the log and the next projection.
    undoCommand(circle.store, thanked)
    expect(circle.store.getSnapshot().reserveThanks).toEqual([])
    expect(circle.store.getSnapshot().activity.some((entry) => entry.kind === 'helper/thanked')).toBe(false)
    const undone = projectHelper(inputOf(circle), d, TODAY)!
    expect(undone.messages).toEqual({})
    writeProjection(phone, undone)
    expect(readHelperSnapshot(phone, 2).messages).toEqual([])
  })

  it('stops saying “in reserve” once they have a task of their own, and is taken back in one step', () => {
    const circle = makeCircle(22)
    const { walk } = circle.needs
    const { d } = circle.helpers
    must(circle.store.run('helper/thank-reserve', { helperId: d }, later(30)))
    // A later Saturday walk is D's after all.
    must(circle.store.run('assignment/accept', {
      assignments: [{ needId: walk, slotKey: '08:00', weekdays: [6], from: '2026-12-05', until: '2026-12-05', helperId: d, role: 'primary', override: null, reasons: [] }],
    }, later(31)))
    expect(projectHelper(inputOf(circle), d, TODAY)!.messages).toEqual({})
    // After that Saturday, nothing of their own is left: the thanks show again.
    expect(projectHelper(inputOf(circle), d, '2026-12-06')!.messages).toEqual({ reserve: { kind: 'reserve', at: later(30) } })

    must(circle.store.run('helper/unthank-reserve', { helperId: d }, later(32)))
    expect(circle.store.getSnapshot().activity[0]).toMatchObject({ kind: 'helper/thanks-withdrawn', refs: [d] })
    expect(projectHelper(inputOf(circle), d, '2026-12-06')!.messages).toEqual({})
    // Taken back already, or someone who is not in the circle: a clear refusal, nothing written.
    expect(inEnglish(circle.store.run('helper/unthank-reserve', { helperId: d }, later(33)))).toMatchObject({ ok: false, problems: [{ message: 'That thank-you was already taken back.' }] })
    expect(inEnglish(circle.store.run('helper/thank-reserve', { helperId: 'nobody' }, later(33)))).toMatchObject({ ok: false, problems: [{ message: 'This helper is no longer in the circle.' }] })
  })
})
