import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { knowledgeOf, unseenChanges } from '../../../src/sync/carry'
import { summarizeWaiting } from '../../../src/sync/waiting'
import { projectHelper, revokedHelperValues } from '../../../src/store/projection/helper'
import { projectRecipient, revokedRecipientValues } from '../../../src/store/projection/recipient'
import { writeProjection } from '../../../src/store/projection/write'
import { later } from '../../helpers/mapStore'
import { SATURDAY, TODAY, inputOf, makeCircle, must, occurrence, type TestCircle } from '../store/projection/circle'

/** A helper's document on the coordinator's device, and what their phone was last sent. */
function projected(circle: TestCircle, helperId: string) {
  const doc = new Y.Doc()
  const project = () => writeProjection(doc, projectHelper(inputOf(circle), helperId, TODAY)!)
  project()
  const phone = knowledgeOf(doc)
  return { project, waiting: () => summarizeWaiting('helper', 'coordinator', unseenChanges(doc, phone)) }
}

describe('what is waiting for a helper’s phone, as projection writes it', () => {
  it('a status set or cleared is one changed task', () => {
    const circle = makeCircle()
    const a = projected(circle, circle.helpers.a)
    const saturday = occurrence(circle.needs.walk, SATURDAY, '08:00')
    must(circle.store.run('occurrence/set-status', { occurrenceId: saturday, status: 'cancelled' }, later(20)))
    a.project()
    expect(a.waiting()).toEqual([{ kind: 'task-changed', count: 1 }])
    circle.store.run('occurrence/clear-status', { occurrenceId: saturday }, later(21))
    a.project()
    expect(a.waiting()).toEqual([])
  })

  it('a task and its status changing together count once, for the primary and for the backup who covers', () => {
    const circle = makeCircle()
    const a = projected(circle, circle.helpers.a)
    const b = projected(circle, circle.helpers.b)
    const saturday = occurrence(circle.needs.walk, SATURDAY, '08:00')
    must(circle.store.run('occurrence/set-status', { occurrenceId: saturday, status: 'needs-cover', note: 'flu' }, later(20)))
    must(circle.store.run('occurrence/activate-backup', { occurrenceId: saturday, helperId: circle.helpers.b }, later(21)))
    a.project()
    b.project()
    // A's task lost its details and is covered; B's became theirs to do, with its details.
    expect(a.waiting()).toEqual([{ kind: 'task-changed', count: 1 }])
    expect(b.waiting().filter((w) => w.kind.startsWith('task-'))).toEqual([{ kind: 'task-changed', count: 1 }])
  })
})

describe('a withdrawal waiting for the phone', () => {
  it('is one “revoked” for a removed helper’s phone and for the recipient’s', () => {
    const circle = makeCircle()
    const cases = [
      { audience: 'helper' as const, values: projectHelper(inputOf(circle), circle.helpers.a, TODAY)!, revoked: revokedHelperValues() },
      { audience: 'recipient' as const, values: projectRecipient(inputOf(circle), TODAY)!, revoked: revokedRecipientValues() },
    ]
    for (const { audience, values, revoked } of cases) {
      const doc = new Y.Doc()
      writeProjection(doc, values)
      const phone = knowledgeOf(doc)
      expect(summarizeWaiting(audience, 'coordinator', unseenChanges(doc, phone)), audience).toEqual([])
      writeProjection(doc, revoked)
      expect(summarizeWaiting(audience, 'coordinator', unseenChanges(doc, phone)).map((w) => w.kind), audience).toContain('revoked')
      expect(summarizeWaiting(audience, 'coordinator', unseenChanges(doc, knowledgeOf(doc))), audience).toEqual([])
    }
  })
})
