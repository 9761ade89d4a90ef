import * as Y from 'yjs'
import type { Boundaries, Circle, Instant, Need } from '../domain/model'
import { commands, MAP_COLLECTIONS, type CommandInput, type CommandName, type CommandResult } from './commands'
import { MAP_SCHEMA_VERSION, mapMigrations } from './migrations/map'
import { migrateDoc } from './migrations/migrate'
import { commandOrigin } from './origins'
import { readBoundaries } from './schema/boundaries'
import { readCircle } from './schema/circle'
import { readSchemaVersion } from './schema/meta'
import { readNeeds } from './schema/need'
import type { ReadProblem } from './schema/primitives'

/**
 * The coordinator's map document seen through typed, frozen snapshots. React subscribes with
 * useSyncExternalStore: `getSnapshot` returns the same object until the document changes.
 */
export type MapDocState = 'empty' | 'ready' | 'too-new'

export interface MapSnapshot {
  version: number
  state: MapDocState
  schemaVersion: number | null
  circle: Circle | null
  needs: Need[]
  boundaries: Boundaries
  /** Entries that could not be read; reported, never crashed on. */
  problems: ReadProblem[]
  canUndo: boolean
}

export interface MapStore {
  readonly doc: Y.Doc
  getSnapshot(): MapSnapshot
  subscribe(listener: () => void): () => void
  run<N extends CommandName>(name: N, input: CommandInput<N>, now: Instant): CommandResult
  undo(): void
  destroy(): void
}

export function readMapSnapshot(doc: Y.Doc, version: number, canUndo = false): MapSnapshot {
  const problems: ReadProblem[] = []
  const schemaVersion = readSchemaVersion(doc)
  const circle = readCircle(doc, problems)
  const state: MapDocState =
    schemaVersion !== null && schemaVersion > MAP_SCHEMA_VERSION ? 'too-new' : circle ? 'ready' : 'empty'
  const needs = readNeeds(doc, problems).sort(compareNeeds)
  return deepFreeze({ version, state, schemaVersion, circle, needs, boundaries: readBoundaries(doc, problems), problems, canUndo })
}

const priorityRank = { high: 0, medium: 1, low: 2 } as const
function compareNeeds(a: Need, b: Need): number {
  return priorityRank[a.priority] - priorityRank[b.priority] || a.createdAt - b.createdAt || a.id.localeCompare(b.id)
}

export function createMapStore(doc: Y.Doc): MapStore {
  migrateDoc(doc, 'map', mapMigrations, MAP_SCHEMA_VERSION)
  const listeners = new Set<() => void>()
  const undoManager = new Y.UndoManager(MAP_COLLECTIONS.map((name) => doc.getMap(name)), {
    trackedOrigins: new Set([commandOrigin]),
    captureTimeout: 0,
  })
  let version = 0
  let snapshot: MapSnapshot | null = null

  const onAfterTransaction = (transaction: Y.Transaction) => {
    if (transaction.changed.size === 0) return
    version += 1
    snapshot = null
    // A document arriving from storage or a peer may be older than this app.
    if (transaction.origin !== commandOrigin) migrateDoc(doc, 'map', mapMigrations, MAP_SCHEMA_VERSION)
    for (const listener of [...listeners]) listener()
  }
  doc.on('afterTransaction', onAfterTransaction)

  return {
    doc,
    getSnapshot() {
      snapshot ??= readMapSnapshot(doc, version, undoManager.canUndo())
      return snapshot
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    run(name, input, now) {
      if (readMapSnapshot(doc, version).state === 'too-new') {
        return { ok: false, problems: [{ path: 'meta/schemaVersion', message: 'This circle was saved by a newer version of Kith. Update Kith to change it.' }] }
      }
      const command = commands[name] as (doc: Y.Doc, input: CommandInput<N>, now: Instant) => CommandResult
      return command(doc, input, now)
    },
    undo() {
      undoManager.undo()
    },
    destroy() {
      doc.off('afterTransaction', onAfterTransaction)
      undoManager.destroy()
      listeners.clear()
    },
  }
}

type N = CommandName

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const child of Object.values(value)) deepFreeze(child)
  }
  return value
}
