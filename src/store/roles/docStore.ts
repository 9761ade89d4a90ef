import * as Y from 'yjs'
import type { MovedTo } from '../fold/fresh'
import { commandOrigin } from '../origins'
import { DOCUMENT_KEYS_SECTION, documentIdPattern, documentKeyPattern } from '../schema/document'

/**
 * The shape every document store shares: a cached snapshot rebuilt after a change, with a
 * version counter, for React's useSyncExternalStore.
 */
export interface DocStore<S> {
  readonly doc: Y.Doc
  getSnapshot(): S
  subscribe(listener: () => void): () => void
  destroy(): void
}

export function createDocStore<S>(doc: Y.Doc, read: (doc: Y.Doc, version: number) => S): DocStore<S> {
  const listeners = new Set<() => void>()
  let version = 0
  let snapshot: S | null = null
  const onAfterTransaction = (transaction: Y.Transaction) => {
    if (transaction.changed.size === 0) return
    version += 1
    snapshot = null
    for (const listener of [...listeners]) listener()
  }
  doc.on('afterTransaction', onAfterTransaction)
  return {
    doc,
    getSnapshot() {
      snapshot ??= read(doc, version)
      return snapshot
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    destroy() {
      doc.off('afterTransaction', onAfterTransaction)
      listeners.clear()
    },
  }
}

/** Plain values of a flat top-level map, without Yjs types. */
export function flatEntries(doc: Y.Doc, name: string): Array<[string, unknown]> {
  const out: Array<[string, unknown]> = []
  doc.getMap(name).forEach((value, key) => out.push([key, value instanceof Y.AbstractType ? null : value]))
  return out.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
}

/** A write by the person holding the device, in one transaction. */
export function writeOwn(doc: Y.Doc, write: () => void): void {
  doc.transact(write, commandOrigin)
}

/**
 * Where this person's document moved (the coordinator gave it a fresh start, store/fold/fresh.ts),
 * from its `meta`; null when it did not, or when what is there is not a document id and key.
 */
export function movedToOf(doc: Y.Doc): MovedTo | null {
  const meta = doc.getMap<unknown>('meta')
  const docId = meta.get('movedTo')
  const key = meta.get('movedKey')
  return typeof docId === 'string' && documentIdPattern.test(docId) && typeof key === 'string' && documentKeyPattern.test(key) ? { docId, key } : null
}

/** The document this one replaced (store/fold/fresh.ts), which this device may still hold; null when none. */
export function replacedOf(doc: Y.Doc): string | null {
  const replaces = doc.getMap<unknown>(DOCUMENT_KEYS_SECTION).get('replaces')
  return typeof replaces === 'string' && documentIdPattern.test(replaces) ? replaces : null
}
