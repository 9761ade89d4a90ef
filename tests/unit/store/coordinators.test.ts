import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createMapStore, readMapSnapshot } from '../../../src/store'
import { foldHelpers } from '../../../src/store/fold/helper'
import { projectHelper } from '../../../src/store/projection/helper'
import { readProjectionInput } from '../../../src/store/projection/input'
import { writeProjection } from '../../../src/store/projection/write'
import { expectConverged } from '../../helpers/connector'
import { later } from '../../helpers/mapStore'
import { makeCircle, must, occurrence, SATURDAY, TODAY, type TestCircle } from './projection/circle'
import { replicaOf } from './projection/devices'

/**
 * Two coordinator devices (issue 15): each projects and folds. Whichever folds first — or both
 * at once, before they hear of each other — the map ends the same: the same statuses, the same
 * taker of an open call, one activity entry per thing that happened, and each helper's document
 * as projection of the merged map says.
 */
const sync = (a: Y.Doc, b: Y.Doc) => {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)))
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)))
}

type Order = 'first-then-second' | 'second-then-first' | 'both-at-once'

interface Setting { circle: TestCircle; helperDocs: Map<string, Y.Doc>; callId: string; walkDay: string; saturday: string }

/** One circle with an open call; the helpers' documents: A reports a walk done, B and D claim the call. */
function setUp(): Setting {
  const circle = makeCircle(7)
  const saturday = occurrence(circle.needs.walk, SATURDAY, '08:00')
  const callId = circle.store.run('open-call/post', { occurrenceId: saturday }, later(30))
  if (!callId.ok || !callId.id) throw new Error('no call')
  const input = readProjectionInput(circle.store.doc)
  const helperDocs = new Map([circle.helpers.a, circle.helpers.b, circle.helpers.d].map((id) => {
    const doc = new Y.Doc()
    writeProjection(doc, projectHelper(input, id, TODAY)!)
    return [id, doc]
  }))
  const walkDay = occurrence(circle.needs.walk, TODAY, '08:00')
  helperDocs.get(circle.helpers.a)!.getMap('reports').set(walkDay, { kind: 'done', note: 'all good', at: later(60) })
  helperDocs.get(circle.helpers.b)!.getMap('claims').set(callId.id, { at: later(61) })
  helperDocs.get(circle.helpers.d)!.getMap('claims').set(callId.id, { at: later(62) })
  return { circle, helperDocs, callId: callId.id, walkDay, saturday }
}

function foldOn(map: Y.Doc, helperDocs: Map<string, Y.Doc>, now: number): void {
  // Each device holds its own replica of each helper's document, as it synced it.
  foldHelpers(map, [...helperDocs].map(([helperId, doc]) => ({ helperId, doc: replicaOf(doc) })), now)
}

/** Two coordinator devices with the same map fold in `order`, then both once more after syncing. */
function run(order: Order, { circle, helperDocs, callId, walkDay, saturday }: Setting) {
  const [first, second] = [replicaOf(circle.store.doc), replicaOf(circle.store.doc)]
  // The second device's clock runs an hour ahead: clocks must not decide anything.
  if (order === 'first-then-second') {
    foldOn(first, helperDocs, later(100))
    sync(first, second)
    foldOn(second, helperDocs, later(160))
  } else if (order === 'second-then-first') {
    foldOn(second, helperDocs, later(160))
    sync(first, second)
    foldOn(first, helperDocs, later(100))
  } else {
    foldOn(first, helperDocs, later(100))
    foldOn(second, helperDocs, later(160))
  }
  sync(first, second)
  // Both fold again after hearing of each other: nothing changes any more.
  const before = Y.encodeStateVector(first)
  foldOn(first, helperDocs, later(200))
  foldOn(second, helperDocs, later(260))
  sync(first, second)
  expectConverged([first, second])
  const input = readProjectionInput(first)
  const snapshot = readMapSnapshot(first, 0)
  const strip = <T extends { at: number }>({ at: _at, ...rest }: T) => rest
  return {
    changedAfterSettling: !equalVectors(before, Y.encodeStateVector(first)),
    walk: strip(input.statuses[walkDay]),
    saturday: strip(input.statuses[saturday]),
    call: input.openCalls.find((c) => c.id === callId)!.state,
    takenBy: input.openCalls.find((c) => c.id === callId)!.takenBy,
    activity: snapshot.activity.map((a) => `${a.kind}: ${a.summary}`).filter((line) => line.startsWith('status/') || line.startsWith('open-call/taken')).sort(),
    reports: input.inbox.helperReports.map((r) => r.id),
    projected: projectHelper(input, circle.helpers.d, TODAY),
  }
}

function equalVectors(a: Uint8Array, b: Uint8Array): boolean {
  const x = Y.decodeStateVector(a)
  const y = Y.decodeStateVector(b)
  return x.size === y.size && [...x].every(([client, clock]) => y.get(client) === clock)
}

describe('two coordinator devices', () => {
  it('fold the same reports and claims to the same map whichever folds first, or both at once, and log each once', () => {
    const setting = setUp()
    const results = (['first-then-second', 'second-then-first', 'both-at-once'] as const).map((order) => run(order, setting))
    for (const result of results) {
      expect(result.changedAfterSettling).toBe(false)
      expect(result.walk).toMatchObject({ status: 'done', note: 'all good' })
      expect(result.call).toBe('taken')
      expect(result.activity).toHaveLength(2)
    }
    // Sequential folds: the claims reached both devices together, so the earlier claim wins on either.
    expect(results[0]).toEqual(results[1])
    // At once: each device decided; the map keeps one decision whole, with its status and log entry.
    const atOnce = results[2]
    expect(atOnce.saturday).toMatchObject({ status: 'covered', coveredBy: atOnce.takenBy })
    expect(atOnce.activity.filter((line) => line.startsWith('open-call/taken'))).toHaveLength(1)
  })

  it('sign what each device did in the activity log, hand the lead over with the briefs, and keep the lead’s device', () => {
    const circle = makeCircle(3)
    const jordan = 'deviceJordan0001'
    const alex = 'deviceAlex000002'
    must(circle.store.run('coordinator/add-device', { deviceId: jordan, name: 'Jordan' }, later(20)))
    const second = createMapStore(replicaOf(circle.store.doc))
    must(second.run('coordinator/add-device', { deviceId: alex, name: 'Alex' }, later(21)))
    circle.store.setAuthor(jordan)
    second.setAuthor(alex)
    // Both edit at once: different fields of one need merge; each entry names its device.
    must(circle.store.run('occurrence/set-status', { occurrenceId: occurrence(circle.needs.walk, TODAY, '08:00'), status: 'done' }, later(22)))
    must(second.run('occurrence/set-status', { occurrenceId: occurrence(circle.needs.call, TODAY, '10:00'), status: 'missed' }, later(22)))
    sync(circle.store.doc, second.doc)
    const snapshot = second.getSnapshot()
    expect(snapshot.coordinatorDevices.map((d) => d.name)).toEqual(['Jordan', 'Alex'])
    expect(snapshot.circle!.leadDeviceId).toBe(jordan)
    const byWhom = Object.fromEntries(snapshot.activity.filter((a) => a.kind === 'status/set').map((a) => [a.by, a.summary]))
    expect(byWhom[jordan]).toMatch(/Walk the dog/)
    expect(byWhom[alex]).toMatch(/Morning call/)

    // The lead can't be removed; handing over moves the contact every brief names.
    expect(second.run('coordinator/remove-device', { deviceId: jordan }, later(23)).ok).toBe(false)
    const before = projectHelper(readProjectionInput(second.doc), circle.helpers.a, TODAY)!
    must(second.run('coordinator/hand-over', { deviceId: alex, contact: '+1 555 0199' }, later(24)))
    must(second.run('coordinator/remove-device', { deviceId: jordan }, later(25)))
    const after = projectHelper(readProjectionInput(second.doc), circle.helpers.a, TODAY)!
    expect(JSON.stringify(after.brief)).toContain('+1 555 0199')
    expect(JSON.stringify(after.brief)).toContain('Alex')
    // Nothing else in the helper's document moved.
    expect(after.tasks).toEqual(before.tasks)
    expect(after.openCalls).toEqual(before.openCalls)
    const devices = second.getSnapshot().coordinatorDevices
    expect(devices.find((d) => d.id === jordan)!.removedAt).toBe(later(25))
    const signed = second.getSnapshot().activity.filter((a) => a.kind === 'coordinator/lead' || a.kind === 'coordinator/removed')
    expect(signed.map((a) => [a.kind, a.by])).toEqual([['coordinator/removed', alex], ['coordinator/lead', alex]])
  })
})
