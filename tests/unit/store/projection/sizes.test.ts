import { deflateRawSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { MAX_FOLDED_DOC_BYTES } from '../../../../src/store/fold/guard'
import { projectHelper } from '../../../../src/store/projection/helper'
import { writeProjection } from '../../../../src/store/projection/write'
import { seededRandom } from '../../../helpers/connector'
import { later } from '../../../helpers/mapStore'
import { TODAY, inputOf, makeCircle, must, occurrence } from './circle'

/**
 * A helper's document must stay far below a y-webrtc message (256 KiB, NOTES.md) and small
 * enough to carry as a link or a few QR codes. Sizes are asserted as budgets; set
 * KITH_PRINT_SIZES=1 to print the figures.
 */
const STATUSES = ['done', 'missed', 'needs-cover', 'cancelled'] as const

function sizes(doc: Y.Doc) {
  const update = Y.encodeStateAsUpdate(doc)
  return { bytes: update.byteLength, deflated: deflateRawSync(update).byteLength }
}

describe('helper document size', () => {
  it('holds 20 tasks in a few kilobytes, and stays small after 1,000 status edits', () => {
    const circle = makeCircle(11)
    must(circle.store.run('circle/extend', { endDate: '2026-12-14' }, later(20)))
    must(circle.store.run('assignment/set', {
      needId: circle.needs.walk, slotKey: '08:00', from: '2026-12-09', until: '2026-12-14', role: 'primary', override: null,
      parts: [{ weekdays: [1, 2, 3, 4, 5, 6, 7], helperId: circle.helpers.a }],
    }, later(21)))
    const doc = new Y.Doc()
    writeProjection(doc, projectHelper(inputOf(circle), circle.helpers.a, TODAY)!)
    const tasks = [...doc.getMap('tasks').keys()]
    expect(tasks).toHaveLength(20)
    const full = sizes(doc)

    const random = seededRandom(5)
    const deltas: number[] = []
    for (let i = 0; i < 1000; i++) {
      const occurrenceId = occurrence(circle.needs.walk, tasks[Math.floor(random() * tasks.length)].split(':')[1], '08:00')
      const kind = Math.floor(random() * (STATUSES.length + 1))
      if (kind === STATUSES.length) circle.store.run('occurrence/clear-status', { occurrenceId }, later(30 + i))
      else must(circle.store.run('occurrence/set-status', { occurrenceId, status: STATUSES[kind] }, later(30 + i)))
      const before = Y.encodeStateVector(doc)
      writeProjection(doc, projectHelper(inputOf(circle), circle.helpers.a, TODAY)!)
      deltas.push(Y.encodeStateAsUpdate(doc, before).byteLength)
    }
    const edited = sizes(doc)
    const meanDelta = Math.round(deltas.reduce((a, b) => a + b, 0) / deltas.length)
    if (process.env.KITH_PRINT_SIZES) console.log(JSON.stringify({ full, edited, meanDelta, maxDelta: Math.max(...deltas) }))
    expect(full.bytes).toBeLessThan(8 * 1024)
    expect(edited.bytes).toBeLessThan(64 * 1024)
    expect(edited.bytes).toBeLessThan(MAX_FOLDED_DOC_BYTES / 4)
    expect(meanDelta).toBeLessThan(400)
  }, 180_000)
})
