import * as Y from 'yjs'
import { storageOrigin, tabsOrigin } from '../store/origins'
import { shareAcrossTabs } from './tabs'
import { publishStorageStatuses } from './storageStatus'
import { forgetPaint } from './firstPaint'
import { forgetDates } from '../i18n/dateMemory'
import {
  appendRows, applyRows, applyRowsInSlices, deleteLog, loadLog, openLog, problemOf, readableRows, StorageError, WHOLE_ROW_BYTES, type OpenMode, type StorageProblem,
} from './updateLog'
import type { Rewritten } from './updatePieces'
import { slicer } from './slices'

/**
 * One Y.Doc per document id for the whole page, kept in a module-level registry (React
 * StrictMode and hot reload would otherwise open a document twice), stored in IndexedDB.
 *
 * "Saved" means stored: every update is written as it happens, and `whenStored` resolves only
 * once the browser says the write reached disk. A failed write (a full disk, a closed
 * database, anything) is never dropped quietly: the document is marked failing, everything
 * waiting on it hears so, and Kith retries by writing the whole state — so later edits never
 * sit on disk behind a lost one (Yjs would keep them pending, invisible, after a reload).
 *
 * Once loaded, a document is shared live with this browser's other tabs (tabs.ts).
 *
 * Kith writes the rows itself rather than through y-indexeddb, which swallows write errors,
 * has no way to tell when a write is done, and rejects unhandled on one unreadable row.
 */
export interface LoadReport {
  /** Rows read and applied. */
  rows: number
  /** Rows that could not be read (left on disk until the person saves a repaired copy). */
  damaged: number
}

export type SaveState =
  | { kind: 'loading' }
  | { kind: 'saved' }
  | { kind: 'saving' }
  /** A write failed; the change is kept in memory and retried. */
  | { kind: 'failing'; problem: StorageProblem; since: number }
  /** The database was deleted underneath this page (another tab removed the circle): nothing here is saved any more. */
  | { kind: 'removed' }
  /** It never opened. */
  | { kind: 'unopened'; problem: StorageProblem | 'timeout' }

export interface DocStatus {
  docId: string
  state: SaveState
  load: LoadReport | null
  /** When saving worked again after failing (everything is stored since), or null. */
  recoveredAt: number | null
}

export interface OpenDoc {
  doc: Y.Doc
  /** Resolves when stored content is loaded; rejects when it cannot be (a broken database can hang: a timeout speaks then). */
  ready: Promise<LoadReport>
  /** Resolves once every change made so far is on disk; rejects (StorageError) when it is not. */
  whenStored(): Promise<void>
}

export class StorageTimeoutError extends Error {
  constructor() {
    super('Stored data took too long to load')
    this.name = 'StorageTimeoutError'
  }
}

/**
 * When the stored rows are rewritten as one row of the current, garbage-collected state.
 * `on-withdrawal`: as soon as a change removed or replaced anything (projection withdrew a
 * detail, a title changed), so what left a person's document leaves their phone's disk too —
 * the rows y-indexeddb-style appends would otherwise keep it. Person documents are small, so
 * this costs little. `by-size`: only past a number of rows (the coordinator's map, which holds
 * everything anyway and is large).
 */
export type Compaction = 'on-withdrawal' | 'by-size'

/**
 * How stored rows are applied when a document opens. `whole`: in one transaction, so listeners
 * attached before `ready` (a helper's first-paint copy, roleDocs.ts) see only the whole
 * document. `in-slices`: a row at a time, with the page's turn between slices, for a document
 * nobody reads before `ready` — a coordinator's map (its store migrates only once it is all
 * there, mapStore.ts) and the person documents the coordinator's device syncs
 * (coordinatorSync.ts). Loading them whole was among Assign's longest tasks.
 */
export type Loading = 'whole' | 'in-slices'

const LOAD_TIMEOUT_MS = 8000
/**
 * Stored rows are applied until this much time has passed, then the page gets a turn: Lighthouse
 * slows the CPU four times and drops tasks under 10 ms from its count, and this machine's wall
 * time is about twice its CPU time.
 */
const LOAD_SLICE_MS = 3
/** Rows after which the log is rewritten as one: loading stays fast, withdrawn content leaves the disk. */
const COMPACT_AFTER_ROWS = 300
const RETRY_FIRST_MS = 1000
const RETRY_MAX_MS = 30_000

export function databaseName(docId: string): string {
  return `kith-doc-${docId}`
}

class DocPersistence implements OpenDoc {
  state: SaveState = { kind: 'loading' }
  load: LoadReport | null = null
  recoveredAt: number | null = null
  readonly ready: Promise<LoadReport>
  private db: IDBDatabase | null = null
  private reopen = false
  private queue: Uint8Array[] = []
  private wholeState = false
  /** A change removed something since the last write began: the next write is a rewrite. */
  private compactPending = false
  private writing = false
  private rows = 0
  private changes = 0
  private storedChanges = 0
  private waiters: Array<{ upTo: number; resolve: () => void; reject: (error: StorageError) => void }> = []
  private retryTimer: ReturnType<typeof setTimeout> | null = null
  private attempts = 0
  private destroyed = false
  private stopSharing: () => void = () => undefined

  constructor(
    readonly docId: string, readonly doc: Y.Doc, private readonly mode: OpenMode, private readonly compaction: Compaction, private readonly loading: Loading = 'whole',
  ) {
    doc.on('update', this.onUpdate)
    // Content made before storage opened (a new circle's first state) is stored like any edit.
    if (doc.store.clients.size > 0) this.onUpdate(Y.encodeStateAsUpdate(doc), null)
    this.ready = this.open()
  }

  private onUpdate = (update: Uint8Array, origin: unknown, _doc?: Y.Doc, transaction?: Y.Transaction) => {
    // Rows just loaded are stored already; another tab stores its own changes.
    if (origin === storageOrigin || origin === tabsOrigin || this.destroyed) return
    this.changes += 1
    this.queue.push(update)
    // Something was removed or replaced: the next write replaces every row with the collected state.
    if (this.compaction === 'on-withdrawal' && transaction && transaction.deleteSet.clients.size > 0) this.compactPending = true
    if (this.state.kind === 'saved') this.setState({ kind: 'saving' })
    queueMicrotask(() => this.flush())
  }

  private async open(): Promise<LoadReport> {
    let timer: ReturnType<typeof setTimeout> | undefined
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new StorageTimeoutError()), LOAD_TIMEOUT_MS)
    })
    try {
      const db = await Promise.race([openLog(databaseName(this.docId), this.mode), timeout])
      this.attach(db)
      const values = await Promise.race([loadLog(db), timeout])
      const applied = this.loading === 'in-slices'
        ? await applyRowsInSlices(this.doc, values, storageOrigin, slicer(LOAD_SLICE_MS).slice)
        : applyRows(this.doc, readableRows(values).rows, storageOrigin).length
      this.load = { rows: applied, damaged: values.length - applied }
      this.rows = values.length
      this.setState(this.queue.length > 0 ? { kind: 'saving' } : { kind: 'saved' })
      this.flush()
      // Loaded: from now on the other tabs of this browser see every change at once (tabs.ts).
      if (!this.destroyed) this.stopSharing = shareAcrossTabs(this.docId, this.doc)
      return this.load
    } catch (error) {
      this.setState({ kind: 'unopened', problem: error instanceof StorageTimeoutError ? 'timeout' : problemOf(error) })
      throw error
    } finally {
      clearTimeout(timer)
    }
  }

  private attach(db: IDBDatabase) {
    if (this.destroyed) {
      db.close()
      return
    }
    this.db = db
    this.reopen = false
    db.onversionchange = (event) => {
      // Another tab deletes (or upgrades) the database: let it, and stop claiming saves here.
      db.close()
      this.db = null
      if (event.newVersion === null) this.removed()
      else this.fail('closed', true)
    }
    db.onclose = () => {
      // The browser closed it (site data cleared, a disk error): reopen on the next try.
      this.db = null
      this.fail('closed', true)
    }
  }

  private flush() {
    if (this.writing || !this.db || this.retryTimer || this.destroyed || this.state.kind === 'removed' || this.state.kind === 'unopened' || this.state.kind === 'loading') return
    if (!this.wholeState && this.queue.length === 0) return
    const upTo = this.changes
    const queued = this.queue
    const whole = this.wholeState || this.compactPending
    this.queue = []
    this.compactPending = false
    this.writing = true
    const write = whole
      ? rewriteAsPieces(this.db, this.doc, false).then((result) => { this.rows = result.rows })
      : appendAsPieces(this.db, queued.length === 1 ? queued[0] : Y.mergeUpdates(queued)).then((added) => { this.rows += added })
    write.then(
      () => {
        this.writing = false
        if (this.destroyed || this.state.kind === 'removed') return
        this.storedChanges = upTo
        this.wholeState = this.rows > COMPACT_AFTER_ROWS
        if (this.state.kind === 'failing') this.recoveredAt = Date.now()
        this.attempts = 0
        this.waiters = this.waiters.filter((waiter) => (waiter.upTo <= upTo ? (waiter.resolve(), false) : true))
        this.setState(this.queue.length > 0 || this.wholeState ? { kind: 'saving' } : { kind: 'saved' })
        this.flush()
      },
      (error: unknown) => {
        this.writing = false
        if (this.destroyed || this.state.kind === 'removed') return
        this.fail(problemOf(error), problemOf(error) === 'closed')
      },
    )
  }

  /** A write failed: keep everything in memory, tell whoever waits, retry with the whole state. */
  private fail(problem: StorageProblem, reopen: boolean) {
    if (this.destroyed || this.state.kind === 'removed') return
    this.wholeState = true
    this.queue = []
    this.reopen ||= reopen
    const since = this.state.kind === 'failing' ? this.state.since : Date.now()
    this.rejectWaiters(new StorageError(problem))
    this.setState({ kind: 'failing', problem, since })
    if (this.retryTimer) clearTimeout(this.retryTimer)
    const delay = Math.min(RETRY_MAX_MS, RETRY_FIRST_MS * 2 ** this.attempts)
    this.attempts += 1
    this.retryTimer = setTimeout(() => this.retry(), delay)
  }

  retry() {
    if (this.retryTimer) clearTimeout(this.retryTimer)
    this.retryTimer = null
    if (this.state.kind !== 'failing' || this.writing) return
    if (!this.reopen) return this.flush()
    openLog(databaseName(this.docId), 'create').then(
      (db) => {
        this.attach(db)
        this.flush()
      },
      (error: unknown) => this.fail(problemOf(error), true),
    )
  }

  private removed() {
    if (this.retryTimer) clearTimeout(this.retryTimer)
    this.retryTimer = null
    this.rejectWaiters(new StorageError('missing'))
    this.setState({ kind: 'removed' })
  }

  private rejectWaiters(error: StorageError) {
    const waiters = this.waiters
    this.waiters = []
    waiters.forEach((waiter) => waiter.reject(error))
  }

  private setState(state: SaveState) {
    this.state = state
    statusChanged()
  }

  whenStored(): Promise<void> {
    const upTo = this.changes
    if (this.state.kind === 'removed') return Promise.reject(new StorageError('missing'))
    if (this.state.kind === 'unopened') return Promise.reject(new StorageError(this.state.problem === 'timeout' ? 'unknown' : this.state.problem))
    if (this.state.kind === 'failing' && upTo > this.storedChanges) return Promise.reject(new StorageError(this.state.problem))
    if (upTo <= this.storedChanges) return Promise.resolve()
    return new Promise((resolve, reject) => this.waiters.push({ upTo, resolve, reject }))
  }

  /** Has something this page changed that is not on disk yet (or never will be)? */
  unsaved(): boolean {
    return this.state.kind !== 'removed' && this.changes > this.storedChanges
  }

  /** Saves what could be read as one row and drops the rows that could not. */
  async repair(): Promise<void> {
    await this.ready
    if (!this.db) throw new StorageError('closed')
    const result = await rewriteAsPieces(this.db, this.doc, true)
    this.rows = result.rows
    this.load = { rows: this.load?.rows ?? 0, damaged: 0 }
    statusChanged()
  }

  status(): DocStatus {
    return { docId: this.docId, state: this.state, load: this.load, recoveredAt: this.recoveredAt }
  }

  /** Stops storing; closes the database. The document itself stays usable in memory. */
  destroy() {
    this.destroyed = true
    this.stopSharing()
    this.doc.off('update', this.onUpdate)
    if (this.retryTimer) clearTimeout(this.retryTimer)
    this.rejectWaiters(new StorageError('closed'))
    this.db?.close()
    this.db = null
  }
}

// A large update (a new circle's first state) and a rewrite of the log are stored in pieces, so
// that loading them can be sliced (updatePieces.ts); the code that cuts them loads only then.
const loadPieces = () => import('./updatePieces')

function appendAsPieces(db: IDBDatabase, update: Uint8Array): Promise<number> {
  if (update.byteLength <= WHOLE_ROW_BYTES) return appendRows(db, [update])
  return loadPieces().then(({ piecesOf }) => appendRows(db, piecesOf(update)))
}

function rewriteAsPieces(db: IDBDatabase, doc: Y.Doc, dropDamaged: boolean): Promise<Rewritten> {
  return loadPieces().then(({ rewriteLog }) => rewriteLog(db, doc, storageOrigin, dropDamaged))
}

const registry = new Map<string, DocPersistence>()

/**
 * Opens a document. `existing` refuses to create a database that is not there (a coordinator's
 * circle whose storage vanished must say so, not open empty); `create` is for documents that
 * arrive by sync and start empty. A person's document compacts on withdrawal (the default); the
 * coordinator's map by size.
 */
export function openDoc(docId: string, mode: OpenMode = 'create', compaction: Compaction = 'on-withdrawal', loading: Loading = 'whole'): OpenDoc {
  const existing = registry.get(docId)
  if (existing && existing.state.kind !== 'unopened') return existing
  existing?.destroy()
  const opened = new DocPersistence(docId, existing?.doc ?? new Y.Doc(), mode, compaction, loading)
  opened.ready.catch(() => undefined) // the caller handles it; never an unhandled rejection
  registry.set(docId, opened)
  watchUnload()
  return opened
}

/**
 * Stores a document made in memory (a new circle with its first state) under a new id and
 * resolves once it is on disk; only then may the device list it.
 */
export async function createDoc(docId: string, doc: Y.Doc, compaction: Compaction): Promise<OpenDoc> {
  if (registry.has(docId)) throw new Error(`document ${docId} is already open`)
  const opened = new DocPersistence(docId, doc, 'create', compaction)
  registry.set(docId, opened)
  watchUnload()
  try {
    await opened.ready
    await opened.whenStored()
    return opened
  } catch (error) {
    registry.delete(docId)
    opened.destroy()
    statusChanged() // it never was a circle here: no note about its saves
    await deleteLog(databaseName(docId))
    throw error
  }
}

/** Forgets a document on this device: its whole database, not just its content (old rows keep old content). */
export async function deleteDoc(docId: string): Promise<void> {
  const opened = registry.get(docId)
  registry.delete(docId)
  if (opened) {
    opened.destroy()
    opened.doc.destroy()
    statusChanged()
  }
  // The copy its first screen is painted from goes with it (sync/firstPaint.ts), and the dates
  // this device remembers (their labels may be its times).
  forgetPaint(docId)
  forgetDates()
  await deleteLog(databaseName(docId))
}

/** Resolves once every open document's changes so far are on disk; rejects with the first failure. */
export function whenAllStored(): Promise<void> {
  return Promise.all([...registry.values()].map((opened) => opened.whenStored())).then(() => undefined)
}

/** Tries every failing write again now (the person freed some space). */
export function retrySaving(): void {
  registry.forEach((opened) => opened.retry())
}

export function repairDoc(docId: string): Promise<void> {
  const opened = registry.get(docId)
  return opened ? opened.repair() : Promise.reject(new StorageError('closed'))
}

// ---- Status for the screen (storageStatus.ts keeps the list): rebuilt when any document's state changes.

function statusChanged() {
  publishStorageStatuses([...registry.values()].map((opened) => opened.status()))
}

export { storageStatuses, subscribeStorage } from './storageStatus'

let watchingUnload = false
/**
 * Leaving while a change is not on disk (or cannot be) asks first. Coming back to the page (from
 * freeing space in another app, say) tries failing writes again at once, not at the next timer.
 */
function watchUnload() {
  if (watchingUnload || typeof window === 'undefined') return
  watchingUnload = true
  window.addEventListener('beforeunload', (event) => {
    if ([...registry.values()].some((opened) => opened.unsaved())) event.preventDefault()
  })
  window.addEventListener('focus', retrySaving)
  window.addEventListener('online', retrySaving)
  document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && retrySaving())
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

export interface StorageEstimate {
  usage: number
  quota: number
}

export async function storageEstimate(): Promise<StorageEstimate | null> {
  if (!navigator.storage?.estimate) return null
  try {
    const { usage = 0, quota = 0 } = await navigator.storage.estimate()
    return { usage, quota }
  } catch {
    return null
  }
}

export { problemOf, StorageError, type StorageProblem } from './updateLog'
