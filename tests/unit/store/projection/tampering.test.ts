import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { foldHelper } from '../../../../src/store/fold/helper'
import { clearSection, recordRejections, unknownSections } from '../../../../src/store/fold/tampering'
import { reasons } from '../../../../src/store/fold/words'
import { upsertEntity } from '../../../../src/store/entities'
import { foldOrigin, projectionOrigin } from '../../../../src/store/origins'
import { TAMPERING, tamperingId } from '../../../../src/store/schema/tampering'
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
    expect(record.phrase).toEqual(reasons.projectedChanged)
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

  it('stores why as a phrase, never as English words', () => {
    const { circle } = walkDeletedOnThePhone()
    const [record] = tampering(circle)
    expect(record.phrase).toEqual(reasons.projectedDeleted)
    expect(record.reason).toBe('')
    const stored = circle.store.doc.getMap(TAMPERING).get(record.id) as Y.Map<unknown>
    expect(stored.get('reason')).toBe('')
    expect(stored.get('phrase')).toEqual({ id: 'people.foldNotes.rejected.projectedDeleted' })
  })

  it('still reads the English notes an older Kith stored: as the phrase they stood for, or as written', () => {
    const circle = makeCircle()
    const { a } = circle.helpers
    const walk = occurrence(circle.needs.walk, '2026-11-25', '08:00')
    const old = (path: string, reason: string, lastAt: number) => {
      const id = tamperingId(a, path, reason)
      circle.store.doc.transact(() => upsertEntity(circle.store.doc, TAMPERING, id, {
        source: a, path, reason, firstAt: later(1), lastAt, count: 1, active: true, dismissedAt: null,
      }), foldOrigin)
      return id
    }
    const deleted = old(`tasks/${walk}`, 'was deleted on their phone; it will be put back', later(3))
    old('offer/weeklyLimit', 'could not be read (Invalid input: expected number, received string), so it was ignored', later(2))
    old('reports/x', 'has more than 1000 entries; only the first 1000 were read', later(1))
    old('junk', 'a sentence this Kith never wrote', later(0))
    expect(tampering(circle).map((r) => r.phrase ?? r.reason)).toEqual([
      reasons.projectedDeleted, reasons.unreadable, reasons.tooMany(1000), 'a sentence this Kith never wrote',
    ])
    expect(circle.store.getSnapshot().problems).toEqual([])
    // The same rejection found now is that same note, not a second one beside it.
    const doc = helperDocOf(circle, a)
    doc.getMap('tasks').delete(walk)
    round(circle, doc, a, later(5))
    const notes = tampering(circle).filter((r) => r.path === `tasks/${walk}`)
    expect(notes).toEqual([expect.objectContaining({ id: deleted, phrase: reasons.projectedDeleted })])
  })
})
