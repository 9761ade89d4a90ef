import * as Y from 'yjs'
import { IndexeddbPersistence } from 'y-indexeddb'

/**
 * One Y.Doc per document id for the whole page, kept in a module-level registry: React
 * StrictMode and hot reload would otherwise open a document twice. IndexedDB database
 * names carry only the random document id, never a name.
 */
export interface OpenDoc {
  doc: Y.Doc
  persistence: IndexeddbPersistence
  /** Resolves when stored content is loaded; rejects after a timeout (a broken database can hang). */
  ready: Promise<void>
}

const registry = new Map<string, OpenDoc>()
const LOAD_TIMEOUT_MS = 8000

export function databaseName(docId: string): string {
  return `kith-doc-${docId}`
}

export class StorageTimeoutError extends Error {
  constructor() {
    super('Stored data took too long to load')
    this.name = 'StorageTimeoutError'
  }
}

export function openDoc(docId: string): OpenDoc {
  const existing = registry.get(docId)
  if (existing) return existing
  const doc = new Y.Doc()
  const persistence = new IndexeddbPersistence(databaseName(docId), doc)
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new StorageTimeoutError()), LOAD_TIMEOUT_MS)
    persistence.whenSynced.then(() => {
      clearTimeout(timer)
      resolve()
    }, reject)
  })
  const opened = { doc, persistence, ready }
  registry.set(docId, opened)
  return opened
}

/** Forgets a document on this device: its whole database, not just its content. */
export async function deleteDoc(docId: string): Promise<void> {
  const opened = registry.get(docId)
  registry.delete(docId)
  if (opened) {
    await opened.persistence.clearData()
    opened.doc.destroy()
  } else {
    await new Promise<void>((resolve) => {
      const request = indexedDB.deleteDatabase(databaseName(docId))
      request.onsuccess = request.onerror = request.onblocked = () => resolve()
    })
  }
}

/** Asks the browser to keep our data; the answer is shown, never relied on. */
export async function requestPersistentStorage(): Promise<boolean | null> {
  if (!navigator.storage?.persist) return null
  try {
    return (await navigator.storage.persisted()) || (await navigator.storage.persist())
  } catch {
    return null
  }
}
