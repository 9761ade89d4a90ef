import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { STAND_INS } from '../../../../src/domain/redaction'
import { foldRecipient } from '../../../../src/store/fold/recipient'
import { projectRecipient } from '../../../../src/store/projection/recipient'
import { writeProjection } from '../../../../src/store/projection/write'
import { later } from '../../../helpers/mapStore'
import { SATURDAY, TODAY, inputOf, makeCircle, must, occurrence, type TestCircle } from './circle'
import { updatesDuring } from './devices'

const FOLD_AT = later(60)

function recipientDocOf(circle: TestCircle): Y.Doc {
  const doc = new Y.Doc()
  writeProjection(doc, projectRecipient(inputOf(circle), TODAY)!)
  return doc
}

function recordCheckIn(circle: TestCircle): string {
  const result = circle.store.run('check-in/record', { weekOf: '2026-11-23', worked: 'The walks', missing: 'Company', stop: '', adjusted: `${circle.names.b} takes Sundays`, adjustmentIds: [] }, later(20))
  if (!result.ok || !result.id) throw new Error('no check-in')
  return result.id
}

describe('projecting the recipient’s document', () => {
  it('keeps a removed helper’s name out of old check-in notes too', () => {
    const circle = makeCircle()
    const checkIn = recordCheckIn(circle)
    circle.store.run('helper/remove', { id: circle.helpers.b }, later(30))
    const values = projectRecipient(inputOf(circle), TODAY)!
    expect(values.checkIns[checkIn].adjusted).toBe(`${STAND_INS.helper} takes Sundays`)
    expect(JSON.stringify(values)).not.toContain(circle.names.b)
  })

  it('shows needs in words, check-ins without helper names, the circle and its crisis resources', () => {
    const circle = makeCircle()
    const checkIn = recordCheckIn(circle)
    const values = projectRecipient(inputOf(circle), TODAY)!
    expect(values.needs[circle.needs.dinner]).toEqual({
      title: 'Bring dinner', category: 'practical', priority: 'high', schedule: 'every Tue and Thu, 30 minutes between 18:00 and 19:00, until 8 December', source: 'coordinator',
      schedulePhrase: expect.objectContaining({ parts: expect.any(Array) }),
    })
    expect(values.checkIns[checkIn]).toEqual({ weekOf: '2026-11-23', at: later(20), seq: expect.any(Number), worked: 'The walks', missing: 'Company', stop: '', adjusted: `${STAND_INS.helper} takes Sundays` })
    expect(values.circle).toMatchObject({ recipientName: 'Test Person', crisisResources: [{ name: 'Crisis line', contact: '988' }], seesHelpers: false })
  })

  it('tells each day whether everything is covered, with no logistics', () => {
    const circle = makeCircle()
    const { walk, dinner } = circle.needs
    const daily = () => projectRecipient(inputOf(circle), TODAY)!.daily
    expect(Object.keys(daily())).toEqual(['2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29', '2026-11-30', '2026-12-01'])
    expect(daily()[SATURDAY]).toEqual({ status: 'all-covered', open: 0 })
    must(circle.store.run('occurrence/set-status', { occurrenceId: occurrence(walk, SATURDAY, '08:00'), status: 'needs-cover' }, later(20)))
    expect(daily()[SATURDAY]).toEqual({ status: 'being-arranged', open: 1 })
    must(circle.store.run('occurrence/activate-backup', { occurrenceId: occurrence(walk, SATURDAY, '08:00'), helperId: circle.helpers.b }, later(21)))
    expect(daily()[SATURDAY].status).toBe('all-covered')
    const dinnerSeries = inputOf(circle).assignments.find((a) => a.needId === dinner)!
    must(circle.store.run('assignment/remove', { id: dinnerSeries.id }, later(22)))
    expect(daily()['2026-11-26']).toEqual({ status: 'being-arranged', open: 1 })
    must(circle.store.run('occurrence/set-status', { occurrenceId: occurrence(dinner, '2026-11-26', '18:00'), status: 'cancelled' }, later(23)))
    expect(daily()['2026-11-26'].status).toBe('all-covered')
  })
})

describe('folding the recipient’s document', () => {
  it('attaches answers to their check-in, brings suggestions to Assess and please-stop to the coordinator, once', () => {
    const circle = makeCircle()
    const checkIn = recordCheckIn(circle)
    const doc = recipientDocOf(circle)
    doc.getMap('answers').set(checkIn, { worked: 'the dog walks', missing: 'a visit', notHelpful: 'early calls', at: 100 })
    doc.getMap('suggestions').set('suggestion0001', { kind: 'new-need', title: 'Help with laundry', note: 'weekly', at: 101 })
    doc.getMap('suggestions').set('suggestion0002', { kind: 'priority', needId: circle.needs.call, priority: 'low', note: '', at: 102 })
    doc.getMap('pleaseStop').set('pleasestop001', { note: 'I need some quiet this weekend', at: 103 })
    expect(foldRecipient(circle.store.doc, doc, FOLD_AT)).toEqual({ changed: true, reports: [{ source: 'recipient', skipped: null, rejected: [] }] })
    const { inbox } = inputOf(circle)
    expect(inbox.checkInAnswers[checkIn]).toEqual({ id: checkIn, worked: 'the dog walks', missing: 'a visit', notHelpful: 'early calls', at: 100, receivedAt: FOLD_AT })
    expect(inbox.suggestions.map((s) => [s.id, s.kind, s.state])).toEqual([['suggestion0001', 'new-need', 'new'], ['suggestion0002', 'priority', 'new']])
    expect(inbox.pleaseStop).toEqual([{ id: 'pleasestop001', note: 'I need some quiet this weekend', at: 103, receivedAt: FOLD_AT, acknowledgedAt: null, response: null }])
    expect(inputOf(circle).needs.find((n) => n.id === circle.needs.call)!.priority).toBe('medium')
    expect(updatesDuring(circle.store.doc, () => expect(foldRecipient(circle.store.doc, doc, later(61)).changed).toBe(false))).toBe(0)

    must(circle.store.run('suggestion/resolve', { id: 'suggestion0002', state: 'accepted' }, later(62)))
    must(circle.store.run('please-stop/acknowledge', { id: 'pleasestop001' }, later(63)))
    writeProjection(doc, projectRecipient(inputOf(circle), TODAY)!)
    expect(doc.getMap('acks').toJSON()).toEqual({
      [`answers/${checkIn}`]: { at: 100, state: 'received' },
      'suggestions/suggestion0001': { at: 101, state: 'received' },
      'suggestions/suggestion0002': { at: 102, state: 'accepted' },
      'pleaseStop/pleasestop001': { at: 103, state: 'acknowledged' },
    })
    // The recipient edits a suggestion: its content follows, the coordinator's state stays.
    doc.getMap('suggestions').set('suggestion0002', { kind: 'new-need', title: 'Instead: a weekly visit', note: '', at: 110 })
    foldRecipient(circle.store.doc, doc, later(64))
    const edited = inputOf(circle).inbox.suggestions.find((s) => s.id === 'suggestion0002')!
    expect(edited).toEqual({ id: 'suggestion0002', kind: 'new-need', title: 'Instead: a weekly visit', note: '', at: 110, receivedAt: FOLD_AT, state: 'accepted' })
  })

  const cases: Array<[string, (doc: Y.Doc, circle: TestCircle) => void, string]> = [
    ['an answer to a check-in that does not exist', (doc) => doc.getMap('answers').set('noCheckIn0001', { worked: '', missing: '', notHelpful: '', at: 1 }), 'answers/noCheckIn0001'],
    ['an oversize answer', (doc, c) => doc.getMap('answers').set(recordCheckIn(c), { worked: 'x'.repeat(2001), missing: '', notHelpful: '', at: 1 }), 'answers/CHECKIN/worked'],
    ['a suggestion of an unknown kind', (doc) => doc.getMap('suggestions').set('suggestion0001', { kind: 'delete-need', at: 1 }), 'suggestions/suggestion0001/kind'],
    ['a priority for a need that is not there', (doc) => doc.getMap('suggestions').set('suggestion0001', { kind: 'priority', needId: 'noSuchNeed01', priority: 'low', note: '', at: 1 }), 'suggestions/suggestion0001/needId'],
    ['a suggestion under a key that is no id', (doc) => doc.getMap('suggestions').set('a b', { kind: 'new-need', title: 'x', note: '', at: 1 }), 'suggestions/a b'],
    ['a please-stop with an extra field', (doc) => doc.getMap('pleaseStop').set('pleasestop001', { note: '', at: 1, urgent: true }), 'pleaseStop/pleasestop001'],
    ['a daily status changed by the recipient', (doc) => doc.getMap('daily').set(TODAY, { status: 'all-covered', open: 0, extra: 1 }), `daily/${TODAY}`],
    ['a need changed by the recipient', (doc, c) => doc.getMap('needs').set(c.needs.walk, { title: 'Nothing' }), 'needs/WALK'],
  ]

  it.each(cases)('refuses %s, leaving the map as it was', (_name, write, path) => {
    const circle = makeCircle()
    const doc = recipientDocOf(circle)
    write(doc, circle)
    const before = Y.encodeStateVector(circle.store.doc)
    const { reports: [report] } = foldRecipient(circle.store.doc, doc, FOLD_AT)
    const checkInId = inputOf(circle).checkIns[0]?.id
    const named = (p: string) => p.replace(circle.needs.walk, 'WALK').replace(checkInId ?? circle.needs.walk, 'CHECKIN')
    expect(report.rejected.map((r) => named(r.path))).toEqual([path])
    expect(Y.encodeStateVector(circle.store.doc)).toEqual(before)
  })
})
