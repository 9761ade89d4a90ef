import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { openBackup, sealBackup } from '../../../src/sync/backupFile'
import { newDocumentId, newDocumentKey } from '../../../src/sync/invite'
import type { BackupContents } from '../../../src/sync/messages'
import { makeCircle } from '../store/projection/circle'

/** Few iterations here: the format is what is tested; the real count only costs time. */
const FAST = 1000

function contentsOf(doc: Y.Doc): BackupContents {
  const helper = new Y.Doc()
  helper.getMap('tasks').set('need:2026-12-01:08:00', { title: 'Walk' })
  return {
    createdAt: 1_790_000_000_000,
    circle: { docId: newDocumentId(), key: newDocumentKey(), label: 'Rowan' },
    documents: [{ docId: newDocumentId(), state: Y.encodeStateAsUpdate(helper) }, { docId: '', state: Y.encodeStateAsUpdate(doc) }],
  }
}

function withMap(contents: BackupContents): BackupContents {
  return { ...contents, documents: contents.documents.map((d) => (d.docId === '' ? { ...d, docId: contents.circle.docId } : d)) }
}

describe('backup files', () => {
  it('round-trip a whole circle: the map, its key and every document, byte for byte', async () => {
    const circle = makeCircle()
    const contents = withMap(contentsOf(circle.store.doc))
    const sealed = await sealBackup(contents, 'four calm words here', FAST)
    const opened = await openBackup(sealed, 'four calm words here')
    if (!opened.ok) throw new Error(opened.reason)
    expect(opened.value).toEqual(contents)
    const restored = new Y.Doc()
    Y.applyUpdate(restored, opened.value.documents.find((d) => d.docId === contents.circle.docId)!.state)
    expect(restored.getMap('needs').toJSON()).toEqual(circle.store.doc.getMap('needs').toJSON())
    // Nothing readable in the file: not the name, not a key.
    const text = new TextDecoder('utf-8', { fatal: false }).decode(sealed)
    expect(text).not.toContain('Rowan')
    expect(text).not.toContain(contents.circle.key)
  })

  it('tells a wrong passphrase from a damaged file, and a file that is no backup at all', async () => {
    const contents = withMap(contentsOf(makeCircle().store.doc))
    const sealed = await sealBackup(contents, 'correct horse battery', FAST)
    expect(await openBackup(sealed, 'correct horse batterY')).toEqual({ ok: false, reason: 'wrong-passphrase' })
    expect(await openBackup(sealed, '')).toEqual({ ok: false, reason: 'wrong-passphrase' })
    expect(await openBackup(sealed.slice(0, sealed.byteLength - 100), 'correct horse battery')).toEqual({ ok: false, reason: 'damaged' })
    expect(await openBackup(sealed.slice(0, 20), 'correct horse battery')).toEqual({ ok: false, reason: 'damaged' })
    expect(await openBackup(new TextEncoder().encode('https://example.org/#/u/abc'), 'x')).toEqual({ ok: false, reason: 'not-backup' })
    expect(await openBackup(new Uint8Array(0), 'x')).toEqual({ ok: false, reason: 'not-backup' })
    const newer = sealed.slice()
    newer[7] = 2
    expect(await openBackup(newer, 'correct horse battery')).toEqual({ ok: false, reason: 'too-new' })
    const absurd = sealed.slice()
    absurd.set([0xff, 0xff, 0xff, 0xff], 8)
    expect(await openBackup(absurd, 'correct horse battery')).toEqual({ ok: false, reason: 'damaged' })
  })

  it('never opens a file with any single byte changed after the header’s passphrase check', async () => {
    const contents = withMap(contentsOf(makeCircle().store.doc))
    const sealed = await sealBackup(contents, 'correct horse battery', FAST)
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 12, max: sealed.byteLength - 1 }), fc.integer({ min: 1, max: 255 }), async (index, flip) => {
        const damaged = sealed.slice()
        damaged[index] ^= flip
        const opened = await openBackup(damaged, 'correct horse battery')
        expect(opened.ok).toBe(false)
        // Changing the salt, iterations or check reads as a wrong passphrase; anything else as damage.
        if (!opened.ok) expect(['damaged', 'wrong-passphrase']).toContain(opened.reason)
      }),
      { numRuns: 40 },
    )
  }, 30_000)

  it('never opens a file cut short anywhere: a clear reason, never a throw', async () => {
    const contents = withMap(contentsOf(makeCircle().store.doc))
    const sealed = await sealBackup(contents, 'correct horse battery', FAST)
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: sealed.byteLength - 1 }), async (length) => {
        const opened = await openBackup(sealed.slice(0, length), 'correct horse battery')
        // Too short to carry the "KITHBAK" mark is no backup; anything longer is a damaged one.
        expect(opened).toEqual({ ok: false, reason: length < 8 ? 'not-backup' : 'damaged' })
      }),
      { numRuns: 40 },
    )
  }, 30_000)
})
