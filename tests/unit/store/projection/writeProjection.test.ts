import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { projectionOrigin } from '../../../../src/store/origins'
import { projectHelper } from '../../../../src/store/projection/helper'
import { projectRecipient } from '../../../../src/store/projection/recipient'
import { writeProjection } from '../../../../src/store/projection/write'
import { later } from '../../../helpers/mapStore'
import { SATURDAY, TODAY, inputOf, makeCircle, must, occurrence } from './circle'
import { replicaOf, updatesDuring } from './devices'

describe('writing a projection', () => {
  it('is idempotent: projecting an unchanged map again writes nothing, not even an empty update', () => {
    const circle = makeCircle()
    const doc = new Y.Doc()
    const recipient = new Y.Doc()
    expect(writeProjection(doc, projectHelper(inputOf(circle), circle.helpers.b, TODAY)!)).toBe(true)
    expect(writeProjection(recipient, projectRecipient(inputOf(circle), TODAY)!)).toBe(true)
    expect(updatesDuring(doc, () => expect(writeProjection(doc, projectHelper(inputOf(circle), circle.helpers.b, TODAY)!)).toBe(false))).toBe(0)
    expect(updatesDuring(recipient, () => writeProjection(recipient, projectRecipient(inputOf(circle), TODAY)!))).toBe(0)
  })

  it('writes only what changed, deletes what is gone, in one transaction with the projection origin', () => {
    const circle = makeCircle()
    const doc = new Y.Doc()
    writeProjection(doc, projectHelper(inputOf(circle), circle.helpers.a, TODAY)!)
    const saturdayWalk = occurrence(circle.needs.walk, SATURDAY, '08:00')
    must(circle.store.run('occurrence/set-status', { occurrenceId: saturdayWalk, status: 'cancelled' }, later(20)))
    const origins: unknown[] = []
    doc.on('afterTransaction', (transaction: Y.Transaction) => origins.push(transaction.origin))
    const before = Y.encodeStateVector(doc)
    const tasksBefore = doc.getMap('tasks').toJSON()
    writeProjection(doc, projectHelper(inputOf(circle), circle.helpers.a, TODAY)!)
    expect(origins).toEqual([projectionOrigin])
    // One task's status changed: one small delta, not a rewrite of that task or of every task.
    expect(Y.encodeStateAsUpdate(doc, before).byteLength).toBeLessThan(120)
    expect(doc.getMap('taskStatuses').toJSON()).toEqual({ [saturdayWalk]: 'cancelled' })
    expect(doc.getMap('tasks').toJSON()).toEqual(tasksBefore)
    must(circle.store.run('assignment/remove', { id: inputOf(circle).assignments.find((a) => a.helperId === circle.helpers.a)!.id }, later(21)))
    writeProjection(doc, projectHelper(inputOf(circle), circle.helpers.a, TODAY)!)
    expect(doc.getMap('tasks').size).toBe(0)
  })

  it('touches only the sections it is given: a helper’s reports stay until revocation empties them too', () => {
    const circle = makeCircle()
    const doc = new Y.Doc()
    doc.getMap('reports').set('x', { kind: 'done', note: '', at: 1 })
    writeProjection(doc, projectHelper(inputOf(circle), circle.helpers.a, TODAY)!)
    expect(doc.getMap('reports').size).toBe(1)
    must(circle.store.run('helper/remove', { id: circle.helpers.a }, later(20)))
    writeProjection(doc, projectHelper(inputOf(circle), circle.helpers.a, TODAY)!)
    expect(doc.getMap('meta').toJSON()).toEqual({ kind: 'helper', schemaVersion: 2, revoked: true })
    for (const name of doc.share.keys()) if (name !== 'meta') expect(doc.getMap(name).size).toBe(0)
  })

  it('puts back a projected value a helper changed, a key they added, or a nested structure they wrote', () => {
    const circle = makeCircle()
    const doc = new Y.Doc()
    const values = projectHelper(inputOf(circle), circle.helpers.a, TODAY)!
    writeProjection(doc, values)
    const [first] = Object.keys(values.tasks)
    doc.getMap('tasks').set(first, { ...values.tasks[first], status: 'done' })
    doc.getMap('tasks').set('made-up', { title: 'x' })
    doc.getMap('brief').set('publicSummary', new Y.Map())
    expect(writeProjection(doc, values)).toBe(true)
    expect(doc.getMap('tasks').toJSON()).toEqual(values.tasks)
    expect(doc.getMap('brief').toJSON()).toEqual(values.brief)
  })

  it('two coordinator devices projecting the same map at once write the same values, and converge with nothing left to write', () => {
    const circle = makeCircle()
    const one = new Y.Doc()
    const two = replicaOf(one)
    writeProjection(one, projectHelper(inputOf(circle), circle.helpers.b, TODAY)!)
    writeProjection(two, projectHelper(inputOf(circle), circle.helpers.b, TODAY)!)
    Y.applyUpdate(one, Y.encodeStateAsUpdate(two))
    Y.applyUpdate(two, Y.encodeStateAsUpdate(one))
    expect(one.getMap('tasks').toJSON()).toEqual(two.getMap('tasks').toJSON())
    expect(updatesDuring(one, () => writeProjection(one, projectHelper(inputOf(circle), circle.helpers.b, TODAY)!))).toBe(0)
    expect(updatesDuring(two, () => writeProjection(two, projectHelper(inputOf(circle), circle.helpers.b, TODAY)!))).toBe(0)
  })
})
