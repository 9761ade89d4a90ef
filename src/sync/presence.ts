import type { WebrtcProvider } from 'y-webrtc'
import type * as Y from 'yjs'
import { decodeBase64url, encodeBase64url } from './bytes'
import { decodeKnowledge, encodeKnowledge, isMissingAnything, knowledgeOf, unseenChanges, type Unseen } from './carry'
import { isDevicePresence, type DevicePresence } from './messages'
import { recordLive, remoteViewOf } from './remote'
import type { SyncState } from '../local/db'

/**
 * Who has what, live. Each device publishes its role and its document's snapshot (state vector
 * and delete set) in the room's awareness; the other side records the last one it saw (device database),
 * so "last synced" and "what is still waiting to reach them" are computed, never guessed.
 */
export const PUBLISH_EVERY_MS = 1000

export interface Presence {
  /** Publishes what this device holds now, not a second later (a removed phone, just before it leaves). */
  publishNow(): void
  stop(): void
}

/**
 * Publishes this device's state and records the other side's. The other side is a device of
 * another role (in a person's room), or `otherSide` says which (the map's room holds only
 * coordinator devices).
 */
export function trackPresence(
  docId: string, doc: Y.Doc, provider: WebrtcProvider, role: DevicePresence['role'], onRecorded?: () => void,
  otherSide: (role: DevicePresence['role']) => boolean = (other) => other !== role,
): Presence {
  let timer: ReturnType<typeof setTimeout> | null = null
  const publish = () => {
    timer = null
    provider.awareness.setLocalStateField('device', { role, snapshot: encodeBase64url(encodeKnowledge(knowledgeOf(doc))) } satisfies DevicePresence)
    rememberClock(provider.awareness)
  }
  const schedule = () => {
    timer ??= setTimeout(publish, PUBLISH_EVERY_MS)
  }
  const record = () => {
    for (const [clientId, state] of provider.awareness.getStates()) {
      if (clientId === provider.awareness.clientID) continue
      const device = (state as { device?: unknown }).device
      if (!isDevicePresence(device) || !otherSide(device.role)) continue
      const bytes = decodeBase64url(device.snapshot)
      const knowledge = bytes ? decodeKnowledge(bytes) : null
      if (knowledge) recordLive(docId, knowledge, Date.now()).then(onRecorded, () => undefined)
    }
  }
  startClockAfterEarlierStays(provider.awareness)
  publish()
  doc.on('update', schedule)
  provider.awareness.on('change', record)
  return {
    publishNow() {
      if (timer) clearTimeout(timer)
      publish()
    },
    stop() {
      if (timer) clearTimeout(timer)
      rememberClock(provider.awareness)
      doc.off('update', schedule)
      provider.awareness.off('change', record)
    },
  }
}

/**
 * A fresh awareness (each y-webrtc provider has its own: a key move, a step back, a room entered
 * again) counts its clock from 0 for the same document's client id, while the other side keeps
 * the clock it last heard from the earlier stay and ignores every state with an older one: the
 * coordinator read "still waiting" about a phone that had everything. So a stay starts past the
 * last clock this page published for the document, and past the time in milliseconds for stays
 * of an earlier page (a page publishes far less often than once a millisecond).
 */
const lastClocks = new Map<number, number>()

function rememberClock(awareness: WebrtcProvider['awareness']): void {
  const meta = awareness.meta.get(awareness.clientID)
  if (meta) lastClocks.set(awareness.clientID, meta.clock)
}

function startClockAfterEarlierStays(awareness: WebrtcProvider['awareness']): void {
  const meta = awareness.meta.get(awareness.clientID)
  if (meta) meta.clock = Math.max(meta.clock, Date.now(), (lastClocks.get(awareness.clientID) ?? -1) + 1)
}

export interface SyncView {
  lastSeenAt: number | null
  /** The other side lacks something this device holds (an insert or a deletion). */
  waiting: boolean
  /** What they lack, entry by entry, for sentences like "2 new tasks". */
  unseen: Unseen[]
}

/**
 * A revocation counts as delivered once the person's device was heard from after it, holding
 * everything: every deletion that emptied their document included. Then the room can be left.
 */
export function revocationConfirmed(doc: Y.Doc, state: SyncState | undefined, revokedAt: number): boolean {
  const view = syncViewOf(doc, state)
  return view.lastSeenAt !== null && view.lastSeenAt > revokedAt && !view.waiting
}

export function syncViewOf(doc: Y.Doc, state: SyncState | undefined): SyncView {
  const { lastSeenAt, knowledge } = remoteViewOf(state)
  return { lastSeenAt, waiting: isMissingAnything(doc, knowledge), unseen: unseenChanges(doc, knowledge) }
}
