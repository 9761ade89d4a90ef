import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { FLOOD_WINDOW_MS, FLOOD_WRITES, FloodMeter, MAX_WRITES_PER_ENTRY, peerWrites, writesOfEntry } from '../../../../src/store/fold/flood'
import { HELPER_PROJECTED } from '../../../../src/store/helperDoc/layout'
import { createHelperStore } from '../../../../src/store/roles/helperStore'
import { later } from '../../../helpers/mapStore'
import { helperDocOf, makeCircle } from '../projection/circle'

const PROJECTED = new Set<string>(HELPER_PROJECTED)
const remote = { kind: 'test-peer' }

/** The coordinator's copy of a helper's document, and the helper's phone, synced by hand. */
let shared: ReturnType<typeof makeCircle> | null = null
function twoCopies() {
  // One circle for every case (making one takes a while); each case gets fresh copies of A's document.
  shared ??= makeCircle()
  const circle = shared
  const { a } = circle.helpers
  const coordinator = helperDocOf(circle, a)
  const phone = new Y.Doc()
  Y.applyUpdate(phone, Y.encodeStateAsUpdate(coordinator))
  const written: number[] = []
  coordinator.on('afterTransaction', (transaction: Y.Transaction) => {
    if (transaction.origin === remote) written.push(peerWrites(coordinator, transaction, PROJECTED))
  })
  /** What the phone holds that the coordinator's copy does not, applied as one arrival. */
  const deliver = () => Y.applyUpdate(coordinator, Y.encodeStateAsUpdate(phone, Y.encodeStateVector(coordinator)), remote)
  return { circle, a, coordinator, phone, written, deliver, tasks: createHelperStore(phone).getSnapshot().tasks }
}

describe('counting what a person’s phone writes', () => {
  it('counts each value written in the person’s sections, whether it arrives one by one or in one catch-up', () => {
    const live = twoCopies()
    const task = live.tasks[0].id
    for (let i = 0; i < 40; i++) {
      live.phone.getMap('reports').set(task, { kind: i % 2 ? 'done' : 'cant-make-it', note: '', at: later(i) })
      live.deliver()
    }
    expect(live.written.reduce((a, b) => a + b, 0)).toBe(40)

    const offline = twoCopies()
    for (let i = 0; i < 40; i++) offline.phone.getMap('reports').set(task, { kind: 'done', note: String(i), at: later(i) })
    offline.deliver()
    expect(offline.written).toEqual([40])
  })

  it('leaves out projected sections (another coordinator device writes there) and this device’s own writes', () => {
    const { coordinator, phone, written, deliver, tasks } = twoCopies()
    phone.getMap('tasks').set(tasks[0].id, { title: 'changed on the phone' })
    phone.getMap('junk').set('x', 1)
    phone.getText('notes').insert(0, 'abc')
    deliver()
    coordinator.getMap('reports').set(tasks[0].id, { kind: 'done', note: '', at: later(1) })
    expect(written).toEqual([4])
  })

  it('says how often one entry was written, however the writes were merged', () => {
    const { phone, tasks } = twoCopies()
    const key = tasks[0].id
    expect(writesOfEntry(phone, 'reports', key)).toBe(0)
    for (let i = 0; i < 25; i++) phone.getMap('reports').set(key, { kind: 'done', note: '', at: later(i) })
    expect(writesOfEntry(phone, 'reports', key)).toBe(25)
    const copy = new Y.Doc()
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(phone))
    expect(writesOfEntry(copy, 'reports', key)).toBe(25)
  })
})

describe('a flood: more than FLOOD_WRITES values within FLOOD_WINDOW_MS', () => {
  it('is seen one write past the threshold, and not at it', () => {
    const meter = new FloodMeter()
    expect(meter.add(later(0), FLOOD_WRITES - 1)).toBe(false)
    expect(meter.add(later(1), 1)).toBe(false)
    expect(meter.add(later(2), 1)).toBe(true)
  })

  it('is not the same writes spread over more than the window', () => {
    const meter = new FloodMeter()
    expect(meter.add(0, FLOOD_WRITES)).toBe(false)
    expect(meter.add(FLOOD_WINDOW_MS, FLOOD_WRITES)).toBe(false)
    expect(meter.add(FLOOD_WINDOW_MS + 1, 1)).toBe(true)
  })

  it('is never what a helper does through the app, however it reaches the coordinator', () => {
    fc.assert(fc.property(
      fc.array(fc.record({ task: fc.nat(), kind: fc.constantFrom('done', 'cant-make-it', 'swap-request'), note: fc.string({ maxLength: 80 }) }), { maxLength: 60 }),
      fc.integer({ min: 0, max: 3 }),
      fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 1, maxLength: 5 }),
      (reports, offers, deliveries) => {
        const { phone, written, deliver } = twoCopies()
        const store = createHelperStore(phone)
        const tasks = store.getSnapshot().tasks
        store.join(later(0))
        const steps: Array<() => void> = [
          ...reports.map(({ task, kind, note }, i) => () => void store.report(tasks[task % tasks.length].id, kind, note, later(i + 1))),
          ...Array.from({ length: offers }, (_, i) => () => void expect(store.saveOffer({ kinds: ['dog-walk'], windows: [], from: null, until: null, mode: 'any', weeklyLimit: 2 + i }, later(100 + i)).ok).toBe(true)),
        ]
        // Delivered in the chunks drawn: live one by one, or after days offline all at once.
        let step = 0
        for (const size of deliveries) {
          for (const write of steps.slice(step, step + size)) write()
          step += size
          deliver()
        }
        steps.slice(step).forEach((write) => write())
        deliver()
        const meter = new FloodMeter()
        expect(written.some((writes, i) => meter.add(later(i), writes))).toBe(false)
      },
    ), { numRuns: 60 })
  }, 60_000)

  it('is every stream of status flips past the threshold, live or all at once', () => {
    fc.assert(fc.property(
      fc.integer({ min: FLOOD_WRITES + 1, max: 4 * FLOOD_WRITES }),
      fc.integer({ min: 1, max: 5 }),
      fc.boolean(),
      (flips, keys, live) => {
        const { phone, written, deliver, tasks } = twoCopies()
        for (let i = 0; i < flips; i++) {
          phone.getMap('reports').set(tasks[i % keys].id, { kind: i % 2 ? 'done' : 'cant-make-it', note: '', at: later(i) })
          if (live && i % 7 === 0) deliver()
        }
        deliver()
        const meter = new FloodMeter()
        expect(written.some((writes) => meter.add(later(1), writes))).toBe(true)
        expect(written.reduce((a, b) => a + b, 0)).toBe(flips)
        // Every flipped task was written far more often than anyone changes their word on it.
        expect(writesOfEntry(phone, 'reports', tasks[0].id)).toBeGreaterThan(MAX_WRITES_PER_ENTRY)
      },
    ), { numRuns: 25 })
  }, 60_000)
})
