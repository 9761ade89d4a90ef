import { describe, expect, it, vi } from 'vitest'
import * as schedule from '../../../../src/domain/schedule'
import { expandForHelpers, projectHelper } from '../../../../src/store/projection/helper'
import { later } from '../../../helpers/mapStore'
import { SATURDAY, TODAY, inputOf, makeCircle, must, occurrence } from './circle'

// The real expansion, counted: whether projection still expands a need after the sync's steps did.
vi.mock('../../../../src/domain/schedule', async (original) => {
  const actual = await original<typeof schedule>()
  return { ...actual, expandNeed: vi.fn(actual.expandNeed) }
})

describe('the ranges a helper projection reads', () => {
  it('are all expanded by expandForHelpers: projecting every helper afterwards expands no need again', async () => {
    const circle = makeCircle(7)
    // An open call, so the open calls' range is read too.
    must(circle.store.run('open-call/post', { occurrenceId: occurrence(circle.needs.walk, SATURDAY, '08:00') }, later(20)))
    const input = inputOf(circle)
    await expandForHelpers(input, TODAY, async () => undefined)
    const expansions = vi.mocked(schedule.expandNeed).mock.calls.length
    expect(expansions).toBeGreaterThan(0)
    for (const helperId of Object.values(circle.helpers)) {
      const values = projectHelper(input, helperId, TODAY)
      expect(Object.keys(values!.tasks).length + Object.keys(values!.openCalls).length).toBeGreaterThan(0)
    }
    expect(vi.mocked(schedule.expandNeed).mock.calls.length).toBe(expansions)
  })
})
