import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  applyCarried, carriedFor, decodeKnowledge, encodeKnowledge, isMissingAnything, knowledgeFromCarried, knowledgeOf, mergeKnowledge,
  pendingOf, unseenChanges,
} from '../../../src/sync/carry'
import type { CarriedUpdate } from '../../../src/sync/messages'

/** Two devices holding one document, passing updates only by hand. */
function pair() {
  const coordinator = new Y.Doc()
  const helper = new Y.Doc()
  const send = (from: Y.Doc, to: Y.Doc) => applyCarried(to, carriedFor(from, knowledgeOf(to)), 'carried')
  return { coordinator, helper, send }
}

const task = (status: string) => ({ title: 'Walk', status })

describe('what the other side is missing', () => {
  it('clears after overwrites and deletions once they arrive (state vectors and delete sets)', () => {
    const { coordinator, helper, send } = pair()
    const tasks = coordinator.getMap('tasks')
    tasks.set('a', task('planned'))
    tasks.set('b', task('planned'))
    expect(isMissingAnything(coordinator, knowledgeOf(helper))).toBe(true)
    send(coordinator, helper)
    expect(isMissingAnything(coordinator, knowledgeOf(helper))).toBe(false)

    // An overwrite inserts and deletes; both must reach the other side before the line clears.
    tasks.set('a', task('done'))
    expect(isMissingAnything(coordinator, knowledgeOf(helper))).toBe(true)
    send(coordinator, helper)
    expect(isMissingAnything(coordinator, knowledgeOf(helper))).toBe(false)

    // A plain delete moves no state vector: only the delete set shows it.
    const stale = knowledgeOf(helper)
    tasks.delete('b')
    expect(Y.encodeStateVector(coordinator)).toEqual(Y.encodeStateVector(helper))
    expect(isMissingAnything(coordinator, stale)).toBe(true)
    expect(unseenChanges(coordinator, stale)).toEqual([{ section: 'tasks', key: 'b', change: 'removed', value: undefined }])
    send(coordinator, helper)
    expect(isMissingAnything(coordinator, knowledgeOf(helper))).toBe(false)
    // What a helper writes is not missing on the coordinator's side once it is there either.
    helper.getMap('reports').set('a', { kind: 'done', note: '', at: 1 })
    expect(isMissingAnything(helper, knowledgeOf(coordinator))).toBe(true)
    send(helper, coordinator)
    expect(isMissingAnything(helper, knowledgeOf(coordinator))).toBe(false)
    expect(isMissingAnything(coordinator, knowledgeOf(helper))).toBe(false)
  })

  it('lists what is new, changed and removed, entry by entry', () => {
    const { coordinator, helper, send } = pair()
    const tasks = coordinator.getMap('tasks')
    tasks.set('kept', task('planned'))
    tasks.set('changed', task('planned'))
    tasks.set('removed', task('planned'))
    send(coordinator, helper)
    const known = knowledgeOf(helper)
    tasks.set('changed', task('done'))
    tasks.delete('removed')
    tasks.set('new1', task('planned'))
    tasks.set('new2', task('planned'))
    tasks.set('gone-before-sent', task('planned'))
    tasks.delete('gone-before-sent')
    const unseen = unseenChanges(coordinator, known).map(({ section, key, change }) => `${section}/${key}:${change}`).sort()
    expect(unseen).toEqual(['tasks/changed:changed', 'tasks/new1:new', 'tasks/new2:new', 'tasks/removed:removed'])
    expect(unseenChanges(coordinator, null).map((u) => u.key).sort()).toEqual(['changed', 'kept', 'new1', 'new2'])
    send(coordinator, helper)
    expect(unseenChanges(coordinator, knowledgeOf(helper))).toEqual([])
  })

  it('reads a section this device has not opened by name yet (a person’s document read before its store)', () => {
    const { coordinator, helper, send } = pair()
    helper.getMap('reports').set('a', { kind: 'done', note: '', at: 1 })
    send(helper, coordinator)
    // Arrived, never asked for with getMap here: Yjs holds it as a bare type, without get.
    expect(coordinator.share.get('reports')).not.toBeInstanceOf(Y.Map)
    expect(unseenChanges(coordinator, null)).toEqual([{ section: 'reports', key: 'a', change: 'new', value: { kind: 'done', note: '', at: 1 } }])
  })

  it('learns from a carried update what its sender holds, and keeps the most it knows', () => {
    const { coordinator, helper } = pair()
    coordinator.getMap('tasks').set('a', task('planned'))
    coordinator.getMap('tasks').set('a', task('done'))
    const carried = carriedFor(coordinator, null)
    applyCarried(helper, carried, 'carried')
    const learned = knowledgeFromCarried(carried)
    expect(isMissingAnything(coordinator, learned)).toBe(false)
    const older = knowledgeFromCarried(carriedFor(new Y.Doc(), null))
    expect(isMissingAnything(coordinator, mergeKnowledge(older, learned))).toBe(false)
    expect(isMissingAnything(coordinator, decodeKnowledge(encodeKnowledge(learned)))).toBe(false)
    expect(decodeKnowledge(new Uint8Array([200, 1, 2]))).toBeNull()
  })
})

describe('applying carried updates', () => {
  it('in any order: later ones wait for earlier ones, then all apply, each once', () => {
    fc.assert(fc.property(fc.integer({ min: 2, max: 6 }), fc.nat(), (count, seed) => {
      const source = new Y.Doc()
      const updates: CarriedUpdate[] = []
      let known = knowledgeOf(new Y.Doc())
      for (let i = 0; i < count; i++) {
        source.getMap('tasks').set(`t${i % 3}`, task(`s${i}`))
        if (i % 2 === 1) source.getMap('tasks').delete(`t${(i + 1) % 3}`)
        updates.push(carriedFor(source, known))
        known = knowledgeOf(source)
      }
      const order = [...updates.keys()].sort((a, b) => ((a * 7919 + seed) % 13) - ((b * 7919 + seed) % 13) || a - b)
      const receiver = new Y.Doc()
      order.forEach((index, step) => {
        const outcome = applyCarried(receiver, updates[index], 'carried')
        const allBefore = order.slice(0, step + 1).sort((a, b) => a - b).every((v, i) => v === i)
        // Never a half state: until every earlier one is in, the receiver says it is waiting.
        expect(outcome === 'waiting-for-earlier').toBe(!allBefore)
        expect(pendingOf(receiver) === null).toBe(allBefore)
      })
      expect(receiver.getMap('tasks').toJSON()).toEqual(source.getMap('tasks').toJSON())
      for (const update of updates) expect(applyCarried(receiver, update, 'carried')).toBe('already-here')
    }))
  })

  it('what is held back can be stored and applied again after a reload', () => {
    const source = new Y.Doc()
    source.getMap('tasks').set('a', task('planned'))
    const first = carriedFor(source, null)
    const known = knowledgeOf(source)
    source.getMap('tasks').set('a', task('done'))
    const second = carriedFor(source, known)
    const receiver = new Y.Doc()
    expect(applyCarried(receiver, second, 'carried')).toBe('waiting-for-earlier')
    const held = pendingOf(receiver)!
    const reloaded = new Y.Doc()
    Y.applyUpdateV2(reloaded, held)
    expect(applyCarried(reloaded, first, 'carried')).toBe('applied')
    expect(reloaded.getMap('tasks').get('a')).toEqual(task('done'))
  })
})
