import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { guardDoc, MAX_FOLDED_DOC_BYTES } from '../../../../src/store/fold/guard'
import { HELPER_DOC_SCHEMA_VERSION, HELPER_OWNED, HELPER_PROJECTED } from '../../../../src/store/helperDoc/layout'

const skipOf = (doc: Y.Doc) => guardDoc(doc, 'helper', [...HELPER_PROJECTED, ...HELPER_OWNED], HELPER_DOC_SCHEMA_VERSION).skip

describe('the size guard of a person’s document', () => {
  it('measures again once the document holds more than when it was last measured', () => {
    const doc = new Y.Doc()
    doc.getMap('notes').set('first', 'x')
    expect(skipOf(doc)).toBe(null)
    expect(skipOf(doc)).toBe(null)
    for (let i = 0; i < 300; i++) doc.getMap('notes').set(`n${i}`, 'x'.repeat(1000))
    expect(Y.encodeStateAsUpdate(doc).byteLength).toBeGreaterThan(MAX_FOLDED_DOC_BYTES)
    expect(skipOf(doc)).toBe('too-large')
  })

  it('counts what waits for a missing update, which no clock shows', () => {
    const source = new Y.Doc()
    source.getMap('notes').set('first', 'x')
    const first = Y.encodeStateAsUpdate(source)
    const vector = Y.encodeStateVector(source)
    for (let i = 0; i < 300; i++) source.getMap('notes').set(`n${i}`, 'x'.repeat(1000))
    const rest = Y.encodeStateAsUpdate(source, vector)
    const doc = new Y.Doc()
    doc.getMap('notes').set('own', 'y')
    expect(skipOf(doc)).toBe(null)
    // Everything but the first write arrives: it waits, unapplied, for that one.
    Y.applyUpdate(doc, rest)
    expect(doc.getMap('notes').size).toBe(1)
    expect(skipOf(doc)).toBe('too-large')
    Y.applyUpdate(doc, first)
    expect(skipOf(doc)).toBe('too-large')
  })
})
