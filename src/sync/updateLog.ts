import * as encoding from 'lib0/encoding'
import * as Y from 'yjs'

/**
 * How one document sits in IndexedDB: a database `kith-doc-<docId>` with an auto-incremented
 * `updates` store of Yjs updates (and an unused `custom` store) — the layout y-indexeddb wrote,
 * so circles stored by earlier versions of Kith open unchanged.
 *
 * Every row is read on its own: one damaged row costs only itself, never the circle. Every
 * write reports whether it reached storage (`durability: 'strict'`: flushed to disk before
 * "complete"), so the screen says "Saved" only when it is true. A rewrite (the whole state, in
 * pieces of a kilobyte or two: `piecesOf`) reads, merges and replaces rows in one transaction, so
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

/** Below this, a state is stored as one row; above, in pieces of about this size (see `piecesOf`). */
const PIECE_BYTES = 1500
/** A state is cut in at most this many pieces, so a large map's rewrite stays far below the rows that compact it. */
const MAX_PIECES = 64

/**
 * A Yjs update (v1) as several smaller updates that, applied in order, make the same state:
 * each piece holds a run of one client's structs, the last one the delete set. Loading applies
 * one row per slice of the page's time (applyRowsInSlices), and a whole state as one row was one
 * long task of decoding and integrating; pieces make it several short ones. Applied out of order
 * or alone, a piece waits in Yjs's pending structs as any update would. Structs are written as
 * Yjs writes them in `mergeUpdates` (`Item.write`); the format is Yjs's v1 update.
 */
export function piecesOf(update: Uint8Array): Uint8Array[] {
  if (update.byteLength <= PIECE_BYTES * 2) return [update]
  const { structs } = Y.decodeUpdate(update)
  if (structs.length === 0) return [update]
  const perPiece = Math.max(1, Math.ceil(structs.length / Math.min(MAX_PIECES - 1, Math.ceil(update.byteLength / PIECE_BYTES))))
  const pieces: Uint8Array[] = []
  let run: typeof structs = []
  const writeRun = () => {
    if (run.length === 0) return
    const encoder = new Y.UpdateEncoderV1()
    encoding.writeVarUint(encoder.restEncoder, 1) // one client
    encoding.writeVarUint(encoder.restEncoder, run.length)
    encoder.writeClient(run[0].id.client)
    encoding.writeVarUint(encoder.restEncoder, run[0].id.clock)
    for (const struct of run) struct.write(encoder, 0)
    encoding.writeVarUint(encoder.restEncoder, 0) // no deletions: they come last
    pieces.push(encoder.toUint8Array())
    run = []
  }
  for (const struct of structs) {
    const last = run.at(-1)
    // A run is one client's consecutive structs; a gap (a Skip) starts a new run.
    const continues = last && last.id.client === struct.id.client && last.id.clock + last.length === struct.id.clock
    if (!continues || run.length >= perPiece) writeRun()
    if (!(struct instanceof Y.Skip)) run.push(struct)
  }
  writeRun()
  // The delete set alone: what the update holds below its own state vector, which is no struct.
  pieces.push(Y.diffUpdate(update, Y.encodeStateVectorFromUpdate(update)))
  return pieces
}

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
 * so the page gets a turn: a whole map was one long task of decoding and integrating. A value
 * that is not a readable update, or that Yjs refuses, is counted damaged and left on disk.
 * Readers see the document grow row by row: whatever must see it whole waits for the load.
 */
export async function applyRowsInSlices(doc: Y.Doc, values: StoredValue[], origin: unknown, between: () => Promise<void>): Promise<{ applied: number; damaged: number }> {
  let applied = 0
  for (const { key, value } of values) {
    const update = readableUpdate(value)
    if (update && applyRows(doc, [{ key, update }], origin).length === 1) applied += 1
    await between()
  }
  return { applied, damaged: values.length - applied }
}

/** Applies stored values in one transaction; counts those that are no readable update, or that Yjs refuses, as damaged. */
export function applyAll(doc: Y.Doc, values: StoredValue[], origin: unknown): { applied: number; damaged: number } {
  const { rows } = readableRows(values)
  const applied = applyRows(doc, rows, origin).length
  return { applied, damaged: values.length - applied }
}

/** Reads every row of the store; calls back synchronously, inside the same transaction. */
function readRows(store: IDBObjectStore, done: (values: StoredValue[]) => void): void {
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
function inTransaction<T>(db: IDBDatabase, mode: IDBTransactionMode, work: (store: IDBObjectStore, tx: IDBTransaction) => () => T): Promise<T> {
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

function readableRows(values: StoredValue[]): LogContents {
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

export interface Rewritten {
  /** Rows left as they were because they could not be read (kept unless `dropDamaged`). */
  damaged: number
  rows: number
}

/**
 * Replaces the stored rows with the document's whole state as one row, in one transaction:
 * first every readable row is merged into `doc` (another tab may have written some), then the
 * state is added and the merged rows deleted. Damaged rows stay unless `dropDamaged` (the
 * person chose to save a repaired copy).
 */
export function rewriteLog(db: IDBDatabase, doc: Y.Doc, origin: unknown, dropDamaged: boolean): Promise<Rewritten> {
  return inTransaction(db, 'readwrite', (store, tx) => {
    const result: Rewritten = { damaged: 0, rows: 0 }
    readRows(store, (values) => {
      try {
        const { rows, damaged } = readableRows(values)
        const merged = applyRows(doc, rows, origin)
        const unusable = [...damaged, ...rows.filter((row) => !merged.includes(row)).map((row) => row.key)]
        const pieces = piecesOf(Y.encodeStateAsUpdate(doc))
        for (const piece of pieces) store.add(piece)
        result.rows = pieces.length
        for (const { key } of merged) store.delete(key)
        if (dropDamaged) for (const key of unusable) store.delete(key)
        else result.damaged = unusable.length
        result.rows += result.damaged
      } catch {
        tx.abort() // nothing of the rewrite happens; the abort reports it
      }
    })
    return () => result
  })
}

export function deleteLog(name: string): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name)
    // Blocked: a tab of an older Kith keeps it open; it is deleted when that tab closes.
    request.onsuccess = request.onerror = request.onblocked = () => resolve()
  })
}
