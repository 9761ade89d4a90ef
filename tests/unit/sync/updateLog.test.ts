import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { problemOf, readableUpdate, StorageError } from '../../../src/sync/updateLog'

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
