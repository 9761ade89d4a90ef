import { inEnglish } from '../../../helpers/refusals'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { plan, planInputOf } from '../../../../src/domain/planner'
import { setAsideReason, setAsideRulesOf } from '../../../../src/domain/setAside'
import { expandNeeds } from '../../../../src/domain/schedule'
import { createMapStore } from '../../../../src/store'
import { projectHelper } from '../../../../src/store/projection/helper'
import { projectRecipient } from '../../../../src/store/projection/recipient'
import { writeProjection } from '../../../../src/store/projection/write'
import { NOW, dailyNeedDraft, idOf, undoCommand } from '../../../helpers/mapStore'
import { inputOf, makeCircle, must, occurrence, storedText, type TestCircle } from './circle'

// The test circle runs Wednesday 25 November to Tuesday 8 December 2026 in Berlin.
const HOUR = 3_600_000
/** Friday 27 November, 11:00 in Berlin. */
const FRIDAY_AT = Date.UTC(2026, 10, 27, 10, 0)
const FRIDAY = '2026-11-27'
/** Tuesday 1 December, 11:00 in Berlin. */
const TUESDAY_AT = Date.UTC(2026, 11, 1, 10, 0)
const TUESDAY = '2026-12-01'

/** The circle, with a need nobody holds yet (the planner proposes someone for it) and an open call for D. */
function circleWithProposals(): { circle: TestCircle; extra: string } {
  const circle = makeCircle(11)
  const extra = idOf(circle.store.run('need/add', dailyNeedDraft('Evening walk', '09:00'), NOW + HOUR))
  must(circle.store.run('open-call/post', { occurrenceId: occurrence(circle.needs.walk, '2026-11-29', '08:00') }, NOW + 2 * HOUR))
  return { circle, extra }
}

const planFor = (circle: TestCircle, now: number) => {
  const snapshot = circle.store.getSnapshot()
  return plan(planInputOf({ ...snapshot, circle: snapshot.circle! }, now))
}
const proposalsFor = (circle: TestCircle, now: number) => planFor(circle, now).assignments.filter((a) => !a.accepted)

const titles = ['Walk the dog', 'Bring dinner', 'Morning call', 'Evening walk']

describe('a circle that rests ("the map stays ready")', () => {
  it('while it rests nothing is projected: helpers hold no task, call, series sentence or message, the recipient no need or daily status', () => {
    const { circle } = circleWithProposals()
    const before = inputOf(circle)
    expect(Object.keys(projectHelper(before, circle.helpers.a, FRIDAY)!.tasks).length).toBeGreaterThan(0)
    expect(Object.keys(projectHelper(before, circle.helpers.d, FRIDAY)!.openCalls)).toHaveLength(1)

    must(circle.store.run('circle/pause', { lookAgain: '2026-12-04' }, FRIDAY_AT))
    const resting = inputOf(circle)
    for (const helperId of Object.values(circle.helpers)) {
      const values = projectHelper(resting, helperId, FRIDAY)!
      expect(values.tasks).toEqual({})
      expect(values.taskStatuses).toEqual({})
      expect(values.openCalls).toEqual({})
      expect(values.messages).toEqual({})
      expect(values.brief).toMatchObject({ resting: true, seriesSentences: [], circleStatus: 'active' })
      for (const title of titles) expect(JSON.stringify(values)).not.toContain(title)
    }
    const recipient = projectRecipient(resting, FRIDAY)!
    expect(recipient.needs).toEqual({})
    expect(recipient.daily).toEqual({})
    expect(recipient.circle).toMatchObject({ resting: { since: FRIDAY, lookAgain: '2026-12-04' } })
    for (const title of titles) expect(JSON.stringify(recipient)).not.toContain(title)
  })

  it('a helper’s stored document keeps none of the withdrawn task text once the rest is projected into it', () => {
    const { circle } = circleWithProposals()
    const doc = new Y.Doc()
    writeProjection(doc, projectHelper(inputOf(circle), circle.helpers.a, FRIDAY)!)
    expect(storedText(doc)).toContain('Walk the dog')
    must(circle.store.run('circle/pause', { lookAgain: null }, FRIDAY_AT))
    writeProjection(doc, projectHelper(inputOf(circle), circle.helpers.a, FRIDAY)!)
    expect(storedText(doc)).not.toContain('Walk the dog')
  })

  it('nothing is planned, no gap is left, and no day of the rest is the circle’s to do', () => {
    const { circle, extra } = circleWithProposals()
    expect(proposalsFor(circle, FRIDAY_AT).some((a) => a.needId === extra)).toBe(true)
    must(circle.store.run('circle/pause', { lookAgain: null }, FRIDAY_AT))
    const resting = planFor(circle, FRIDAY_AT)
    expect(resting.assignments.filter((a) => !a.accepted)).toEqual([])
    expect(resting.unfilled).toEqual([])
    expect(resting.placements).toEqual([])
    const snapshot = circle.store.getSnapshot()
    const friday = expandNeeds(snapshot.needs, { circleStart: '2026-11-25', circleEnd: '2026-12-08', timeZone: 'Europe/Berlin', from: FRIDAY, to: FRIDAY })
    expect(friday.map((o) => setAsideReason(o, setAsideRulesOf(snapshot, 'Europe/Berlin')))).toEqual(friday.map(() => 'resting'))
  })

  it('resuming brings the plan back for the days ahead and loses nothing of the map; the rested days stay set aside', () => {
    const { circle, extra } = circleWithProposals()
    const keep = (s: ReturnType<TestCircle['store']['getSnapshot']>) =>
      ({ needs: s.needs, helpers: s.helpers, offers: s.offers, assignments: s.assignments, statuses: s.statuses, openCalls: s.openCalls, checkIns: s.checkIns })
    const kept = keep(circle.store.getSnapshot())
    must(circle.store.run('circle/pause', { lookAgain: null }, FRIDAY_AT))
    must(circle.store.run('circle/resume', {}, TUESDAY_AT))

    const after = circle.store.getSnapshot()
    expect(keep(after)).toEqual(kept)
    expect(after.rests).toMatchObject([{ from: FRIDAY, until: '2026-11-30', lookAgain: null }])
    expect(after.activity.slice(0, 2).map((entry) => entry.kind)).toEqual(['circle/resumed', 'circle/paused'])

    // The planner proposes again, from today on.
    const proposals = proposalsFor(circle, TUESDAY_AT)
    expect(proposals.some((a) => a.needId === extra)).toBe(true)
    expect(proposals.every((a) => a.from >= TUESDAY)).toBe(true)
    // Helpers' tasks come back from today; the rested days are history and hold none.
    const tasks = Object.keys(projectHelper(inputOf(circle), circle.helpers.a, TUESDAY)!.tasks).map((id) => id.split(':')[1])
    expect(tasks).toContain(TUESDAY)
    expect(tasks).toContain('2026-11-26')
    expect(tasks.some((date) => date >= FRIDAY && date < TUESDAY)).toBe(false)
    expect(projectRecipient(inputOf(circle), TUESDAY)!.circle).not.toHaveProperty('resting')
  })

  it('resumed the day it paused, the rest leaves no trace but the log: the plan is exactly as before', () => {
    const { circle } = circleWithProposals()
    const before = inputOf(circle)
    must(circle.store.run('circle/pause', { lookAgain: null }, FRIDAY_AT))
    must(circle.store.run('circle/resume', {}, FRIDAY_AT + HOUR))
    expect(circle.store.getSnapshot().rests).toEqual([])
    expect(projectHelper(inputOf(circle), circle.helpers.a, FRIDAY)).toEqual(projectHelper(before, circle.helpers.a, FRIDAY))
    expect(projectRecipient(inputOf(circle), FRIDAY)).toEqual(projectRecipient(before, FRIDAY))
  })

  it('pausing is undone like any command, and so is resuming', () => {
    const { circle } = circleWithProposals()
    const before = inputOf(circle)
    const paused = circle.store.run('circle/pause', { lookAgain: null }, FRIDAY_AT)
    must(paused)
    undoCommand(circle.store, paused)
    expect(circle.store.getSnapshot().rests).toEqual([])
    expect(circle.store.getSnapshot().activity[0].kind).not.toBe('circle/paused')
    expect(projectHelper(inputOf(circle), circle.helpers.a, FRIDAY)).toEqual(projectHelper(before, circle.helpers.a, FRIDAY))

    must(circle.store.run('circle/pause', { lookAgain: null }, FRIDAY_AT))
    const resumed = circle.store.run('circle/resume', {}, TUESDAY_AT)
    must(resumed)
    undoCommand(circle.store, resumed)
    expect(circle.store.getSnapshot().rests).toMatchObject([{ from: FRIDAY, until: null }])
  })

  it('refuses, kindly and without writing, what makes no sense', () => {
    const { circle } = circleWithProposals()
    const refused = (result: ReturnType<TestCircle['store']['run']>) => (result.ok ? '' : inEnglish(result).problems[0].message)
    expect(refused(circle.store.run('circle/resume', {}, FRIDAY_AT))).toMatch(/not resting/)
    expect(refused(circle.store.run('circle/pause', { lookAgain: FRIDAY }, FRIDAY_AT))).toMatch(/after today/)
    must(circle.store.run('circle/pause', { lookAgain: null }, FRIDAY_AT))
    expect(refused(circle.store.run('circle/pause', { lookAgain: null }, FRIDAY_AT + HOUR))).toMatch(/already resting/)
    expect(circle.store.getSnapshot().rests).toHaveLength(1)
  })

  it('two coordinator devices that each paused while apart are both resumed by one resume', () => {
    const { circle } = circleWithProposals()
    const other = new Y.Doc()
    Y.applyUpdate(other, Y.encodeStateAsUpdate(circle.store.doc))
    const otherStore = createMapStore(other)
    must(circle.store.run('circle/pause', { lookAgain: null }, FRIDAY_AT))
    must(otherStore.run('circle/pause', { lookAgain: '2026-12-05' }, FRIDAY_AT + HOUR))
    Y.applyUpdate(circle.store.doc, Y.encodeStateAsUpdate(other))
    expect(circle.store.getSnapshot().rests).toHaveLength(2)
    must(circle.store.run('circle/resume', {}, TUESDAY_AT))
    expect(circle.store.getSnapshot().rests.every((rest) => rest.until === '2026-11-30')).toBe(true)
    expect(Object.keys(projectHelper(inputOf(circle), circle.helpers.a, TUESDAY)!.tasks).length).toBeGreaterThan(0)
  })
})
