import * as Y from 'yjs'

/**
 * How one document sits in IndexedDB: a database `kith-doc-<docId>` with an auto-incremented
 * `updates` store of Yjs updates (and an unused `custom` store) — the layout y-indexeddb wrote,
 * so circles stored by earlier versions of Kith open unchanged.
 *
 * Every row is read on its own: one damaged row costs only itself, never the circle. Every
 * write reports whether it reached storage (`durability: 'strict'`: flushed to disk before
 * "complete"), so the screen says "Saved" only when it is true. A rewrite (the whole state, in
 * pieces of a kilobyte or two: updatePieces.ts, with `rewriteLog`) reads, merges and replaces rows in one transaction, so
 * rows another tab wrote in the meantime are merged, never deleted unread.
 */
const UPDATES = 'updates'
const CUSTOM = 'custom'

export type StorageProblem = 'quota' | 'closed' | 'missing' | 'unknown'

/** A storage failure with the kind of problem a person can act on. */
export class StorageError extends Error {
  constructor(readonly problem: StorageProblem, cause?: unknown) {
    super(cause instanceof Error ? `${problem}: ${cause.name} ${cause.message}` : problem)
    this.name = 'StorageError'
  }
}

export function problemOf(error: unknown): StorageProblem {
  if (error instanceof StorageError) return error.problem
  const name = error instanceof DOMException || error instanceof Error ? error.name : ''
  if (name === 'QuotaExceededError') return 'quota'
  if (name === 'InvalidStateError' || name === 'TransactionInactiveError') return 'closed'
  return 'unknown'
}

const asStorageError = (error: unknown) => (error instanceof StorageError ? error : new StorageError(problemOf(error), error))

/**
 * `create`: make the database if it is not there. `existing`: open only a database that is
 * there; a missing one is not created (an empty new one would hide that it was lost).
 */
export type OpenMode = 'create' | 'existing'

export function openLog(name: string, mode: OpenMode): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    let request: IDBOpenDBRequest
    try {
      request = indexedDB.open(name)
    } catch (error) {
      return reject(asStorageError(error))
    }
    let missing = false
    request.onupgradeneeded = (event) => {
      const upgrade = request.transaction!
      if (event.oldVersion === 0 && mode === 'existing') {
        missing = true
        upgrade.abort() // an aborted first upgrade leaves no database behind
        return
      }
      const db = request.result
      if (!db.objectStoreNames.contains(UPDATES)) db.createObjectStore(UPDATES, { autoIncrement: true })
      if (!db.objectStoreNames.contains(CUSTOM)) db.createObjectStore(CUSTOM)
    }
    request.onsuccess = () => resolve(request.result)
    request.onerror = (event) => {
      event.preventDefault()
      reject(missing ? new StorageError('missing') : asStorageError(request.error))
    }
    request.onblocked = () => undefined // another tab is deleting it; we wait, and the caller's timeout speaks
  })
}

export interface StoredRow {
  key: IDBValidKey
  update: Uint8Array
}

export interface LogContents {
  rows: StoredRow[]
  /** Keys of rows that are not a readable Yjs update. */
  damaged: IDBValidKey[]
}

/** A stored value as a Yjs update, or null when it is not one (wrong type, cut short, garbage). */
export function readableUpdate(value: unknown): Uint8Array | null {
  const bytes = value instanceof Uint8Array ? value : value instanceof ArrayBuffer ? new Uint8Array(value) : null
  if (!bytes || bytes.byteLength < 2) return null
  try {
    Y.decodeUpdate(bytes)
    return bytes
  } catch {
    return null
  }
}

/** Up to this size an update is stored as one row; above, in pieces (updatePieces.ts). */
export const WHOLE_ROW_BYTES = 3000

/** Applies rows in one transaction; returns those Yjs accepted (a row that throws is left out). */
export function applyRows(doc: Y.Doc, rows: StoredRow[], origin: unknown): StoredRow[] {
  const applied: StoredRow[] = []
  Y.transact(doc, () => {
    for (const row of rows) {
      try {
        Y.applyUpdate(doc, row.update)
        applied.push(row)
      } catch {
        // counted as damaged by the caller
      }
    }
  }, origin, false)
  return applied
}

export interface StoredValue {
  key: IDBValidKey
  /** As stored: not yet known to be a Yjs update (undefined when the browser could not read it). */
  value: unknown
}

/**
 * Applies stored values in order, each in its own transaction, awaiting `between()` after each
 * so the page gets a turn: a whole map was one long task of decoding and integrating. Resolves
 * with how many were applied; a value that is not a readable update, or that Yjs refuses, is not
 * (the caller counts it damaged; it stays on disk).
 * Readers see the document grow row by row: whatever must see it whole waits for the load.
 */
export async function applyRowsInSlices(doc: Y.Doc, values: StoredValue[], origin: unknown, between: () => Promise<void>): Promise<number> {
  let applied = 0
  for (const value of values) {
    const { rows } = readableRows([value])
    if (rows.length) applied += applyRows(doc, rows, origin).length
    await between()
  }
  return applied
}

/** Reads every row of the store; calls back synchronously, inside the same transaction. */
export function readRows(store: IDBObjectStore, done: (values: StoredValue[]) => void): void {
  const keysRequest = store.getAllKeys()
  keysRequest.onsuccess = () => {
    const keys = keysRequest.result
    const values: unknown[] = new Array(keys.length)
    const failed = new Set<number>()
    let left = keys.length
    const finish = () => done(keys.map((key, index) => ({ key, value: failed.has(index) ? undefined : values[index] })))
    if (left === 0) return finish()
    // One request per row: a row the browser cannot even deserialize fails alone.
    keys.forEach((key, index) => {
      const request = store.get(key)
      request.onsuccess = () => {
        values[index] = request.result
        if (--left === 0) finish()
      }
      request.onerror = (event) => {
        event.preventDefault()
        failed.add(index)
        if (--left === 0) finish()
      }
    })
  }
}

/**
 * Runs `work` in one transaction on the updates store and resolves with what it produced once
 * the transaction is complete — for a write, once it is on disk (`durability: 'strict'`).
 */
export function inTransaction<T>(db: IDBDatabase, mode: IDBTransactionMode, work: (store: IDBObjectStore, tx: IDBTransaction) => () => T): Promise<T> {
  return new Promise((resolve, reject) => {
    let tx: IDBTransaction | undefined
    let result: () => T
    try {
      tx = db.transaction(UPDATES, mode, { durability: mode === 'readwrite' ? 'strict' : 'default' })
      result = work(tx.objectStore(UPDATES), tx)
    } catch (error) {
      try {
        tx?.abort()
      } catch {
        // it had finished already
      }
      return reject(asStorageError(error))
    }
    const done = tx
    done.oncomplete = () => resolve(result())
    done.onabort = () => reject(asStorageError(done.error ?? new DOMException('aborted', 'AbortError')))
  })
}

/** Every stored row as it is; applyRowsInSlices reads them as updates (not in this transaction's callback: that was one long task). */
export function loadLog(db: IDBDatabase): Promise<StoredValue[]> {
  return inTransaction(db, 'readonly', (store) => {
    let values: StoredValue[] = []
    readRows(store, (read) => (values = read))
    return () => values
  })
}

export function readableRows(values: StoredValue[]): LogContents {
  const contents: LogContents = { rows: [], damaged: [] }
  for (const { key, value } of values) {
    const update = readableUpdate(value)
    if (update) contents.rows.push({ key, update })
    else contents.damaged.push(key)
  }
  return contents
}

/** Appends rows; resolves with how many once they are on disk. */
export function appendRows(db: IDBDatabase, rows: Uint8Array[]): Promise<number> {
  return inTransaction(db, 'readwrite', (store) => {
    for (const row of rows) store.add(row)
    return () => rows.length
  })
}

/** How long a forgetting waits for a blocked deletion before it goes on (the deletion still happens). */
const DELETE_BLOCKED_WAIT_MS = 5000

export function deleteLog(name: string): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name)
    request.onsuccess = request.onerror = () => resolve()
    // Blocked: a connection closed while its last write still runs (a withdrawal's rewrite), or a
    // tab of an older Kith that keeps it open. The first ends in a moment, and a phone that says
    // "no longer keeps any of it" must be right; the second may never end: deleted when it closes.
    request.onblocked = () => setTimeout(resolve, DELETE_BLOCKED_WAIT_MS)
  })
}
