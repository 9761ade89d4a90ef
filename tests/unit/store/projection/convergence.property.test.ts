import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addDays } from '../../../../src/domain/dates'
import { readMapSnapshot } from '../../../../src/store'
import { readProjectionInput } from '../../../../src/store/projection/input'
import { Connector, expectConverged } from '../../../helpers/connector'
import { later } from '../../../helpers/mapStore'
import { makeCircle, occurrence } from './circle'
import { CoordinatorDevice } from './devices'

/**
 * Convergence of projection and fold under any interleaving: two coordinator devices (a
 * rotating pair) edit the map and run fold + projection; helpers on three devices report,
 * claim and change their offer; the recipient writes; every message travels through a seeded
 * connector in a random order, some twice, some lost to a disconnection and caught up later.
 * At the end every replica of every document is the same, and no report a helper saw
 * acknowledged is lost.
 *
 * To know what statuses must say, the coordinator's own status edits and open calls touch only
 * the walk's late days (from EARLY_DAYS on); on the early days the primary's last report must
 * end as the status, unless the backup reported on that day too.
 */
const DAYS = 14
const EARLY_DAYS = 8
const START = '2026-11-25'
const REPORT_KINDS = ['done', 'cant-make-it', 'swap-request'] as const

const step = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('deliver' as const), count: fc.integer({ min: 1, max: 12 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('cycle' as const), device: fc.nat(1) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('command' as const), device: fc.nat(1), command: fc.nat(6), day: fc.integer({ min: EARLY_DAYS, max: DAYS - 1 }), pick: fc.nat(3) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('report' as const), device: fc.constantFrom('a1', 'a2', 'b1'), pick: fc.nat(40), report: fc.nat(2), note: fc.constantFrom('', 'sorry', 'flu') }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('claim' as const), device: fc.constantFrom('b1', 'd1'), pick: fc.nat(5) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('offer' as const), device: fc.constantFrom('a1', 'a2', 'd1'), limit: fc.integer({ min: 1, max: 7 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('recipient' as const), what: fc.nat(2), pick: fc.nat(3) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('network' as const), peer: fc.constantFrom('c1', 'c2', 'a1', 'a2', 'b1', 'd1', 'r1'), up: fc.boolean() }) },
)
type Step = typeof step extends fc.Arbitrary<infer S> ? S : never

function scenario(seed: number, steps: readonly Step[]) {
  const circle = makeCircle(seed)
  const { helpers, needs } = circle
  // One call open from the start, so that claims race from the first step.
  circle.store.run('open-call/post', { occurrenceId: occurrence(needs.walk, addDays(START, DAYS - 2), '08:00') }, later(90))
  const net = new Connector(seed)
  const ids = [helpers.a, helpers.b, helpers.d]
  const c1 = new CoordinatorDevice(circle.store.doc, ids)
  const c2Map = new Y.Doc()
  net.join('map', 'c1', c1.map)
  net.join('map', 'c2', c2Map)
  const c2 = new CoordinatorDevice(c2Map, ids)
  const devices: Record<string, { helperId: string; doc: Y.Doc }> = {
    a1: { helperId: helpers.a, doc: new Y.Doc() }, a2: { helperId: helpers.a, doc: new Y.Doc() },
    b1: { helperId: helpers.b, doc: new Y.Doc() }, d1: { helperId: helpers.d, doc: new Y.Doc() },
  }
  const recipient = new Y.Doc()
  for (const id of ids) {
    net.join(`h:${id}`, 'c1', c1.helperDocs.get(id)!)
    net.join(`h:${id}`, 'c2', c2.helperDocs.get(id)!)
  }
  for (const [peer, device] of Object.entries(devices)) net.join(`h:${device.helperId}`, peer, device.doc)
  net.join('recipient', 'c1', c1.recipientDoc)
  net.join('recipient', 'c2', c2.recipientDoc)
  net.join('recipient', 'r1', recipient)
  c1.project()
  net.syncAll()

  let clock = later(100)
  const tick = () => (clock += 60_000)
  const coordinators = [c1, c2]
  const acknowledged = new Map<string, { at: number; kind: string; note: string }>()
  const noteAcks = () => {
    for (const { helperId, doc } of Object.values(devices)) {
      doc.getMap<number>('acks').forEach((at, key) => {
        if (!key.startsWith('reports/')) return
        const occurrenceId = key.slice('reports/'.length)
        const report = doc.getMap<{ kind: string; note: string; at: number }>('reports').get(occurrenceId)
        if (report?.at === at) acknowledged.set(`${helperId}/${occurrenceId}`, report)
      })
    }
  }

  for (const s of steps) {
    if (s.kind === 'deliver') for (let i = 0; i < s.count; i++) net.flushRandom()
    if (s.kind === 'cycle') coordinators[s.device].cycle(tick())
    if (s.kind === 'command') runCommand(coordinators[s.device], s, tick(), needs.walk, helpers)
    if (s.kind === 'report') {
      const { doc } = devices[s.device]
      const tasks = [...doc.getMap('tasks').keys()].sort()
      if (tasks.length > 0) doc.getMap('reports').set(tasks[s.pick % tasks.length], { kind: REPORT_KINDS[s.report], note: s.note, at: tick() })
    }
    if (s.kind === 'claim') {
      const { doc } = devices[s.device]
      const calls = [...doc.getMap('openCalls').keys()].sort()
      if (calls.length > 0 && !doc.getMap('claims').has(calls[s.pick % calls.length])) doc.getMap('claims').set(calls[s.pick % calls.length], { at: tick() })
    }
    if (s.kind === 'offer') {
      const offer = devices[s.device].doc.getMap('offer')
      const fields = { kinds: ['dog-walk'], windows: [{ weekday: 6, start: '07:00', end: '12:00' }], from: null, until: null, mode: 'any', weeklyLimit: s.limit, at: tick() }
      for (const [key, value] of Object.entries(fields)) offer.set(key, value)
    }
    if (s.kind === 'recipient') recipientWrites(recipient, s, tick())
    if (s.kind === 'network') {
      if (s.up) net.reconnect(s.peer)
      else net.disconnect(s.peer)
    }
    noteAcks()
  }

  // Everyone comes online; the coordinators fold and project until nothing changes any more.
  let rounds = 0
  for (;;) {
    net.syncAll()
    let updates = 0
    const count = () => updates++
    const allDocs = [c1.map, c2.map, ...coordinators.flatMap((c) => [...c.helperDocs.values(), c.recipientDoc])]
    allDocs.forEach((doc) => doc.on('update', count))
    c1.cycle(tick())
    c2.cycle(tick())
    allDocs.forEach((doc) => doc.off('update', count))
    net.syncAll()
    noteAcks()
    if (updates === 0) break
    if (++rounds > 6) throw new Error('fold and projection did not settle')
  }
  return { circle, c1, c2, devices, recipient, acknowledged }
}

function runCommand(device: CoordinatorDevice, s: Extract<Step, { kind: 'command' }>, now: number, walk: string, helpers: Record<string, string>): void {
  const occurrenceId = occurrence(walk, addDays(START, s.day), '08:00')
  const run = device.store.run.bind(device.store)
  const snapshot = device.store.getSnapshot()
  const backup = [helpers.b, helpers.d][s.pick % 2]
  switch (s.command) {
    case 0: run('occurrence/set-status', { occurrenceId, status: (['done', 'missed', 'needs-cover', 'cancelled'] as const)[s.pick] }, now); break
    case 1: run('occurrence/clear-status', { occurrenceId }, now); break
    case 2: run('occurrence/activate-backup', { occurrenceId, helperId: backup }, now); break
    case 3: run('open-call/post', { occurrenceId }, now); break
    case 4: {
      const open = snapshot.openCalls.find((c) => c.state === 'open')
      if (open) run('open-call/withdraw', { id: open.id }, now)
      break
    }
    case 5: run('offer/save', { helperId: helpers.a, kinds: ['dog-walk'], windows: [{ weekday: 6, start: '07:00', end: '12:00' }], from: null, until: null, mode: 'any', weeklyLimit: 2 + s.pick }, now); break
    default: run('check-in/record', { weekOf: '2026-11-23', worked: `week ${s.pick}`, missing: '', stop: '', adjusted: '', adjustmentIds: [] }, now)
  }
}

function recipientWrites(doc: Y.Doc, s: Extract<Step, { kind: 'recipient' }>, at: number): void {
  if (s.what === 0) doc.getMap('pleaseStop').set(`pleasestop${s.pick}000`, { note: `quiet ${at}`, at })
  if (s.what === 1) doc.getMap('suggestions').set(`suggestion${s.pick}000`, { kind: 'new-need', title: `idea ${at}`, note: '', at })
  const checkIns = [...doc.getMap('checkIns').keys()].sort()
  if (s.what === 2 && checkIns.length > 0) doc.getMap('answers').set(checkIns[s.pick % checkIns.length], { worked: `w${at}`, missing: '', notHelpful: '', at })
}

describe('convergence of projection and fold', () => {
  it('every replica converges and no acknowledged report is lost, under any interleaving, order, duplication and disconnection', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.array(step, { minLength: 10, maxLength: 60 }), (seed, steps) => {
        const { circle, c1, c2, devices, recipient, acknowledged } = scenario(seed, steps)
        const { helpers, needs } = circle
        expectConverged([c1.map, c2.map])
        for (const id of [helpers.a, helpers.b, helpers.d]) {
          expectConverged([c1.helperDocs.get(id)!, c2.helperDocs.get(id)!, ...Object.values(devices).filter((d) => d.helperId === id).map((d) => d.doc)])
        }
        expectConverged([c1.recipientDoc, c2.recipientDoc, recipient])
        expect(readMapSnapshot(c1.map, 0).problems).toEqual([])

        const input = readProjectionInput(c1.map)
        const records = new Map(input.inbox.helperReports.map((r) => [r.id, r]))
        for (const [key, acked] of acknowledged) {
          const record = records.get(key)
          expect(record, `acknowledged report ${key} is in the map`).toBeDefined()
          expect(record!.at).toBeGreaterThanOrEqual(acked.at)
        }
        // Every report in a helper's document is the one the map holds, and on the early days the primary's last word is the status.
        for (const { helperId, doc } of Object.values(devices)) {
          doc.getMap<{ kind: string; note: string; at: number }>('reports').forEach((report, occurrenceId) => {
            expect(records.get(`${helperId}/${occurrenceId}`)).toMatchObject(report)
            const day = occurrenceId.split(':')[1]
            if (helperId !== helpers.a || !occurrenceId.startsWith(needs.walk) || day >= addDays(START, EARLY_DAYS)) return
            // The backup may step in on a task that needs cover: then the primary's word is not the last.
            if (devices.b1.doc.getMap('reports').has(occurrenceId)) return
            expect(input.statuses[occurrenceId]).toMatchObject(report.kind === 'done' ? { status: 'done', note: report.note } : { status: 'needs-cover', note: report.note })
          })
        }
        for (const call of input.openCalls.filter((c) => c.state === 'taken')) {
          const claimers = Object.values(devices).filter((d) => d.doc.getMap('claims').has(call.id)).map((d) => d.helperId)
          expect(claimers).toContain(call.takenBy)
        }
        const sent = (name: string) => [...recipient.getMap(name).keys()].sort()
        expect(input.inbox.pleaseStop.map((p) => p.id).sort()).toEqual(sent('pleaseStop'))
        expect(input.inbox.suggestions.map((p) => p.id).sort()).toEqual(sent('suggestions'))
        expect(Object.keys(input.inbox.checkInAnswers).sort()).toEqual(sent('answers'))
      }),
      { numRuns: 40 },
    )
  }, 180_000)
})
