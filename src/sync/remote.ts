import * as Y from 'yjs'
import type { SyncState } from '../local/db'
import { loadDeviceDb } from '../local/load'
import { decodeBase64url, encodeBase64url } from './bytes'
import { decodeKnowledge, encodeKnowledge, mergeKnowledge, pendingOf, type Knowledge } from './carry'

/**
 * This device's record of the other side of each document (the device database's `syncStates`): what they hold
 * and when they were last heard from, so "last synced" and "what is still waiting" are computed,
 * and survive a reload while the other phone sleeps. Live presence replaces the record (it is
 * what the other device holds right now); a carried update adds to it (a link may be old).
 */
export interface RemoteView {
  lastSeenAt: number | null
  knowledge: Knowledge | null
}

export function remoteViewOf(state: SyncState | undefined): RemoteView {
  if (!state) return { lastSeenAt: null, knowledge: null }
  const snapshot = state.remoteSnapshot ? decodeBase64url(state.remoteSnapshot) : null
  let knowledge = snapshot ? decodeKnowledge(snapshot) : null
  if (!knowledge && state.remoteStateVector) {
    // Older records hold only a state vector: every deletion still counts as waiting.
    try {
      knowledge = Y.createSnapshot(Y.createDeleteSet(), Y.decodeStateVector(Uint8Array.from(atob(state.remoteStateVector), (c) => c.charCodeAt(0))))
    } catch {
      knowledge = null
    }
  }
  return { lastSeenAt: state.lastSeenAt ?? null, knowledge }
}

/**
 * Records the device database refused (a full disk): read in place of the stored ones, so the
 * screen still says when the other side was last heard from and what reached them, and stored
 * with the next change of the same record that the disk takes. Lost only if the page closes first,
 * which costs no more than the presence heard at the next meeting brings back.
 */
const unstored = new Map<string, SyncState>()

export async function readSyncState(docId: string): Promise<SyncState | undefined> {
  return unstored.get(docId) ?? loadDeviceDb().then((db) => db.syncStates.get(docId)).catch(() => undefined)
}

export async function readRemote(docId: string): Promise<RemoteView> {
  return remoteViewOf(await readSyncState(docId))
}

async function update(docId: string, change: (state: SyncState) => SyncState): Promise<void> {
  let base: SyncState | undefined
  try {
    await (await loadDeviceDb()).syncStates.modify(docId, (stored) => change((base = unstored.get(docId)) ?? stored ?? { docId, lastSeenAt: null }))
    // Stored, held record and all, unless a newer one was held meanwhile.
    if (unstored.get(docId) === base) unstored.delete(docId)
  } catch {
    const held = unstored.get(docId) ?? (await readSyncState(docId))
    unstored.set(docId, change(held ?? { docId, lastSeenAt: null }))
  }
}

/** What the other device publishes live: it holds exactly this now. */
export function recordLive(docId: string, knowledge: Knowledge, now: number): Promise<void> {
  return update(docId, (state) => ({ ...state, lastSeenAt: now, remoteSnapshot: encodeBase64url(encodeKnowledge(knowledge)), remoteStateVector: undefined }))
}

/** What a carried update from them shows: they hold at least this, besides what was known. */
export function recordCarried(docId: string, knowledge: Knowledge, now: number): Promise<void> {
  return update(docId, (state) => {
    const known = remoteViewOf(state).knowledge
    const merged = known ? mergeKnowledge(known, knowledge) : knowledge
    return { ...state, lastSeenAt: Math.max(now, state.lastSeenAt ?? 0), remoteSnapshot: encodeBase64url(encodeKnowledge(merged)), remoteStateVector: undefined }
  })
}

/** Keeps what Yjs holds back for an earlier update, or clears it once everything is in. */
export async function storePending(docId: string, doc: Y.Doc): Promise<void> {
  const pending = pendingOf(doc)
  // Nothing held back: clear an old one, but never make a record for a document that has none.
  if (!pending && unstored.has(docId)) await update(docId, ({ pendingUpdate: _cleared, ...state }) => state)
  else if (!pending) await (await loadDeviceDb()).syncStates.update(docId, { pendingUpdate: undefined })
  else await update(docId, (state) => ({ ...state, pendingUpdate: encodeBase64url(pending) }))
}

/** After a reload: gives Yjs back what it was holding for an earlier update. */
export async function restorePending(docId: string, doc: Y.Doc, origin: unknown): Promise<void> {
  const stored = (await readSyncState(docId))?.pendingUpdate
  const bytes = stored ? decodeBase64url(stored) : null
  if (!bytes) return
  try {
    Y.applyUpdateV2(doc, bytes, origin)
  } catch {
    // A stored row that no longer reads is dropped below rather than blocking the document.
  }
  await storePending(docId, doc)
}

/** Forgets what this device knew of the other side (when the document itself is forgotten). */
export async function forgetRemote(docId: string): Promise<void> {
  unstored.delete(docId)
  await loadDeviceDb().then((db) => db.syncStates.delete(docId)).catch(() => undefined)
}
