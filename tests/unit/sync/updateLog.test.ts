import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { applyRowsInSlices, problemOf, readableUpdate, StorageError } from '../../../src/sync/updateLog'
import { piecesOf } from '../../../src/sync/updatePieces'

/** What counts as a damaged stored row: anything that is not a whole Yjs update. */
function realUpdate(): Uint8Array {
  const doc = new Y.Doc()
  doc.getMap('needs').set('n1', 'Walk Bruno')
  doc.getMap('needs').set('n2', 'Water the plants')
  return Y.encodeStateAsUpdate(doc)
}

describe('readableUpdate', () => {
  it('accepts a whole update, as bytes or as an ArrayBuffer', () => {
    const update = realUpdate()
    expect(readableUpdate(update)).toBe(update)
    const copy = update.slice()
    expect(readableUpdate(copy.buffer)).toEqual(update)
  })

  it.each([
    ['cut in half', () => realUpdate().slice(0, Math.floor(realUpdate().length / 2))],
    ['cut by one byte', () => realUpdate().slice(0, -1)],
    ['bytes that are no update', () => new Uint8Array([7, 250, 251, 252, 253, 254, 255, 1, 2, 3])],
    ['empty', () => new Uint8Array(0)],
    ['a string', () => 'not an update'],
    ['null', () => null],
    ['an object', () => ({ update: [1, 2, 3] })],
  ])('refuses a row %s', (_, value) => {
    expect(readableUpdate(value())).toBeNull()
  })

  it('every update a document wrote, cut anywhere, is refused or still applies cleanly', () => {
    const update = realUpdate()
    const outcomes = new Set<string>()
    for (let length = 0; length < update.length; length++) {
      const cut = readableUpdate(update.slice(0, length))
      let outcome = 'refused'
      if (cut) {
        try {
          Y.applyUpdate(new Y.Doc(), cut)
          outcome = 'applies'
        } catch {
          outcome = 'throws'
        }
      }
      outcomes.add(outcome)
    }
    expect(outcomes.has('throws')).toBe(false)
    expect(outcomes.has('refused')).toBe(true)
  })
})

describe('problemOf', () => {
  it('names the problems a person can act on', () => {
    expect(problemOf(new DOMException('full', 'QuotaExceededError'))).toBe('quota')
    expect(problemOf(new DOMException('closing', 'InvalidStateError'))).toBe('closed')
    expect(problemOf(new StorageError('missing'))).toBe('missing')
    expect(problemOf(new Error('what'))).toBe('unknown')
  })
})

/**
 * A document several devices edited: each `Y.Doc` is a client, editing flat maps (as projection
 * does) and nested ones (as the map's needs are), overwriting and deleting keys.
 */
const edit = fc.record({
  client: fc.integer({ min: 0, max: 2 }),
  map: fc.constantFrom('needs', 'helpers', 'assignments'),
  key: fc.integer({ min: 0, max: 40 }).map((n) => `k${n}`),
  action: fc.oneof(
    fc.record({ set: fc.string({ maxLength: 240, size: 'max' }) }),
    fc.record({ nested: fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), fc.oneof(fc.string({ maxLength: 120, size: 'max' }), fc.integer(), fc.boolean()), { maxKeys: 6 }) }),
    fc.constant({ remove: true as const }),
  ),
})

function docFrom(edits: Array<typeof edit extends fc.Arbitrary<infer T> ? T : never>): Y.Doc {
  const clients = [new Y.Doc(), new Y.Doc(), new Y.Doc()]
  for (const { client, map, key, action } of edits) {
    const doc = clients[client]
    // Each client starts from what the others wrote so far, as after a sync.
    for (const other of clients) if (other !== doc) Y.applyUpdate(doc, Y.encodeStateAsUpdate(other, Y.encodeStateVector(doc)))
    const target = doc.getMap(map)
    if ('set' in action) target.set(key, action.set)
    else if ('nested' in action) {
      const nested = new Y.Map<unknown>()
      target.set(key, nested)
      for (const [field, value] of Object.entries(action.nested)) nested.set(field, value)
    } else target.delete(key)
  }
  const whole = new Y.Doc()
  for (const doc of clients) Y.applyUpdate(whole, Y.encodeStateAsUpdate(doc))
  return whole
}

const contentOf = (doc: Y.Doc) => ['needs', 'helpers', 'assignments'].map((name) => doc.getMap(name).toJSON())

describe('piecesOf', () => {
  it('a small update stays one row', () => {
    const update = realUpdate()
    expect(piecesOf(update)).toEqual([update])
  })

  it('cuts a state into small pieces that, applied in order, make the same document', () => {
    const sizes = new Set<string>()
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 160, size: 'max' }), (edits) => {
        const doc = docFrom(edits)
        const update = Y.encodeStateAsUpdate(doc)
        const pieces = piecesOf(update)
        const loaded = new Y.Doc()
        for (const piece of pieces) Y.applyUpdate(loaded, piece)
        expect(contentOf(loaded)).toEqual(contentOf(doc))
        expect(Y.encodeStateVector(loaded)).toEqual(Y.encodeStateVector(doc))
        expect(loaded.store.pendingStructs).toBeNull()
        expect(loaded.store.pendingDs).toBeNull()
        // Cut only when it is worth a row of its own (over two pieces' worth), never into more than 64.
        expect(pieces.length > 1).toBe(update.byteLength > 3000)
        expect(pieces.length).toBeLessThanOrEqual(64)
        sizes.add(pieces.length > 1 ? 'cut' : 'whole')
      }),
      { numRuns: 60 },
    )
    // The runs covered both: documents kept whole and documents cut.
    expect(sizes).toEqual(new Set(['cut', 'whole']))
  })

  it('pieces applied in any order, or twice, still converge', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 80, maxLength: 160, size: 'max' }), fc.integer(), (edits, seed) => {
        const doc = docFrom(edits)
        const pieces = piecesOf(Y.encodeStateAsUpdate(doc))
        const shuffled = [...pieces, ...pieces].map((piece, i) => ({ piece, order: Math.sin(seed + i) })).sort((a, b) => a.order - b.order)
        const loaded = new Y.Doc()
        for (const { piece } of shuffled) Y.applyUpdate(loaded, piece)
        expect(contentOf(loaded)).toEqual(contentOf(doc))
      }),
      { numRuns: 40 },
    )
  })

  it('a large map with deletions comes out in at most 64 rows of a similar size', () => {
    const doc = new Y.Doc()
    for (let i = 0; i < 3000; i++) doc.getMap('activity').set(`a${i}`, { at: i, text: `entry ${i} `.repeat(3) })
    for (let i = 0; i < 3000; i += 3) doc.getMap('activity').delete(`a${i}`)
    const update = Y.encodeStateAsUpdate(doc)
    const pieces = piecesOf(update)
    expect(pieces.length).toBeLessThanOrEqual(64)
    expect(pieces.length).toBeGreaterThan(32)
    const structRows = pieces.slice(0, -1).map((piece) => piece.byteLength)
    expect(Math.max(...structRows)).toBeLessThan(3 * (update.byteLength / pieces.length))
    const loaded = new Y.Doc()
    for (const piece of pieces) Y.applyUpdate(loaded, piece)
    expect(loaded.getMap('activity').toJSON()).toEqual(doc.getMap('activity').toJSON())
  })
})

describe('applyRowsInSlices', () => {
  it('applies readable rows, each in its own transaction with a turn between, and counts the rest damaged', async () => {
    const source = new Y.Doc()
    for (let i = 0; i < 400; i++) source.getMap('needs').set(`n${i}`, `Need number ${i}`)
    const pieces = piecesOf(Y.encodeStateAsUpdate(source))
    const values = [
      ...pieces.map((value, i) => ({ key: i, value })),
      { key: 'cut', value: realUpdate().slice(0, 5) },
      { key: 'unread', value: undefined },
    ]
    const doc = new Y.Doc()
    let transactions = 0
    doc.on('afterTransaction', () => (transactions += 1))
    let turns = 0
    const result = await applyRowsInSlices(doc, values, 'storage', async () => void (turns += 1))
    expect(result).toBe(pieces.length) // the two damaged values are left out
    expect(turns).toBe(values.length)
    expect(transactions).toBe(pieces.length)
    expect(doc.getMap('needs').toJSON()).toEqual(source.getMap('needs').toJSON())
  })
})
