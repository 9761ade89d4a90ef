import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { equalBytes } from '../../../src/sync/bytes'
import { CHUNK_BYTES, createReassembler, splitMessage } from '../../../src/sync/chunks'

/** Large y-webrtc messages in chunks: whatever the size, the other side gets the same bytes once. */
describe('chunked data-channel messages', () => {
  it('pass small messages as they are and put large ones back together, byte for byte', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 * CHUNK_BYTES }), fc.integer({ min: 0, max: 255 }), fc.nat(), (length, seed, id) => {
        const message = Uint8Array.from({ length }, (_, i) => (i * 31 + seed) & 0xff)
        message[0] = seed % 4 // y-webrtc's message types start a message
        const chunks = splitMessage(message, id)
        expect(chunks.every((chunk) => chunk.byteLength <= CHUNK_BYTES)).toBe(true)
        if (length <= CHUNK_BYTES) expect(chunks).toHaveLength(1)
        const receive = createReassembler()
        const delivered = chunks.map(receive).filter((m) => m !== null)
        expect(delivered).toHaveLength(1)
        // Compared as bytes: a deep comparison of 300,000 numbers takes a second each.
        expect(equalBytes(delivered[0]!, message)).toBe(true)
      }),
      { numRuns: 30 },
    )
  }, 30_000)

  it('carry a Yjs update far over 256 KiB that applies on the other side', () => {
    const source = new Y.Doc()
    const log = source.getMap('activity')
    for (let i = 0; i < 6000; i++) log.set(`entry-${i}`, { summary: `Walk ${i} was done by someone kind`, at: i })
    const update = Y.encodeStateAsUpdate(source)
    expect(update.byteLength).toBeGreaterThan(256 * 1024)
    const receive = createReassembler()
    const whole = splitMessage(update, 7).map(receive).find((m) => m !== null)!
    const target = new Y.Doc()
    Y.applyUpdate(target, whole)
    expect(target.getMap('activity').toJSON()).toEqual(log.toJSON())
  })

  it('drops a message whose sender stopped halfway, and takes the next one whole', () => {
    const first = new Uint8Array(3 * CHUNK_BYTES).fill(1)
    const second = new Uint8Array(2 * CHUNK_BYTES).fill(2)
    const receive = createReassembler()
    const cut = splitMessage(first, 1).slice(0, 2)
    expect(cut.map(receive).filter(Boolean)).toEqual([])
    const delivered = splitMessage(second, 2).map(receive).filter((m) => m !== null)
    expect(delivered).toHaveLength(1)
    expect(equalBytes(delivered[0]!, second)).toBe(true)
  })
})
