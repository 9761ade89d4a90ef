import { describe, expect, it } from 'vitest'
import { addDays } from '../../../../src/domain/dates'
import { expandNeeds } from '../../../../src/domain/schedule'
import { expandForHelpers, projectHelper } from '../../../../src/store/projection/helper'
import { peerInput } from '../../../../src/store/projection/input'
import { expandInSteps, occurrencesBetween } from '../../../../src/store/projection/occurrences'
import { TODAY, inputOf, makeCircle } from './circle'

/**
 * The coordinator's sync expands occurrences a need per slice before projecting (so no one task
 * holds them all): what projection reads afterwards must be what it reads without that step.
 */
describe('expanding occurrences in steps', () => {
  it('pauses once per need and leaves occurrencesBetween as it is without the steps', async () => {
    const circle = makeCircle(3)
    const stepped = inputOf(circle)
    const plain = inputOf(circle)
    const until = addDays(TODAY, 40)
    let pauses = 0
    await expandInSteps(stepped, addDays(TODAY, -7), until, async () => { pauses += 1 })
    expect(pauses).toBe(stepped.needs.length)
    expect(pauses).toBeGreaterThan(1)
    const found = occurrencesBetween(stepped, addDays(TODAY, -7), until)
    expect(found).toEqual(occurrencesBetween(plain, addDays(TODAY, -7), until))
    expect(found.length).toBeGreaterThan(stepped.needs.length)
    // The same occurrences, in the same order, as the domain's own expansion of every need.
    const { startDate: circleStart, endDate: circleEnd, timeZone } = stepped.circle!
    const everything = expandNeeds(stepped.needs, { circleStart, circleEnd, timeZone, from: addDays(TODAY, -7), to: circleEnd < until ? circleEnd : until })
    expect(found.map((o) => o.id)).toEqual(everything.map((o) => o.id).filter((id) => found.some((o) => o.id === id)))
  })

  it('projects every helper the same after expandForHelpers as without it', async () => {
    const circle = makeCircle(5)
    const stepped = inputOf(circle)
    const plain = inputOf(circle)
    let pauses = 0
    await expandForHelpers(stepped, TODAY, async () => { pauses += 1 })
    expect(pauses).toBe(2 * peerInput(stepped).needs.length)
    for (const helperId of Object.values(circle.helpers)) {
      expect(projectHelper(stepped, helperId, TODAY)).toEqual(projectHelper(plain, helperId, TODAY))
    }
  })
})
