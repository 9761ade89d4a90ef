import { describe, expect, it } from 'vitest'
import { projectHelper } from '../../../../src/store/projection/helper'
import { projectRecipient } from '../../../../src/store/projection/recipient'
import { inputOf, makeCircle, must, occurrence } from './circle'

// The test circle runs Wednesday 25 November to Tuesday 8 December 2026 in Berlin.
const FRIDAY = '2026-11-27'
/** Friday 27 November, 15:00 in Berlin: the support is ended that afternoon. */
const ENDED_AT = Date.UTC(2026, 10, 27, 14, 0)

function endedCircle() {
  const circle = makeCircle(7)
  // A call open on Sunday, after the end: it must stop being offered.
  must(circle.store.run('open-call/post', { occurrenceId: occurrence(circle.needs.walk, '2026-11-29', '08:00') }, ENDED_AT - 60_000))
  const before = inputOf(circle)
  must(circle.store.run('circle/end', { followUps: true }, ENDED_AT))
  return { circle, before, after: inputOf(circle) }
}

describe('what helpers’ and the recipient’s documents hold once the support has ended', () => {
  it('a helper keeps the tasks up to the last day, with nothing promised after it: no later task, no open call, no brief line', () => {
    const { circle, before, after } = endedCircle()
    const { a, d } = circle.helpers
    const running = projectHelper(before, a, FRIDAY)!
    expect(Object.values(running.tasks).some((task) => task.start > ENDED_AT)).toBe(true)
    expect(running.brief.seriesSentences.length).toBeGreaterThan(0)
    expect(Object.keys(projectHelper(before, d, FRIDAY)!.openCalls)).toHaveLength(1)

    const ended = projectHelper(after, a, FRIDAY)!
    const dates = Object.keys(ended.tasks).map((id) => id.split(':')[1])
    expect(dates.length).toBeGreaterThan(0)
    expect(dates.every((date) => date <= FRIDAY)).toBe(true)
    expect(dates).toContain(FRIDAY)
    expect(ended.brief).toMatchObject({ circleStatus: 'archived', seriesSentences: [] })
    expect(projectHelper(after, d, FRIDAY)!.openCalls).toEqual({})
    // Days later, the same: the planned end (8 December) no longer counts.
    const nextWeek = projectHelper(after, a, '2026-12-02')!
    expect(Object.keys(nextWeek.tasks).every((id) => id.split(':')[1] <= FRIDAY)).toBe(true)
  })

  it('the recipient’s document says it ended and has no daily status after the last day', () => {
    const { before, after } = endedCircle()
    expect(Object.keys(projectRecipient(before, FRIDAY)!.daily)).toContain('2026-11-30')
    const ended = projectRecipient(after, FRIDAY)!
    expect(ended.circle.status).toBe('archived')
    expect(Object.keys(ended.daily)).toEqual(['2026-11-26', FRIDAY])
    expect(projectRecipient(after, '2026-12-01')!.daily).toEqual({})
  })

  it('reopening brings the plan back as it was', () => {
    const { circle, before } = endedCircle()
    must(circle.store.run('circle/reopen', {}, ENDED_AT + 60_000))
    const reopened = inputOf(circle)
    expect(projectHelper(reopened, circle.helpers.a, FRIDAY)!.tasks).toEqual(projectHelper(before, circle.helpers.a, FRIDAY)!.tasks)
    expect(projectRecipient(reopened, FRIDAY)!.daily).toEqual(projectRecipient(before, FRIDAY)!.daily)
  })
})
