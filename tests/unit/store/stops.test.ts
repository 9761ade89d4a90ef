import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { plan, planInputOf } from '../../../src/domain/planner'
import { foldRecipient } from '../../../src/store/fold/recipient'
import { projectHelper } from '../../../src/store/projection/helper'
import { projectRecipient } from '../../../src/store/projection/recipient'
import { writeProjection } from '../../../src/store/projection/write'
import { idOf, later, NOW } from '../../helpers/mapStore'
import { SATURDAY, TODAY, inputOf, makeCircle, must, occurrence, type TestCircle } from './projection/circle'

/** The recipient says "please stop" on their own phone, naming a need (or not); the coordinator's fold brings it in. */
function pleaseStopFrom(circle: TestCircle, note: string, needId: string | null): string {
  const doc = new Y.Doc()
  writeProjection(doc, projectRecipient(inputOf(circle), TODAY)!)
  doc.getMap('pleaseStop').set('pleasestop001', needId ? { note, needId, at: 103 } : { note, at: 103 })
  foldRecipient(circle.store.doc, doc, later(15))
  return 'pleasestop001'
}

const walkDates = (tasks: Record<string, unknown>, walk: string) =>
  Object.keys(tasks).filter((id) => id.startsWith(walk)).map((id) => id.split(':')[1]).sort()

const planNow = (circle: TestCircle) => {
  const snapshot = circle.store.getSnapshot()
  return planInputOf({ ...snapshot, circle: snapshot.circle! }, NOW)
}

describe('"please stop" that stops', () => {
  it('pausing the need the recipient named: no one does it that week, each helper is told kindly, nothing of it is a gap', () => {
    const circle = makeCircle(11)
    const { walk } = circle.needs
    const { a, b, d } = circle.helpers
    const callId = idOf(circle.store.run('open-call/post', { occurrenceId: occurrence(walk, SATURDAY, '08:00') }, later(20)))
    const request = pleaseStopFrom(circle, 'No visits this week, please.', walk)
    expect(inputOf(circle).inbox.pleaseStop[0]).toMatchObject({ needId: walk, response: null, acknowledgedAt: null })

    must(circle.store.run('need/pause', { needId: walk, from: TODAY, until: '2026-12-01', pleaseStopId: request }, later(21)))
    const input = inputOf(circle)
    expect(input.stops).toEqual([expect.objectContaining({ needId: walk, helperId: null, kind: 'pause', from: TODAY, until: '2026-12-01', helperIds: [a, b].sort() })])
    expect(input.openCalls.find((c) => c.id === callId)!.state).toBe('withdrawn')
    expect(input.inbox.pleaseStop[0]).toMatchObject({ response: 'paused', acknowledgedAt: later(21) })

    // The helpers' own documents: the paused days are gone, the brief promises only what is left, and a kind word.
    const helperA = projectHelper(input, a, TODAY)!
    expect(walkDates(helperA.tasks, walk)).toEqual(['2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06', '2026-12-07', '2026-12-08'])
    expect(helperA.brief.seriesSentences).toEqual(['You\'ll walk the dog every day, 30 minutes between 08:00 and 09:00, from 2 December until 8 December.'])
    expect(Object.values(helperA.messages)).toEqual([{ kind: 'paused', title: 'Walk the dog', from: TODAY, until: '2026-12-01', at: later(21) }])
    expect(JSON.stringify(helperA.messages)).not.toContain('No visits')
    expect(Object.values(projectHelper(input, b, TODAY)!.messages)).toHaveLength(1)
    expect(projectHelper(input, d, TODAY)!.messages).toEqual({})
    expect(projectHelper(input, d, TODAY)!.openCalls[callId]).toBeUndefined()
    // Once the pause is long over, the word is no longer shown.
    expect(projectHelper(input, a, '2026-12-08')!.messages).toEqual({})

    // The recipient's phone: the need reads as paused, the request as acted on, and no paused walk is "being arranged".
    const recipient = projectRecipient(input, TODAY)!
    expect(recipient.needs[walk].stopped).toEqual({ kind: 'pause', until: '2026-12-01' })
    expect(recipient.acks[`pleaseStop/${request}`]).toEqual({ at: 103, state: 'paused' })
    expect(recipient.daily[SATURDAY].status).toBe('all-covered')

    // The planner does not fill the paused days again, and they are not gaps.
    const planInput = planNow(circle)
    expect(planInput.occurrences.filter((o) => o.needId === walk && o.date <= '2026-12-01')).toEqual([])
    const planned = plan(planInput)
    expect(planned.unfilled.filter((u) => u.occurrenceId.startsWith(walk) && u.occurrenceId.split(':')[1] <= '2026-12-01')).toEqual([])
    expect(planned.assignments.filter((s) => !s.accepted && s.needId === walk && s.from <= '2026-12-01')).toEqual([])

    // The next check-in reads what stopped and why.
    const logged = circle.store.getSnapshot().activity.find((entry) => entry.kind === 'need/stopped')!
    expect(logged.summary).toMatch(/^Paused “Walk the dog” .*25 Nov.*1 Dec, as Test Person asked: “No visits this week, please\.”$/)
  })

  it('ending one helper’s part: their series and covers end, the need declines them, and only they are told', () => {
    const circle = makeCircle(12)
    const { walk } = circle.needs
    const { a, b } = circle.helpers
    const sunday = occurrence(walk, '2026-11-29', '08:00')
    must(circle.store.run('occurrence/set-status', { occurrenceId: sunday, status: 'needs-cover', note: 'flu' }, later(20)))
    must(circle.store.run('occurrence/activate-backup', { occurrenceId: sunday, helperId: b }, later(21)))
    const request = pleaseStopFrom(circle, '', walk)
    must(circle.store.run('need/end-helper-part', { needId: walk, helperId: b, from: '2026-11-27', pleaseStopId: request }, later(22)))

    const snapshot = circle.store.getSnapshot()
    expect(snapshot.assignments.filter((s) => s.helperId === b && s.needId === walk).map((s) => [s.from, s.until])).toEqual([['2026-11-25', '2026-11-26']])
    expect(snapshot.statuses[sunday]).toMatchObject({ status: 'needs-cover', coveredBy: null, note: 'flu' })
    expect(snapshot.declined).toEqual([expect.objectContaining({ needId: walk, helperId: b })])
    const input = inputOf(circle)
    expect(Object.values(projectHelper(input, b, TODAY)!.messages)).toEqual([expect.objectContaining({ kind: 'ended', title: 'Walk the dog', from: '2026-11-27', until: null })])
    expect(projectHelper(input, a, TODAY)!.messages).toEqual({})
    expect(walkDates(projectHelper(input, b, TODAY)!.tasks, walk)).toEqual(['2026-11-25', '2026-11-26'])
    expect(plan(planNow(circle)).assignments.some((s) => !s.accepted && s.helperId === b && s.needId === walk)).toBe(false)
    expect(projectRecipient(input, TODAY)!.acks[`pleaseStop/${request}`].state).toBe('helper-ended')

    // Put back on: the need may propose them again.
    const stopId = snapshot.stops[0].id
    must(circle.store.run('need/resume', { id: stopId }, later(23)))
    expect(circle.store.getSnapshot().declined).toEqual([])
    expect(circle.store.getSnapshot().stops).toEqual([])
  })

  it('ending the whole need from a date, then putting it back on', () => {
    const circle = makeCircle(13)
    const { walk } = circle.needs
    must(circle.store.run('need/end', { needId: walk, from: '2026-11-27', pleaseStopId: null }, later(20)))
    expect(planNow(circle).occurrences.filter((o) => o.needId === walk).map((o) => o.date)).toEqual(['2026-11-25', '2026-11-26'])
    const helperA = projectHelper(inputOf(circle), circle.helpers.a, TODAY)!
    expect(walkDates(helperA.tasks, walk)).toEqual(['2026-11-25', '2026-11-26'])
    expect(Object.values(helperA.messages)).toEqual([expect.objectContaining({ kind: 'ended', until: null })])
    expect(circle.store.getSnapshot().activity[0].summary).toMatch(/^Stopped “Walk the dog” from .*27 Nov$/)
    must(circle.store.run('need/resume', { id: circle.store.getSnapshot().stops[0].id }, later(21)))
    expect(planNow(circle).occurrences.filter((o) => o.needId === walk)).toHaveLength(14)
    expect(circle.store.getSnapshot().activity[0].summary).toBe('“Walk the dog” is back on')
  })

  it('a series the coordinator removed is not proposed again for the same dates, until they ask', () => {
    const circle = makeCircle(16)
    const { walk } = circle.needs
    const { a } = circle.helpers
    const proposedForA = () => plan(planNow(circle)).assignments.filter((s) => !s.accepted && s.helperId === a && s.needId === walk)
    const series = circle.store.getSnapshot().assignments.find((s) => s.helperId === a && s.needId === walk)!
    must(circle.store.run('assignment/remove', { id: series.id }, later(20)))

    // Someone else is proposed for those walks (d, or b moving up), but not a, on any of the removed dates.
    const planned = plan(planNow(circle))
    expect(planned.assignments.some((s) => !s.accepted && s.needId === walk && s.role === 'primary')).toBe(true)
    expect(proposedForA()).toEqual([])
    const declined = circle.store.getSnapshot().declined
    expect(declined).toEqual([expect.objectContaining({ needId: walk, helperId: a, from: series.from, until: series.until })])

    // Asking for them again (Undo in Assign) lets the planner propose a once more.
    must(circle.store.run('proposal/undecline', { id: declined[0].id }, later(21)))
    expect(proposedForA().length).toBeGreaterThan(0)
  })

  it('"talk to them first" changes nothing but tells the recipient so', () => {
    const circle = makeCircle(14)
    const request = pleaseStopFrom(circle, 'Too many people', null)
    const before = circle.store.getSnapshot().assignments
    must(circle.store.run('please-stop/talk-first', { id: request }, later(20)))
    expect(circle.store.getSnapshot().assignments).toEqual(before)
    expect(projectRecipient(inputOf(circle), TODAY)!.acks[`pleaseStop/${request}`].state).toBe('talk-first')
    expect(circle.store.getSnapshot().activity[0].summary).toBe('Test Person asked for some quiet; you’ll talk with them first (“Too many people”)')
  })

  it('refuses a pause that ends before it starts, and a "please stop" naming a need the circle does not have', () => {
    const circle = makeCircle(15)
    expect(circle.store.run('need/pause', { needId: circle.needs.walk, from: '2026-12-01', until: '2026-11-30', pleaseStopId: null }, later(20)).ok).toBe(false)
    const doc = new Y.Doc()
    writeProjection(doc, projectRecipient(inputOf(circle), TODAY)!)
    doc.getMap('pleaseStop').set('pleasestop002', { note: '', needId: 'no-such-need', at: 5 })
    const result = foldRecipient(circle.store.doc, doc, later(21))
    expect(result.reports[0].rejected).toEqual([expect.objectContaining({ path: 'pleaseStop/pleasestop002/needId' })])
    expect(inputOf(circle).inbox.pleaseStop).toEqual([])
  })
})
