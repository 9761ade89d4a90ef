import * as Y from 'yjs'
import type { CarriedUpdate } from './messages'

/**
 * What one device knows the other side of a document holds, and what is still missing there.
 *
 * Knowledge is a Yjs snapshot: a state vector (which inserts they have) and a delete set
 * (which deletions). Both are needed: overwriting a value in a Y.Map inserts a new item *and*
 * deletes the old one, and a plain delete adds to the delete set without moving the state
 * vector. Comparing full updates instead never reaches "nothing missing", because every
 * update carries the whole delete set.
 */
export type Knowledge = Y.Snapshot

export const noKnowledge = (): Knowledge => Y.createSnapshot(Y.createDeleteSet(), new Map())

export function knowledgeOf(doc: Y.Doc): Knowledge {
  return Y.snapshot(doc)
}

/**
 * What a carried update tells about its sender: they held at least its state vector, and every
 * deletion in its update (a Yjs update always carries the sender's whole delete set).
 */
export function knowledgeFromCarried(carried: CarriedUpdate): Knowledge {
  return Y.createSnapshot(Y.decodeUpdate(carried.update).ds, Y.decodeStateVector(carried.senderStateVector))
}

/** Both at once: a device only gains content, so knowledge only grows (a reset device says so live). */
export function mergeKnowledge(a: Knowledge, b: Knowledge): Knowledge {
  const sv = new Map(a.sv)
  for (const [client, clock] of b.sv) sv.set(client, Math.max(clock, sv.get(client) ?? 0))
  return Y.createSnapshot(Y.mergeDeleteSets([a.ds, b.ds]), sv)
}

/**
 * What the other side is missing, as one Yjs update: the difference, or the whole document.
 * Update format v1: after deflate it is as small as v2 for a whole document and smaller for the
 * one-change links people send most.
 */
export function carriedFor(doc: Y.Doc, remote: Knowledge | null): CarriedUpdate {
  const update = remote ? Y.encodeStateAsUpdate(doc, Y.encodeStateVector(remote.sv)) : Y.encodeStateAsUpdate(doc)
  return { update, senderStateVector: Y.encodeStateVector(doc) }
}

export type ApplyOutcome =
  /** Something new arrived and is in the document. */
  | 'applied'
  /** Everything in it was here already (the same link twice, or an old one). */
  | 'already-here'
  /** Part of it needs an earlier update that has not arrived: Yjs holds it until then. */
  | 'waiting-for-earlier'

/**
 * Applies a carried update like any other Yjs update: idempotent and order-free. Yjs keeps the
 * parts that need an earlier update pending and integrates them once it arrives; the caller
 * shows "still waiting" instead of a half state.
 */
export function applyCarried(doc: Y.Doc, carried: CarriedUpdate, origin: unknown): ApplyOutcome {
  const before = Y.snapshot(doc)
  Y.applyUpdate(doc, carried.update, origin)
  if (pendingOf(doc)) return 'waiting-for-earlier'
  return Y.equalSnapshots(before, Y.snapshot(doc)) ? 'already-here' : 'applied'
}

/** What Yjs holds back until an earlier update arrives (v2), or null. Not stored by y-indexeddb. */
export function pendingOf(doc: Y.Doc): Uint8Array | null {
  const parts = [doc.store.pendingStructs?.update, doc.store.pendingDs].filter((p): p is Uint8Array => p instanceof Uint8Array)
  if (parts.length === 0) return null
  return parts.length === 1 ? parts[0] : Y.mergeUpdatesV2(parts)
}

/** Deletions of structs the other side has, that they have not seen deleted. */
function deletionsMissing(local: Knowledge["ds"], remote: Knowledge): boolean {
  const theirs = Y.mergeDeleteSets([remote.ds])
  for (const [client, items] of local.clients) {
    const known = remote.sv.get(client) ?? 0
    const covering = theirs.clients.get(client) ?? []
    for (const item of items) {
      const end = Math.min(item.clock + item.len, known)
      if (item.clock >= end) continue
      if (!covering.some((c) => c.clock <= item.clock && c.clock + c.len >= end)) return true
    }
  }
  return false
}

/** True when the other side lacks anything this document holds: an insert or a deletion. */
export function isMissingAnything(doc: Y.Doc, remote: Knowledge | null): boolean {
  const mine = Y.snapshot(doc)
  if (!remote) return mine.sv.size > 0
  for (const [client, clock] of mine.sv) if (clock > (remote.sv.get(client) ?? 0)) return true
  return deletionsMissing(mine.ds, remote)
}

export type UnseenChange = 'new' | 'changed' | 'removed'

export interface Unseen {
  /** The top-level map (a document section: `tasks`, `reports`, …). */
  section: string
  key: string
  change: UnseenChange
  /** The value now (undefined when removed). */
  value: unknown
}

interface MapItem {
  id: Y.ID
  deleted: boolean
  left: MapItem | null
  parentSub: string | null
  length: number
  content: { getContent(): unknown[] }
}

/**
 * Entry by entry, what the other side has not seen: a key they never had (new), a value they
 * had that changed (changed), or one that is gone here but not there (removed). Kith's
 * documents are flat top-level Y.Maps, so each entry is one key of one section.
 */
export function unseenChanges(doc: Y.Doc, remote: Knowledge | null): Unseen[] {
  const knows = (item: MapItem) => remote !== null && item.id.clock < (remote.sv.get(item.id.client) ?? 0)
  const knowsDeleted = (item: MapItem) => remote !== null && Y.isDeleted(remote.ds, item.id)
  const out: Unseen[] = []
  for (const [section, type] of doc.share) {
    for (const [key, latest] of (type as unknown as { _map: Map<string, MapItem> })._map) {
      // The newest version of this key the other side holds, and whether they still see it.
      let theirs: MapItem | null = latest
      while (theirs && !knows(theirs)) theirs = theirs.left?.parentSub === key ? theirs.left : null
      const theyHaveValue = theirs !== null && !knowsDeleted(theirs)
      if (!latest.deleted) {
        if (theirs === latest && theyHaveValue) continue
        // The value as Y.Map's get reads it, from the item: a section this page has not opened by
        // name yet (a person's document read before its store) is a bare type, with no get.
        out.push({ section, key, change: theyHaveValue ? 'changed' : 'new', value: latest.content.getContent()[latest.length - 1] })
      } else if (theyHaveValue) {
        out.push({ section, key, change: 'removed', value: undefined })
      }
    }
  }
  return out
}

export function encodeKnowledge(knowledge: Knowledge): Uint8Array {
  return Y.encodeSnapshot(knowledge)
}

export function decodeKnowledge(bytes: Uint8Array): Knowledge | null {
  try {
    return Y.decodeSnapshot(bytes)
  } catch {
    return null
  }
}
