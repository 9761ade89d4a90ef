import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createMapStore } from '../../../../src/store'
import { foldHelpers, foldHelpersInSlices, type HelperDocEntry } from '../../../../src/store/fold/helper'
import { projectHelper } from '../../../../src/store/projection/helper'
import { readProjectionInput, todayOf } from '../../../../src/store/projection/input'
import { writeProjection } from '../../../../src/store/projection/write'
import { yieldToPage } from '../../../../src/sync/slices'
import { later } from '../../../helpers/mapStore'
import { SATURDAY, TODAY, inputOf, makeCircle, must, occurrence, type TestCircle } from '../projection/circle'
import { replicaOf } from '../projection/devices'

/**
 * The coordinator's fold read one helper's document per slice of the page's time: it must come
 * to what the fold in one task comes to, and never judge claims on a map that changed in a pause.
 */
const FOLD_AT = later(50)

/** An open call on Saturday's walk, claimed by B and D, and a report from A. */
function claimedCall(circle: TestCircle): { callId: string; entries: HelperDocEntry[] } {
  const posted = circle.store.run('open-call/post', { occurrenceId: occurrence(circle.needs.walk, SATURDAY, '08:00') }, later(30))
  if (!posted.ok || !posted.id) throw new Error('not posted')
  const { a, b, d } = circle.helpers
  const input = inputOf(circle)
  const entries = [a, b, d].map((helperId) => {
    const doc = new Y.Doc()
    writeProjection(doc, projectHelper(input, helperId, TODAY)!)
    return { helperId, doc }
  })
  entries[1].doc.getMap('claims').set(posted.id, { at: 7 })
  entries[2].doc.getMap('claims').set(posted.id, { at: 5 })
  entries[0].doc.getMap('reports').set(occurrence(circle.needs.walk, TODAY, '08:00'), { status: 'done', at: 40 })
  return { callId: posted.id, entries }
}

const copies = (entries: readonly HelperDocEntry[]) => entries.map(({ helperId, doc }) => ({ helperId, doc: replicaOf(doc) }))

describe('the fold in slices', () => {
  it('reads a helper in several pauses and comes to what the fold in one task comes to, with each helper’s projection', async () => {
    const circle = makeCircle()
    const { callId, entries } = claimedCall(circle)
    const oneTask = replicaOf(circle.store.doc)
    const before = readProjectionInput(circle.store.doc)
    let pauses = 0
    const result = await foldHelpersInSlices(circle.store.doc, entries, FOLD_AT, async () => {
      pauses += 1
      await yieldToPage()
    })
    const expected = foldHelpers(oneTask, copies(entries), FOLD_AT)
    // Before each helper, and between the steps of each one (its projection's, guard and comparison, plan).
    expect(pauses).toBeGreaterThanOrEqual(entries.length * 4)
    expect(result.changed).toBe(true)
    expect({ changed: result.changed, reports: result.reports }).toEqual(expected)
    expect(readProjectionInput(circle.store.doc)).toEqual(readProjectionInput(oneTask))
    expect(inputOf(circle).openCalls.find((c) => c.id === callId)?.takenBy).toBe(circle.helpers.d)
    // What projection makes of each helper from the map the fold read, for the sync to reuse.
    const today = todayOf(before, FOLD_AT)!
    expect([...result.projected.keys()]).toEqual(entries.map((e) => e.helperId))
    for (const { helperId } of entries) expect(result.projected.get(helperId)).toEqual(projectHelper(before, helperId, today))
  })

  it('reads everything again when the map changed during a pause, so a call withdrawn meanwhile goes to no one', async () => {
    const circle = makeCircle()
    const { callId, entries } = claimedCall(circle)
    const oneTask = createMapStore(replicaOf(circle.store.doc))
    const oneTaskEntries = copies(entries)
    const result = await foldHelpersInSlices(circle.store.doc, entries, FOLD_AT, async () => {
      await yieldToPage()
      // The coordinator withdraws the call while the fold is between two helpers.
      if (inputOf(circle).openCalls.some((c) => c.id === callId && c.state === 'open')) must(circle.store.run('open-call/withdraw', { id: callId }, later(45)))
    })
    expect(inputOf(circle).openCalls.find((c) => c.id === callId)).toMatchObject({ takenBy: null })
    expect(inputOf(circle).statuses[occurrence(circle.needs.walk, SATURDAY, '08:00')]?.coveredBy ?? null).toBeNull()
    // The map the fold read is gone: none of its projections may be reused.
    expect(result.projected.size).toBe(0)
    // The same as withdrawing first and folding after, in one task.
    must(oneTask.run('open-call/withdraw', { id: callId }, later(45)))
    expect(result.reports).toEqual(foldHelpers(oneTask.doc, oneTaskEntries, FOLD_AT).reports)
    // Ids of activity entries are random: the calls, the statuses and the inbox are compared.
    const { openCalls, statuses, inbox } = readProjectionInput(oneTask.doc)
    expect(readProjectionInput(circle.store.doc)).toMatchObject({ openCalls, statuses, inbox })
  })
})
