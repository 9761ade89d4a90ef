import * as Y from 'yjs'
import type { Instant } from '../domain/model'
import { loadedSafetyWords, needsWordCheck } from '../domain/safetyVerdict'
import { ARCHIVED_COMMANDS, commands, MAP_COLLECTIONS, type CommandInput, type CommandName, type CommandResult } from './commands'
import { refusals } from './commands/words'
import { MAP_SCHEMA_VERSION, mapMigrations } from './migrations/map'
import { migrateDoc } from './migrations/migrate'
import { commandOrigin, storageOrigin } from './origins'
import type { Refusal, UndoToken } from './commands/define'
import { readMapSnapshot, readMapSnapshotInSteps, type MapSnapshot } from './snapshot'

export { readMapSnapshot, type MapDocState, type MapSnapshot } from './snapshot'

/**
 * The coordinator's map document seen through typed snapshots (frozen in development and tests). React subscribes with
 * useSyncExternalStore: `getSnapshot` returns the same object until the document changes.
 */
export interface MapStore {
  readonly doc: Y.Doc
  getSnapshot(): MapSnapshot
  /**
   * Reads the snapshot ahead, a collection at a time with `between()` awaited before each, so
   * that the first `getSnapshot()` of a screen finds it ready instead of reading the whole map
   * in one task. If the document changes meanwhile, `getSnapshot()` simply reads it then.
   */
  prepareSnapshot(between: () => Promise<void>): Promise<void>
  subscribe(listener: () => void): () => void
  run<N extends CommandName>(name: N, input: CommandInput<N>, now: Instant): CommandResult
  /** The coordinator device this store runs on, once the circle has several: its activity entries are signed with it. */
  setAuthor(deviceId: string | null): void
  /** Whether the command `token` stands for is still the last thing done on this device, so that Undo would mean it. */
  canUndo(token: UndoToken): boolean
  /**
   * Takes back the command `token` stands for, only while it is the last thing done on this
   * device; says whether anything changed (not when another device has since changed it all).
   */
  undo(token: UndoToken): boolean
  destroy(): void
}

/**
 * Why the document refuses every write, if it does: it is from a newer Kith, or its circle
 * has ended (only reopening is allowed then). Checked here, once, for every command.
 */
function writeRefusal(snapshot: MapSnapshot, name: CommandName): Refusal | null {
  if (snapshot.state === 'too-new') return { path: 'meta/schemaVersion', phrase: refusals.tooNew }
  if (snapshot.circle?.status === 'archived' && !ARCHIVED_COMMANDS.has(name)) return { path: 'circle/status', phrase: refusals.archived }
  return null
}

/**
 * `loaded`: when the document is being read from storage, resolves once all of it is there.
 * Stored rows arrive in several transactions (sync/updateLog.ts applies them in slices): a
 * migration run on half a document would mark it current while older rows still came in, so
 * it waits for the whole.
 */
export function createMapStore(doc: Y.Doc, loaded?: Promise<unknown>): MapStore {
  migrateDoc(doc, 'map', mapMigrations, MAP_SCHEMA_VERSION)
  const listeners = new Set<() => void>()
  const undoManager = new Y.UndoManager(MAP_COLLECTIONS.map((name) => doc.getMap(name)), {
    trackedOrigins: new Set([commandOrigin]),
    captureTimeout: 0,
  })
  let version = 0
  let snapshot: MapSnapshot | null = null
  let author: string | null = null
  let loading = loaded !== undefined
  loaded?.then(() => {
    loading = false
    migrateDoc(doc, 'map', mapMigrations, MAP_SCHEMA_VERSION)
  }, () => undefined)

  const onAfterTransaction = (transaction: Y.Transaction) => {
    if (transaction.changed.size === 0) return
    version += 1
    snapshot = null
    // A document arriving from a peer, another tab or storage may be older than this app; while
    // storage is still loading, it waits for the whole document (above).
    if (transaction.origin !== commandOrigin && !(loading && transaction.origin === storageOrigin)) migrateDoc(doc, 'map', mapMigrations, MAP_SCHEMA_VERSION)
    for (const listener of [...listeners]) listener()
  }
  doc.on('afterTransaction', onAfterTransaction)

  // A need with no current word verdict (an older app wrote it, or the word list changed) reads
  // as held back until the word check loads; then every reader sees it afresh.
  let wordsLoading = false
  const loadWordCheck = () => {
    wordsLoading = true
    import('../domain/safety').then(
      () => {
        version += 1
        snapshot = null
        for (const listener of [...listeners]) listener()
      },
      () => void (wordsLoading = false),
    )
  }

  const keep = (read: MapSnapshot) => {
    snapshot = read
    if (!wordsLoading && !loadedSafetyWords() && read.needs.some(needsWordCheck)) loadWordCheck()
    return read
  }
  const getSnapshot = () => snapshot ?? keep(readMapSnapshot(doc, version, undoManager.canUndo()))

  const prepareSnapshot = async (between: () => Promise<void>) => {
    if (snapshot) return
    const read = await readMapSnapshotInSteps(doc, version, undoManager.canUndo(), between, () => version)
    if (read && !snapshot && read.version === version) keep(read)
  }

  return {
    doc,
    getSnapshot,
    prepareSnapshot,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    run(name, input, now) {
      const refusal = writeRefusal(getSnapshot(), name)
      if (refusal) return { ok: false, problems: [refusal] }
      const command = commands[name] as (doc: Y.Doc, input: CommandInput<N>, now: Instant, author: string | null) => CommandResult
      const before = undoManager.undoStack.at(-1)
      const result = command(doc, input, now, author)
      // Each command is its own step (captureTimeout 0); one that changed nothing adds none.
      const step = undoManager.undoStack.at(-1)
      return result.ok && step !== undefined && step !== before ? { ...result, undo: step as unknown as UndoToken } : result
    },
    setAuthor(deviceId) {
      author = deviceId
    },
    canUndo(token) {
      return undoManager.undoStack.at(-1) === (token as unknown)
    },
    undo(token) {
      if (undoManager.undoStack.at(-1) !== (token as unknown)) return false
      // Y.UndoManager goes on to the step below when a step changes nothing (another device has
      // since overwritten all of it): given only this step, it can take back nothing else.
      const below = undoManager.undoStack.slice(0, -1)
      undoManager.undoStack = [undoManager.undoStack.at(-1)!]
      try {
        return undoManager.undo() !== null
      } finally {
        undoManager.undoStack = [...below, ...undoManager.undoStack]
      }
    },
    destroy() {
      doc.off('afterTransaction', onAfterTransaction)
      undoManager.destroy()
      listeners.clear()
    },
  }
}

type N = CommandName
