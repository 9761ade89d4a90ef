import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { encodeBase64url } from '../../../src/sync/bytes'
import { encodeKnowledge, knowledgeOf } from '../../../src/sync/carry'
import { revocationConfirmed, syncViewOf } from '../../../src/sync/presence'
import { writeProjection } from '../../../src/store/projection/write'
import { revokedHelperValues } from '../../../src/store/projection/helper'
import type { SyncState } from '../../../src/local/db'

/** The sync line as the coordinator reads it: from the record of what the other phone published. */
const seen = (doc: Y.Doc, at: number): SyncState => ({ docId: 'd', lastSeenAt: at, remoteSnapshot: encodeBase64url(encodeKnowledge(knowledgeOf(doc))) })

describe('the sync line', () => {
  it('clears once the other phone has every overwrite, and says what is still on its way', () => {
    const coordinator = new Y.Doc()
    const phone = new Y.Doc()
    const deliver = () => Y.applyUpdate(phone, Y.encodeStateAsUpdate(coordinator, Y.encodeStateVector(phone)))
    const tasks = coordinator.getMap('tasks')
    for (let round = 0; round < 5; round++) {
      tasks.set('walk', { status: `s${round}` })
      tasks.set(`t${round}`, { status: 'planned' })
    }
    expect(syncViewOf(coordinator, undefined)).toMatchObject({ lastSeenAt: null, waiting: true })
    expect(syncViewOf(coordinator, seen(phone, 5)).unseen.length).toBe(6)
    deliver()
    expect(syncViewOf(coordinator, seen(phone, 10))).toEqual({ lastSeenAt: 10, waiting: false, unseen: [] })
    tasks.set('walk', { status: 'done' })
    tasks.delete('t0')
    expect(syncViewOf(coordinator, seen(phone, 10)).unseen.map((u) => `${u.key}:${u.change}`).sort()).toEqual(['t0:removed', 'walk:changed'])
    deliver()
    expect(syncViewOf(coordinator, seen(phone, 20)).waiting).toBe(false)
  })

  it('reads an older record that has only a state vector, counting deletions as waiting', () => {
    const coordinator = new Y.Doc()
    coordinator.getMap('tasks').set('walk', { status: 'planned' })
    coordinator.getMap('tasks').set('walk', { status: 'done' })
    const sv = btoa(String.fromCharCode(...Y.encodeStateVector(coordinator)))
    expect(syncViewOf(coordinator, { docId: 'd', lastSeenAt: 1, remoteStateVector: sv }).waiting).toBe(true)
    expect(syncViewOf(coordinator, { docId: 'd', lastSeenAt: 1, remoteSnapshot: 'not*base64' }).waiting).toBe(true)
  })

  it('counts a revocation as delivered only once the emptied document reached the phone, after the revocation', () => {
    const coordinator = new Y.Doc()
    const phone = new Y.Doc()
    const deliver = () => Y.applyUpdate(phone, Y.encodeStateAsUpdate(coordinator, Y.encodeStateVector(phone)))
    coordinator.getMap('tasks').set('walk', { status: 'planned' })
    coordinator.getMap('tasks').set('walk', { status: 'done' })
    coordinator.getMap('brief').set('publicSummary', 'Rowan is recovering')
    deliver()
    const revokedAt = 100
    writeProjection(coordinator, revokedHelperValues())
    expect(revocationConfirmed(coordinator, seen(phone, 150), revokedAt)).toBe(false)
    deliver()
    expect(phone.getMap('tasks').size).toBe(0)
    expect(revocationConfirmed(coordinator, seen(phone, 50), revokedAt)).toBe(false)
    expect(revocationConfirmed(coordinator, seen(phone, 150), revokedAt)).toBe(true)
  })
})
