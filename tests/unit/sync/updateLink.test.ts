import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { decodeBase64url, deflate, encodeBase64url, inflate, TooLargeError } from '../../../src/sync/bytes'
import { applyCarried, carriedFor, knowledgeOf } from '../../../src/sync/carry'
import { linkRouteIn, parseUpdateRoute } from '../../../src/sync/messages'
import { decodeUpdatePayload, encodeUpdatePayload, updateLink } from '../../../src/sync/updateLink'
import { newDocumentId, newDocumentKey } from '../../../src/sync/invite'

/** A helper's document with some tasks, written the way projection writes (flat maps of JSON). */
function helperDoc(tasks: number, seed = 1): Y.Doc {
  const doc = new Y.Doc()
  doc.transact(() => {
    doc.getMap('brief').set('publicSummary', `Summary ${seed}`)
    for (let i = 0; i < tasks; i++) {
      doc.getMap('tasks').set(`need${seed}:2026-12-${String(1 + (i % 28)).padStart(2, '0')}:08:00`, {
        title: `Walk ${i}`, kind: 'dog-walk', start: 1_790_000_000_000 + i * 86_400_000, end: 1_790_000_000_000 + i * 86_400_000 + 3_600_000,
        role: 'primary', status: 'planned', details: null,
      })
    }
  })
  return doc
}

const docId = newDocumentId()
const key = newDocumentKey()

describe('update link payloads', () => {
  it('round-trip a whole document and a difference, and open nowhere else', async () => {
    const sender = helperDoc(8)
    const payload = await encodeUpdatePayload(docId, key, carriedFor(sender, null))
    expect(payload).toMatch(/^[A-Za-z0-9_-]+$/)
    const opened = await decodeUpdatePayload(docId, key, payload)
    if (!opened.ok) throw new Error(opened.reason)
    const receiver = new Y.Doc()
    expect(applyCarried(receiver, opened.value, 'test')).toBe('applied')
    expect(receiver.getMap('tasks').toJSON()).toEqual(sender.getMap('tasks').toJSON())
    expect(Y.decodeStateVector(opened.value.senderStateVector)).toEqual(Y.decodeStateVector(Y.encodeStateVector(sender)))

    // A status change as a difference against what the receiver holds.
    const known = knowledgeOf(receiver)
    const [firstTask, value] = [...sender.getMap('tasks').entries()][0]
    sender.getMap('tasks').set(firstTask, { ...(value as object), status: 'done' })
    const small = await encodeUpdatePayload(docId, key, carriedFor(sender, known))
    expect(small.length).toBeLessThan(payload.length)
    expect(small.length).toBeLessThanOrEqual(300)
    const delta = await decodeUpdatePayload(docId, key, small)
    if (!delta.ok) throw new Error(delta.reason)
    expect(applyCarried(receiver, delta.value, 'test')).toBe('applied')
    expect((receiver.getMap('tasks').get(firstTask) as { status: string }).status).toBe('done')
    // The same link twice changes nothing.
    expect(applyCarried(receiver, delta.value, 'test')).toBe('already-here')

    // Nothing readable is inside.
    const bytes = decodeBase64url(payload)!
    expect(new TextDecoder().decode(bytes)).not.toContain('Walk')
    // The same payload under another document id, or with another key, does not open.
    expect(await decodeUpdatePayload(newDocumentId(), key, payload)).toEqual({ ok: false, reason: 'wrong-key' })
    expect(await decodeUpdatePayload(docId, newDocumentKey(), payload)).toEqual({ ok: false, reason: 'wrong-key' })
  })

  it('recognise each kind of damage', async () => {
    const payload = await encodeUpdatePayload(docId, key, carriedFor(helperDoc(3), null))
    const bytes = decodeBase64url(payload)!
    const withByte = (index: number, value: number) => {
      const copy = bytes.slice()
      copy[index] = value
      return encodeBase64url(copy)
    }
    const cases: Array<[string, string, string]> = [
      ['cut short', payload.slice(0, -20), 'truncated'],
      ['cut short by one character', payload.slice(0, -1), 'truncated'],
      ['cut short by two characters', payload.slice(0, -2), 'truncated'],
      ['cut inside the header', payload.slice(0, 12), 'truncated'],
      ['not base64url', `${payload.slice(0, 10)}%${payload.slice(11)}`, 'malformed'],
      ['empty', '', 'malformed'],
      ['a newer format', withByte(0, 2), 'too-new'],
      ['format zero', withByte(0, 0), 'malformed'],
      ['another key check', withByte(2, bytes[2] ^ 1), 'wrong-key'],
      ['a changed byte in the sealed part', withByte(bytes.length - 30, bytes[bytes.length - 30] ^ 0x40), 'corrupt'],
      ['a changed IV', withByte(8, bytes[8] ^ 1), 'corrupt'],
      ['bytes added', encodeBase64url(new Uint8Array([...bytes, 1, 2, 3])), 'corrupt'],
    ]
    for (const [what, damaged, reason] of cases) expect(await decodeUpdatePayload(docId, key, damaged), what).toEqual({ ok: false, reason })
  })

  it('a non-canonical last character is not the same link', () => {
    const text = encodeBase64url(new Uint8Array([1, 2, 3, 4]))
    expect(decodeBase64url(text)).toEqual(new Uint8Array([1, 2, 3, 4]))
    const last = text.at(-1)!
    const sibling = String.fromCharCode(last.charCodeAt(0) + 1)
    expect(decodeBase64url(text.slice(0, -1) + sibling)).toBeNull()
  })

  it('compress the same with the browser’s streams and with fflate, and stop inflating at a ceiling', async () => {
    const data = new TextEncoder().encode('walk the dog '.repeat(500))
    const native = await deflate(data, true)
    const fallback = await deflate(data, false)
    expect(await inflate(fallback, undefined, true)).toEqual(data)
    expect(await inflate(native, undefined, false)).toEqual(data)
    const bomb = await deflate(new Uint8Array(4 * 1024 * 1024), false)
    await expect(inflate(bomb, 1024 * 1024, true)).rejects.toBeInstanceOf(TooLargeError)
    await expect(inflate(bomb, 1024 * 1024, false)).rejects.toBeInstanceOf(TooLargeError)
    await expect(inflate(new Uint8Array([1, 2, 3]), undefined, false)).rejects.toThrow()
  })

  it('links: the route, and links found inside any text', async () => {
    const payload = await encodeUpdatePayload(docId, key, carriedFor(helperDoc(1), null))
    const link = updateLink('https://kith.example/app/#/h/x/tasks', docId, payload)
    expect(link).toBe(`https://kith.example/app/#/u/${docId}/${payload}`)
    const parts = linkRouteIn(`Jordan updated your tasks in Kith: ${link} (tap it)`)!
    expect(parts[0]).toBe('u')
    expect(parseUpdateRoute(parts.slice(1))).toEqual({ ok: true, value: { docId, payload } })
    expect(parseUpdateRoute([docId])).toEqual({ ok: false, reason: 'truncated' })
    expect(parseUpdateRoute(['short', payload])).toEqual({ ok: false, reason: 'malformed' })
    expect(parseUpdateRoute([docId, payload, 'more'])).toEqual({ ok: false, reason: 'malformed' })
    expect(linkRouteIn('no link here')).toBeNull()
  })
})

describe('10,000 damaged links', () => {
  it('each gets a reason, none throws, and none changes the receiver’s document', async () => {
    const sender = helperDoc(12)
    const receiver = helperDoc(2, 2)
    const before = Y.encodeStateAsUpdateV2(receiver)
    const payload = await encodeUpdatePayload(docId, key, carriedFor(sender, null))
    const original = decodeBase64url(payload)!
    const other = decodeBase64url(await encodeUpdatePayload(newDocumentId(), newDocumentKey(), carriedFor(sender, null)))!
    const anIndex = fc.nat({ max: original.length - 1 })
    const someBytes = fc.uint8Array({ minLength: 1, maxLength: 40 })
    // Every mutation changes the bytes (or the text), so none of them is the original link.
    const mutation = fc.oneof(
      fc.tuple(anIndex, fc.integer({ min: 0, max: 7 })).map(([i, bit]) => { const b = original.slice(); b[i] ^= 1 << bit; return encodeBase64url(b) }),
      fc.nat({ max: original.length - 1 }).map((n) => encodeBase64url(original.slice(0, n))),
      someBytes.map((extra) => encodeBase64url(new Uint8Array([...original, ...extra]))),
      fc.tuple(anIndex, someBytes).map(([i, extra]) => encodeBase64url(new Uint8Array([...original.slice(0, i), ...extra, ...original.slice(i)]))),
      fc.tuple(anIndex, someBytes).map(([i, extra]) => {
        const b = original.slice()
        extra.forEach((value, j) => { if (i + j < b.length) b[i + j] = value })
        b[i] = extra[0] === original[i] ? original[i] ^ 0xff : extra[0]
        return encodeBase64url(b)
      }),
      fc.tuple(anIndex, fc.nat({ max: original.length - 1 })).filter(([a, b]) => original[a] !== original[b])
        .map(([a, b]) => { const c = original.slice(); [c[a], c[b]] = [c[b], c[a]]; return encodeBase64url(c) }),
      fc.nat({ max: payload.length - 1 }).chain((i) => fc.constantFrom(...'%+/= .é💥\n').map((ch) => payload.slice(0, i) + ch + payload.slice(i + 1))),
      fc.nat({ max: payload.length - 2 }).map((i) => payload.slice(0, i) + payload.slice(i + 1)),
      fc.string({ maxLength: 200 }),
      fc.uint8Array({ maxLength: 600 }).map((b) => encodeBase64url(b)),
      fc.constant(encodeBase64url(other)),
    )
    let count = 0
    const reasons = new Map<string, number>()
    await fc.assert(fc.asyncProperty(mutation, async (damaged) => {
      count++
      expect(damaged).not.toBe(payload)
      const result = await decodeUpdatePayload(docId, key, damaged)
      expect(result.ok).toBe(false)
      if (result.ok) applyCarried(receiver, result.value, 'fuzz')
      else reasons.set(result.reason, (reasons.get(result.reason) ?? 0) + 1)
    }), { numRuns: 10_000 })
    expect(count).toBe(10_000)
    expect(Y.encodeStateAsUpdateV2(receiver)).toEqual(before)
    // The damage was varied enough to reach every check.
    expect([...reasons.keys()].sort()).toEqual(['corrupt', 'malformed', 'too-new', 'truncated', 'wrong-key'])
  }, 120_000)
})
