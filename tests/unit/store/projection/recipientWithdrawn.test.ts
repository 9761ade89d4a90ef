import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { liveDocumentOf } from '../../../../src/store'
import { foldRecipient } from '../../../../src/store/fold/recipient'
import { projectRecipient, revokedRecipientValues } from '../../../../src/store/projection/recipient'
import { writeProjection } from '../../../../src/store/projection/write'
import { readRecipientSnapshot } from '../../../../src/store/roles/recipientStore'
import { later } from '../../../helpers/mapStore'
import { TODAY, inputOf, makeCircle, must } from './circle'

const DOC_ID = 'recipientDoc0000000001'
const NEW_DOC_ID = 'recipientDoc0000000002'
const KEY = 'k'.repeat(43)

/** What a phone's copy holds, as bytes a disk would: every section's text, live or not. */
const storedText = (doc: Y.Doc) => new TextDecoder().decode(Y.encodeStateAsUpdate(doc))

describe('withdrawing the recipient’s phone', () => {
  it('empties every section of their document, their own words too, and marks it revoked; the fold reads it no more', () => {
    const circle = makeCircle()
    must(circle.store.run('check-in/record', { weekOf: '2026-11-23', worked: 'WORKED-walks', missing: 'MISSING-company', stop: '', adjusted: '', adjustmentIds: [] }, later(20)))
    const phone = new Y.Doc()
    writeProjection(phone, projectRecipient(inputOf(circle), TODAY)!)
    phone.getMap('pleaseStop').set('pleasestop001', { note: 'QUIET-this-weekend', at: 103 })
    phone.getMap('suggestions').set('suggestion001', { kind: 'need', title: 'SUGGESTED-a-visit', at: 104 })
    expect(readRecipientSnapshot(phone, 1).state).toBe('ready')
    expect(storedText(phone)).toContain('WORKED-walks')

    writeProjection(phone, revokedRecipientValues())

    const snapshot = readRecipientSnapshot(phone, 2)
    expect(snapshot.state).toBe('revoked')
    expect(snapshot.circle).toBeNull()
    expect([snapshot.needs, snapshot.checkIns, snapshot.pleaseStop, snapshot.suggestions]).toEqual([[], [], [], []])
    for (const section of ['circle', 'needs', 'checkIns', 'daily', 'acks', 'answers', 'suggestions', 'pleaseStop']) expect(phone.getMap(section).size, section).toBe(0)
    // Yjs drops deleted content from what it encodes: the words are not in the document any more.
    for (const words of ['WORKED-walks', 'QUIET-this-weekend', 'SUGGESTED-a-visit', circle.names.a]) expect(storedText(phone)).not.toContain(words)
    // A second write changes nothing (projection converges), and the fold skips what it is told is revoked.
    expect(writeProjection(phone, revokedRecipientValues())).toBe(false)
    expect(foldRecipient(circle.store.doc, phone, later(40)).reports[0]?.skipped).toBe('revoked')
  })

  it('leaves the person without a live document, so the coordinator can invite them again on a new one', () => {
    const circle = makeCircle()
    must(circle.store.run('document/add', { audience: 'recipient', helperId: null, docId: DOC_ID, key: KEY }, later(10)))
    must(circle.store.run('document/revoke', { docId: DOC_ID }, later(11)))
    const documents = () => circle.store.getSnapshot().documents
    expect(liveDocumentOf(documents(), null)).toBeUndefined()
    expect(documents().find((d) => d.id === DOC_ID)?.revokedAt).toBe(later(11))
    must(circle.store.run('document/add', { audience: 'recipient', helperId: null, docId: NEW_DOC_ID, key: 'n'.repeat(43) }, later(12)))
    expect(liveDocumentOf(documents(), null)?.id).toBe(NEW_DOC_ID)
  })
})

describe('withdrawing the recipient’s phone once the support has ended', () => {
  it('is accepted by an ended circle, which refuses other changes', () => {
    const circle = makeCircle()
    must(circle.store.run('document/add', { audience: 'recipient', helperId: null, docId: DOC_ID, key: KEY }, later(10)))
    must(circle.store.run('circle/end', { followUps: false }, later(11)))
    expect(circle.store.run('document/add', { audience: 'helper', helperId: circle.helpers.a, docId: NEW_DOC_ID, key: KEY }, later(12)).ok).toBe(false)
    must(circle.store.run('document/revoke', { docId: DOC_ID }, later(13)))
    expect(liveDocumentOf(circle.store.getSnapshot().documents, null)).toBeUndefined()
  })
})
