import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { foldHelpers } from '../../../../src/store/fold/helper'
import { projectHelper } from '../../../../src/store/projection/helper'
import { writeProjection } from '../../../../src/store/projection/write'
import { later } from '../../../helpers/mapStore'
import { SATURDAY, TODAY, inputOf, makeCircle, must, occurrence, type TestCircle } from './circle'

/**
 * Open calls without a server: the coordinator's fold is the arbiter. The first claim a fold
 * sees wins; claims first seen by the same fold are ordered by their own time, then helper id;
 * a helper's clock never beats a claim that arrived earlier.
 */
function postCall(circle: TestCircle, extraHelpers = 0): { callId: string; takers: string[] } {
  const saturday = occurrence(circle.needs.walk, SATURDAY, '08:00')
  const posted = circle.store.run('open-call/post', { occurrenceId: saturday }, later(30))
  if (!posted.ok || !posted.id) throw new Error('not posted')
  const takers = [circle.helpers.b, circle.helpers.d]
  for (let i = 0; i < extraHelpers; i++) {
    const result = circle.store.run('helper/add', { name: `Extra Helper${i}`, contact: '', relation: '', tags: [] }, later(31 + i))
    if (!result.ok || !result.id) throw new Error('no helper')
    must(circle.store.run('offer/save', { helperId: result.id, kinds: ['dog-walk'], windows: [{ weekday: 6, start: '07:00', end: '10:00' }], from: null, until: null, mode: 'any', weeklyLimit: 2 }, later(40 + i)))
    takers.push(result.id)
  }
  return { callId: posted.id, takers }
}

function docsFor(circle: TestCircle, helperIds: readonly string[]): Map<string, Y.Doc> {
  const input = inputOf(circle)
  return new Map(helperIds.map((id) => {
    const doc = new Y.Doc()
    writeProjection(doc, projectHelper(input, id, TODAY)!)
    return [id, doc]
  }))
}

const takenBy = (circle: TestCircle, callId: string) => inputOf(circle).openCalls.find((c) => c.id === callId)!.takenBy

describe('claims on open calls', () => {
  it('gives the call to the first claim the fold sees, covers the task with that helper, and tells the others it is taken', () => {
    const circle = makeCircle()
    const { callId } = postCall(circle)
    const { b, d } = circle.helpers
    const docs = docsFor(circle, [b, d])
    docs.get(d)!.getMap('claims').set(callId, { at: 9_000 })
    foldHelpers(circle.store.doc, [{ helperId: d, doc: docs.get(d)! }], later(50))
    docs.get(b)!.getMap('claims').set(callId, { at: 1 })
    foldHelpers(circle.store.doc, [...docs].map(([helperId, doc]) => ({ helperId, doc })), later(51))
    const input = inputOf(circle)
    expect(input.openCalls[0]).toMatchObject({ state: 'taken', takenBy: d, takenAt: later(50) })
    expect(input.statuses[occurrence(circle.needs.walk, SATURDAY, '08:00')]).toMatchObject({ status: 'covered', coveredBy: d })
    expect(input.inbox.claims.map((c) => [c.helperId, c.seenAt])).toEqual([[d, later(50)]])
    expect(projectHelper(input, b, TODAY)!.openCalls[callId]).toMatchObject({ taken: true, takenByYou: false })
    expect(projectHelper(input, d, TODAY)!.openCalls[callId]).toMatchObject({ taken: true, takenByYou: true })
    expect(projectHelper(input, d, TODAY)!.acks[`claims/${callId}`]).toBe(9_000)
  })

  it('orders claims that reach the same fold by their own time, then by helper id', () => {
    for (const [atB, atD, winner] of [[5, 7, 'b'], [7, 5, 'd'], [5, 5, 'smaller']] as const) {
      const circle = makeCircle()
      const { callId } = postCall(circle)
      const { b, d } = circle.helpers
      const docs = docsFor(circle, [b, d])
      docs.get(b)!.getMap('claims').set(callId, { at: atB })
      docs.get(d)!.getMap('claims').set(callId, { at: atD })
      foldHelpers(circle.store.doc, [{ helperId: d, doc: docs.get(d)! }, { helperId: b, doc: docs.get(b)! }], later(50))
      expect(takenBy(circle, callId)).toBe(winner === 'smaller' ? [b, d].sort()[0] : circle.helpers[winner])
    }
  })

  it('refuses a claim from a helper the call was not offered to, and leaves claims on withdrawn calls be', () => {
    const circle = makeCircle()
    const { callId } = postCall(circle)
    const { a, c } = circle.helpers
    const docs = docsFor(circle, [a, c])
    for (const doc of docs.values()) doc.getMap('claims').set(callId, { at: 1 })
    const result = foldHelpers(circle.store.doc, [...docs].map(([helperId, doc]) => ({ helperId, doc })), later(50))
    expect(result.reports.map((r) => r.rejected.map((x) => x.path))).toEqual([[`claims/${callId}`], [`claims/${callId}`]])
    expect(takenBy(circle, callId)).toBeNull()
    must(circle.store.run('open-call/withdraw', { id: callId }, later(51)))
    const d = docsFor(circle, [circle.helpers.d]).get(circle.helpers.d)!
    d.getMap('claims').set(callId, { at: 1 })
    expect(foldHelpers(circle.store.doc, [{ helperId: circle.helpers.d, doc: d }], later(52))).toMatchObject({ changed: false, reports: [{ rejected: [] }] })
  })

  it('first claim wins and stays won, whatever order claims arrive in and whenever the fold runs', () => {
    const claimArb = fc.record({ at: fc.integer({ min: 0, max: 5 }), arrives: fc.nat(6) })
    fc.assert(
      fc.property(fc.array(claimArb, { minLength: 4, maxLength: 4 }), fc.array(fc.nat(6), { minLength: 1, maxLength: 4 }), (claims, foldSteps) => {
        const circle = makeCircle(3)
        const { callId, takers } = postCall(circle, 2)
        const docs = docsFor(circle, takers)
        let expected: string | null = null
        const everWon = new Map<string, boolean>()
        for (let step = 0; step <= 7; step++) {
          claims.forEach((claim, i) => {
            if (claim.arrives === step) docs.get(takers[i])!.getMap('claims').set(callId, { at: claim.at })
          })
          if (!foldSteps.includes(step) && step !== 7) continue
          // What this fold sees: every claim that has arrived; it decides only if no earlier fold did.
          const seen = claims.map((claim, i) => ({ ...claim, helperId: takers[i] })).filter((claim) => claim.arrives <= step)
          if (expected === null && seen.length > 0) {
            expected = seen.sort((x, y) => x.at - y.at || (x.helperId < y.helperId ? -1 : 1))[0].helperId
          }
          foldHelpers(circle.store.doc, takers.map((helperId) => ({ helperId, doc: docs.get(helperId)! })), later(50 + step))
          const input = inputOf(circle)
          for (const helperId of takers) {
            const won = projectHelper(input, helperId, TODAY)!.openCalls[callId]?.takenByYou === true
            if (everWon.get(helperId)) expect(won).toBe(true)
            everWon.set(helperId, won)
          }
        }
        expect(takenBy(circle, callId)).toBe(expected)
      }),
      { numRuns: 60 },
    )
  }, 60_000)
})
