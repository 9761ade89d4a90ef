import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { foldHelper } from '../../../../src/store/fold/helper'
import { clearSection, recordRejections, unknownSections } from '../../../../src/store/fold/tampering'
import { projectionOrigin } from '../../../../src/store/origins'
import { projectHelper } from '../../../../src/store/projection/helper'
import { writeProjection } from '../../../../src/store/projection/write'
import { later } from '../../../helpers/mapStore'
import { TODAY, helperDocOf, inputOf, makeCircle, must, occurrence, type TestCircle } from './circle'

/** A circle whose helper A deleted today's walk on their phone, folded once. */
function walkDeletedOnThePhone() {
  const circle = makeCircle()
  const { a } = circle.helpers
  const walk = occurrence(circle.needs.walk, '2026-11-25', '08:00')
  const doc = helperDocOf(circle, a)
  doc.getMap('tasks').delete(walk)
  round(circle, doc, a, later(1))
  return { circle, a, walk, doc }
}

/** One round of the coordinator's device: fold, keep what was rejected, clear unknown sections, project. */
function round(circle: TestCircle, doc: Y.Doc, helperId: string, at: number) {
  const { reports } = foldHelper(circle.store.doc, doc, helperId, at)
  recordRejections(circle.store.doc, reports, at)
  for (const section of unknownSections(reports[0])) clearSection(doc, section, projectionOrigin)
  writeProjection(doc, projectHelper(inputOf(circle), helperId, TODAY)!)
}

const tampering = (circle: TestCircle) => circle.store.getSnapshot().inbox.tampering

describe('tampering is kept until the coordinator dismisses it', () => {
  it('one record per entry and reason, counted each time it comes back, not each time it is folded', () => {
    const { circle, a, walk, doc } = walkDeletedOnThePhone()
    // Put back by projection; folding again changes nothing.
    round(circle, doc, a, later(2))
    expect(tampering(circle)).toEqual([expect.objectContaining({ source: a, path: `tasks/${walk}`, count: 1, firstAt: later(1), lastAt: later(1), active: false, dismissedAt: null })])
    doc.getMap('tasks').delete(walk)
    round(circle, doc, a, later(3))
    round(circle, doc, a, later(4))
    expect(tampering(circle)).toEqual([expect.objectContaining({ count: 2, firstAt: later(1), lastAt: later(3) })])
    // A reload (a fresh page) folds the same documents: no new count.
    round(circle, doc, a, later(5))
    expect(tampering(circle)[0].count).toBe(2)
  })

  it('dismissed stays dismissed until it happens again', () => {
    const circle = makeCircle()
    const { a } = circle.helpers
    const walk = occurrence(circle.needs.walk, '2026-11-25', '08:00')
    const doc = helperDocOf(circle, a)
    doc.getMap('tasks').set(walk, { title: 'Something else' })
    round(circle, doc, a, later(1))
    const [record] = tampering(circle)
    expect(record.reason).toContain('put back')
    must(circle.store.run('tampering/dismiss', { id: record.id }, later(2)))
    round(circle, doc, a, later(3))
    expect(tampering(circle)[0].dismissedAt).toBe(later(2))
    doc.getMap('tasks').set(walk, { title: 'Again' })
    round(circle, doc, a, later(4))
    expect(tampering(circle)[0]).toMatchObject({ count: 2, dismissedAt: null, lastAt: later(4) })
    expect(circle.store.run('tampering/dismiss', { id: 'no-such-note' }, later(5)).ok).toBe(false)
  })

  it('clears a section that does not belong in a helper’s document from the coordinator’s copy, once reported', () => {
    const circle = makeCircle()
    const { a } = circle.helpers
    const doc = helperDocOf(circle, a)
    doc.getMap('junk').set('x', 'a secret that must not stay')
    doc.getText('notes').insert(0, 'more junk')
    round(circle, doc, a, later(1))
    expect(tampering(circle).map((r) => r.path).sort()).toEqual(['junk', 'notes'])
    expect(doc.getMap('junk').size).toBe(0)
    expect(doc.getText('notes').length).toBe(0)
    // Cleared is not reported again, and the record is no longer active.
    expect(foldHelper(circle.store.doc, doc, a, later(2)).reports[0].rejected).toEqual([])
    round(circle, doc, a, later(2))
    expect(tampering(circle).every((r) => !r.active && r.count === 1)).toBe(true)
    // Withdrawn means gone: the garbage-collected state holds none of the words.
    expect(new TextDecoder().decode(Y.encodeStateAsUpdate(doc))).not.toContain('a secret that must not stay')
  })

  it('leaves the records of a document the fold skipped as they were', () => {
    const { circle, a } = walkDeletedOnThePhone()
    expect(recordRejections(circle.store.doc, [{ source: a, skipped: 'too-large', rejected: [] }], later(2))).toBe(false)
    expect(tampering(circle)[0].active).toBe(true)
  })
})
