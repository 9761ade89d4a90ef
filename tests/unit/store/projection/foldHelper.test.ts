import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { foldHelper } from '../../../../src/store/fold/helper'
import { MAX_FOLDED_DOC_BYTES } from '../../../../src/store/fold/guard'
import { reasons } from '../../../../src/store/fold/words'
import { foldOrigin } from '../../../../src/store/origins'
import { projectHelper } from '../../../../src/store/projection/helper'
import { writeProjection } from '../../../../src/store/projection/write'
import { createHelperStore } from '../../../../src/store/roles/helperStore'
import { later } from '../../../helpers/mapStore'
import { SATURDAY, TODAY, helperDocOf, inputOf, makeCircle, must, occurrence, type TestCircle } from './circle'
import { updatesDuring } from './devices'

const FOLD_AT = later(60)


const report = (doc: Y.Doc, occurrenceId: string, kind: string, note = '', at = 1_000) => doc.getMap('reports').set(occurrenceId, { kind, note, at })

describe('folding a helper’s reports', () => {
  it('turns a done report into the status, records it, acknowledges it, and changes nothing when folded again', () => {
    const circle = makeCircle()
    const { a } = circle.helpers
    const walk = occurrence(circle.needs.walk, '2026-11-25', '08:00')
    const doc = helperDocOf(circle, a)
    report(doc, walk, 'done', 'all good')
    const origins: unknown[] = []
    circle.store.doc.on('afterTransaction', (t: Y.Transaction) => origins.push(t.origin))
    expect(foldHelper(circle.store.doc, doc, a, FOLD_AT)).toEqual({ changed: true, reports: [{ source: a, skipped: null, rejected: [] }] })
    expect(origins).toEqual([foldOrigin])
    const input = inputOf(circle)
    expect(input.statuses[walk]).toEqual({ occurrenceId: walk, status: 'done', coveredBy: null, note: 'all good', at: FOLD_AT })
    expect(input.inbox.helperReports).toEqual([{ id: `${a}/${walk}`, helperId: a, occurrenceId: walk, kind: 'done', note: 'all good', at: 1_000, receivedAt: FOLD_AT }])
    expect(circle.store.getSnapshot().activity[0].summary).toBe(`${circle.names.a} reported: “Walk the dog” at 08:00 on Wednesday 25 November was done`)
    writeProjection(doc, projectHelper(input, a, TODAY)!)
    expect(doc.getMap('acks').get(`reports/${walk}`)).toBe(1_000)
    expect(doc.getMap('taskStatuses').get(walk)).toBe('done')
    expect(updatesDuring(circle.store.doc, () => expect(foldHelper(circle.store.doc, doc, a, later(61)).changed).toBe(false))).toBe(0)
  })

  it('turns can’t make it and swap requests into needs-cover with the note; a backup activated afterwards stays', () => {
    const circle = makeCircle()
    const { a, b } = circle.helpers
    const saturday = occurrence(circle.needs.walk, SATURDAY, '08:00')
    const sunday = occurrence(circle.needs.walk, '2026-11-29', '08:00')
    const doc = helperDocOf(circle, a)
    report(doc, saturday, 'cant-make-it', 'sick')
    report(doc, sunday, 'swap-request', 'family visit')
    foldHelper(circle.store.doc, doc, a, FOLD_AT)
    expect(inputOf(circle).statuses[saturday]).toMatchObject({ status: 'needs-cover', note: 'sick' })
    expect(inputOf(circle).statuses[sunday]).toMatchObject({ status: 'needs-cover', note: 'family visit' })
    must(circle.store.run('occurrence/activate-backup', { occurrenceId: saturday, helperId: b }, later(70)))
    expect(foldHelper(circle.store.doc, doc, a, later(71)).changed).toBe(false)
    expect(inputOf(circle).statuses[saturday]).toMatchObject({ status: 'covered', coveredBy: b, note: 'sick' })
    // Changing the report is news: it is recorded, but only the helper doing the task moves the status.
    report(doc, saturday, 'done', 'made it after all', 2_000)
    expect(foldHelper(circle.store.doc, doc, a, later(72)).changed).toBe(true)
    expect(inputOf(circle).statuses[saturday]).toMatchObject({ status: 'covered', coveredBy: b })
    expect(inputOf(circle).inbox.helperReports.find((r) => r.occurrenceId === saturday)).toMatchObject({ kind: 'done', at: 2_000 })
  })

  it('lets a backup step in on a task that needs cover, and records without acting what is not theirs to decide', () => {
    const circle = makeCircle()
    const { b } = circle.helpers
    const [planned, open, cancelled] = ['2026-11-26', '2026-11-27', '2026-11-30'].map((date) => occurrence(circle.needs.walk, date, '08:00'))
    must(circle.store.run('occurrence/set-status', { occurrenceId: open, status: 'needs-cover' }, later(20)))
    must(circle.store.run('occurrence/set-status', { occurrenceId: cancelled, status: 'cancelled' }, later(21)))
    const doc = helperDocOf(circle, b)
    report(doc, planned, 'cant-make-it')
    report(doc, open, 'done')
    report(doc, cancelled, 'done')
    expect(foldHelper(circle.store.doc, doc, b, FOLD_AT).reports[0].rejected).toEqual([])
    const { statuses, inbox } = inputOf(circle)
    expect(statuses[planned]).toBeUndefined()
    expect(statuses[open]).toMatchObject({ status: 'done' })
    expect(statuses[cancelled]).toMatchObject({ status: 'cancelled' })
    expect(inbox.helperReports).toHaveLength(3)
  })
})

describe('reports already folded', () => {
  it('stay recorded and quiet when their task leaves the schedule; only a change to one is news', () => {
    const circle = makeCircle()
    const { a } = circle.helpers
    const walk = occurrence(circle.needs.walk, SATURDAY, '08:00')
    const doc = helperDocOf(circle, a)
    report(doc, walk, 'done')
    foldHelper(circle.store.doc, doc, a, FOLD_AT)
    must(circle.store.run('need/remove', { id: circle.needs.walk }, later(70)))
    writeProjection(doc, projectHelper(inputOf(circle), a, TODAY)!)
    expect(foldHelper(circle.store.doc, doc, a, later(71))).toMatchObject({ changed: false, reports: [{ rejected: [] }] })
    expect(inputOf(circle).inbox.helperReports).toHaveLength(1)
    report(doc, walk, 'cant-make-it', '', 2_000)
    expect(foldHelper(circle.store.doc, doc, a, later(72)).reports[0].rejected.map((r) => r.path)).toEqual([`reports/${walk}`])
  })
})

describe('what fold refuses', () => {
  const cases: Array<[string, (doc: Y.Doc, circle: TestCircle) => void, string[]]> = [
    ['a report on another helper’s task', (doc, c) => report(doc, occurrence(c.needs.dinner, '2026-11-26', '18:00'), 'done'), ['reports/DINNER:2026-11-26:18:00']],
    ['a report on a day the need does not run', (doc, c) => report(doc, occurrence(c.needs.walk, '2027-03-01', '08:00'), 'done'), ['reports/WALK:2027-03-01:08:00']],
    ['a report under a key that is no task', (doc) => report(doc, 'not-a-task', 'done'), ['reports/not-a-task']],
    ['a report of an unknown kind', (doc, c) => report(doc, occurrence(c.needs.walk, SATURDAY, '08:00'), 'exploded'), ['reports/WALK:2026-11-28:08:00/kind']],
    ['a note that is not text', (doc, c) => doc.getMap('reports').set(occurrence(c.needs.walk, SATURDAY, '08:00'), { kind: 'done', note: 42, at: 1 }), ['reports/WALK:2026-11-28:08:00/note']],
    ['an oversize note', (doc, c) => report(doc, occurrence(c.needs.walk, SATURDAY, '08:00'), 'done', 'x'.repeat(1001)), ['reports/WALK:2026-11-28:08:00/note']],
    ['a report with an extra field', (doc, c) => doc.getMap('reports').set(occurrence(c.needs.walk, SATURDAY, '08:00'), { kind: 'done', note: '', at: 1, coveredBy: 'me' }), ['reports/WALK:2026-11-28:08:00']],
    ['a nested structure', (doc, c) => doc.getMap('reports').set(occurrence(c.needs.walk, SATURDAY, '08:00'), new Y.Map()), ['reports/WALK:2026-11-28:08:00']],
    ['a claim on a call that does not exist', (doc) => doc.getMap('claims').set('noSuchCall00', { at: 1 }), ['claims/noSuchCall00']],
    ['a claim with a time that is not a time', (doc) => doc.getMap('claims').set('noSuchCall00', { at: 'now' }), ['claims/noSuchCall00/at']],
    ['an offer with a field offers do not have', (doc) => writeOffer(doc, { price: 10 }), ['offer/price']],
    ['an offer with a weekly limit that is not a number', (doc) => writeOffer(doc, { weeklyLimit: 'many' }), ['offer/weeklyLimit']],
    ['an offer with an impossible weekly limit', (doc) => writeOffer(doc, { weeklyLimit: 51 }), ['offer/weeklyLimit']],
    ['an offer missing a field', (doc) => { writeOffer(doc, {}); doc.getMap('offer').delete('kinds') }, ['offer/kinds']],
    ['a joined marker with an unknown key', (doc) => doc.getMap('joined').set('when', 1), ['joined/when']],
    ['a task rewritten by the helper', (doc, c) => doc.getMap('tasks').set(occurrence(c.needs.walk, SATURDAY, '08:00'), { status: 'done' }), ['tasks/WALK:2026-11-28:08:00']],
    ['a status set by the helper', (doc, c) => doc.getMap('taskStatuses').set(occurrence(c.needs.walk, SATURDAY, '08:00'), 'done'), ['taskStatuses/WALK:2026-11-28:08:00']],
    ['a task added by the helper', (doc) => doc.getMap('tasks').set('extra', { title: 'x' }), ['tasks/extra']],
    ['the brief changed by the helper', (doc) => doc.getMap('brief').set('coordinatorContact', 'call me instead'), ['brief/coordinatorContact']],
    ['an acknowledgement forged by the helper', (doc) => doc.getMap('acks').set('reports/x', 1), ['acks/reports/x']],
    ['a section no helper document has', (doc) => doc.getMap('notes').set('x', 'hello'), ['notes']],
  ]

  it.each(cases)('refuses %s, and leaves the map as it was', (_name, write, paths) => {
    const circle = makeCircle()
    const doc = helperDocOf(circle, circle.helpers.a)
    write(doc, circle)
    const before = Y.encodeStateVector(circle.store.doc)
    const result = foldHelper(circle.store.doc, doc, circle.helpers.a, FOLD_AT)
    const named = (path: string) => path.replace(circle.needs.walk, 'WALK').replace(circle.needs.dinner, 'DINNER')
    expect(result.reports[0].rejected.map((r) => named(r.path))).toEqual(paths)
    expect(result.reports[0].rejected.every((r) => r.reason.id.startsWith('people.foldNotes.rejected.'))).toBe(true)
    expect(Y.encodeStateVector(circle.store.doc)).toEqual(before)
    // The next projection puts every projected value back.
    writeProjection(doc, projectHelper(inputOf(circle), circle.helpers.a, TODAY)!)
    expect(foldHelper(circle.store.doc, doc, circle.helpers.a, FOLD_AT).reports[0].rejected.filter((r) => /^(tasks|brief|acks)\//.test(r.path))).toEqual([])
  })

  it('reports a projected entry deleted on the helper’s phone, and nothing for one not projected yet', () => {
    const circle = makeCircle()
    const { a } = circle.helpers
    const walk = occurrence(circle.needs.walk, '2026-11-25', '08:00')
    const doc = helperDocOf(circle, a)
    expect(foldHelper(circle.store.doc, doc, a, FOLD_AT).reports[0].rejected).toEqual([])
    doc.getMap('tasks').delete(walk)
    expect(foldHelper(circle.store.doc, doc, a, FOLD_AT).reports[0].rejected).toEqual([{ path: `tasks/${walk}`, reason: reasons.projectedDeleted }])
    writeProjection(doc, projectHelper(inputOf(circle), a, TODAY)!)
    expect(foldHelper(circle.store.doc, doc, a, FOLD_AT).reports[0].rejected).toEqual([])
    // A task the map gained since the last projection is missing, not deleted.
    const fresh = new Y.Doc()
    writeProjection(fresh, { ...projectHelper(inputOf(circle), a, TODAY)!, tasks: {} })
    expect(foldHelper(circle.store.doc, fresh, a, FOLD_AT).reports[0].rejected).toEqual([])
  })

  it('takes the valid entries of a document and refuses the invalid ones beside them', () => {
    const circle = makeCircle()
    const doc = helperDocOf(circle, circle.helpers.a)
    const good = occurrence(circle.needs.walk, SATURDAY, '08:00')
    report(doc, good, 'done')
    report(doc, occurrence(circle.needs.call, SATURDAY, '10:00'), 'done')
    const result = foldHelper(circle.store.doc, doc, circle.helpers.a, FOLD_AT)
    expect(result.reports[0].rejected).toHaveLength(1)
    expect(inputOf(circle).statuses[good]).toMatchObject({ status: 'done' })
  })

  it('does not read a document larger than the limit, one from a newer Kith, a revoked one, or a removed helper’s', () => {
    const circle = makeCircle()
    const { a, d } = circle.helpers
    const before = () => Y.encodeStateVector(circle.store.doc)
    const skipOf = (doc: Y.Doc, helperId = a) => foldHelper(circle.store.doc, doc, helperId, FOLD_AT).reports[0].skipped

    const huge = helperDocOf(circle, a)
    report(huge, occurrence(circle.needs.walk, SATURDAY, '08:00'), 'done')
    for (let i = 0; i < 300; i++) huge.getMap('notes').set(`n${i}`, 'x'.repeat(1000))
    expect(Y.encodeStateAsUpdate(huge).byteLength).toBeGreaterThan(MAX_FOLDED_DOC_BYTES)
    const start = before()
    expect(skipOf(huge)).toBe('too-large')
    expect(before()).toEqual(start)

    const newer = helperDocOf(circle, a)
    newer.getMap('meta').set('schemaVersion', 99)
    expect(skipOf(newer)).toBe('too-new')
    const recipientLike = helperDocOf(circle, a)
    recipientLike.getMap('meta').set('kind', 'recipient')
    expect(skipOf(recipientLike)).toBe('wrong-kind')

    const removed = helperDocOf(circle, d)
    must(circle.store.run('helper/remove', { id: d }, later(20)))
    expect(skipOf(removed, d)).toBe('helper-removed')
    writeProjection(removed, projectHelper(inputOf(circle), d, TODAY)!)
    expect(removed.getMap('meta').get('revoked')).toBe(true)
    must(circle.store.run('circle/end', { followUps: false }, later(21)))
    expect(skipOf(helperDocOf(circle, a))).toBe('circle-ended')
  })
})

function writeOffer(doc: Y.Doc, fields: Record<string, unknown>): void {
  const offer = { kinds: ['dog-walk'], windows: [{ weekday: 6, start: '07:00', end: '12:00' }], from: null, until: null, mode: 'any', weeklyLimit: 3, at: 5, ...fields }
  for (const [key, value] of Object.entries(offer)) doc.getMap('offer').set(key, value)
}

describe('folding a helper’s offer', () => {
  it('logs that a helper joined only when their own phone did, once, whoever folds it', () => {
    const circle = makeCircle()
    const { a } = circle.helpers
    const joinedEntries = () => circle.store.getSnapshot().activity.filter((entry) => entry.kind === 'helper/joined')
    // Added by the coordinator: "added", never "joined".
    expect(circle.store.getSnapshot().activity.filter((entry) => entry.kind === 'helper/added').map((entry) => entry.summary))
      .toContain(`Added ${circle.names.a} as a helper`)
    expect(joinedEntries()).toEqual([])
    const doc = helperDocOf(circle, a)
    foldHelper(circle.store.doc, doc, a, FOLD_AT)
    expect(joinedEntries()).toEqual([])
    doc.getMap('joined').set('at', 3)
    foldHelper(circle.store.doc, doc, a, FOLD_AT)
    foldHelper(circle.store.doc, doc, a, FOLD_AT + 60_000)
    expect(joinedEntries().map((entry) => entry.summary)).toEqual([`${circle.names.a} joined as a helper, on their own phone`])
  })

  it('takes the helper’s offer whole; a later change by the coordinator stands as a suggestion until the helper changes theirs', () => {
    const circle = makeCircle()
    const { a } = circle.helpers
    const doc = helperDocOf(circle, a)
    doc.getMap('joined').set('at', 3)
    writeOffer(doc, { weeklyLimit: 5 })
    expect(foldHelper(circle.store.doc, doc, a, FOLD_AT).changed).toBe(true)
    let input = inputOf(circle)
    expect(input.offers[a]).toMatchObject({ weeklyLimit: 5, kinds: ['dog-walk'] })
    expect(input.inbox.helperLinks[a]).toMatchObject({ joinedAt: FOLD_AT, offer: { weeklyLimit: 5, at: 5 } })
    expect(circle.store.getSnapshot().activity[0].summary).toBe(`${circle.names.a}’s offer was updated`)
    expect(projectHelper(input, a, TODAY)!.offerSuggestion).toEqual({})
    expect(projectHelper(input, a, TODAY)!.acks).toMatchObject({ offer: 5, joined: FOLD_AT })

    must(circle.store.run('offer/save', { ...input.offers[a], weeklyLimit: 2 }, later(70)))
    expect(foldHelper(circle.store.doc, doc, a, later(71)).changed).toBe(false)
    input = inputOf(circle)
    expect(input.offers[a].weeklyLimit).toBe(2)
    expect(projectHelper(input, a, TODAY)!.offerSuggestion).toMatchObject({ weeklyLimit: 2 })

    writeOffer(doc, { weeklyLimit: 2, at: 6 })
    foldHelper(circle.store.doc, doc, a, later(72))
    expect(projectHelper(inputOf(circle), a, TODAY)!.offerSuggestion).toEqual({})
  })
})

describe('a helper’s document projected by an older Kith (version 1: each status inside its task)', () => {
  /** What version 1 of projection wrote for the same map. */
  function version1DocOf(circle: TestCircle, helperId: string): Y.Doc {
    const values = projectHelper(inputOf(circle), helperId, TODAY)!
    const tasks = Object.fromEntries(Object.entries(values.tasks).map(([id, task]) => [id, { ...task, status: values.taskStatuses[id] ?? 'planned' }]))
    const doc = new Y.Doc()
    const { taskStatuses: _statuses, ...rest } = values
    writeProjection(doc, { ...rest, meta: { ...values.meta, schemaVersion: 1 }, tasks })
    return doc
  }

  it('folds as before with nothing reported as changed, reads the same on the phone, and the next projection moves the statuses out', () => {
    const circle = makeCircle()
    const { a } = circle.helpers
    const saturday = occurrence(circle.needs.walk, SATURDAY, '08:00')
    const walk = occurrence(circle.needs.walk, '2026-11-25', '08:00')
    must(circle.store.run('occurrence/set-status', { occurrenceId: saturday, status: 'cancelled' }, later(5)))
    const doc = version1DocOf(circle, a)
    const statusesOnPhone = () => createHelperStore(doc).getSnapshot().tasks.map((t) => [t.id, t.status])
    const before = statusesOnPhone()
    expect(before).toContainEqual([saturday, 'cancelled'])
    expect(before.filter(([, status]) => status === 'planned').length).toBeGreaterThan(3)

    report(doc, walk, 'done', 'all good')
    expect(foldHelper(circle.store.doc, doc, a, FOLD_AT).reports).toEqual([{ source: a, skipped: null, rejected: [] }])
    expect(inputOf(circle).statuses[walk]).toMatchObject({ status: 'done' })

    writeProjection(doc, projectHelper(inputOf(circle), a, TODAY)!)
    expect(doc.getMap('meta').get('schemaVersion')).toBe(2)
    expect([...doc.getMap('tasks').values()].some((task) => Object.hasOwn(task as object, 'status'))).toBe(false)
    expect(doc.getMap('taskStatuses').toJSON()).toEqual({ [saturday]: 'cancelled', [walk]: 'done' })
    expect(statusesOnPhone()).toEqual(before.map(([id, status]) => [id, id === walk ? 'done' : status]))
    expect(foldHelper(circle.store.doc, doc, a, later(61)).reports[0].rejected).toEqual([])
  })

  it('still reports a task the helper rewrote in it', () => {
    const circle = makeCircle()
    const doc = version1DocOf(circle, circle.helpers.a)
    const saturday = occurrence(circle.needs.walk, SATURDAY, '08:00')
    doc.getMap('tasks').set(saturday, { ...(doc.getMap('tasks').get(saturday) as object), status: 'done' })
    expect(foldHelper(circle.store.doc, doc, circle.helpers.a, FOLD_AT).reports[0].rejected.map((r) => r.path)).toEqual([`tasks/${saturday}`])
  })
})
