import * as Y from 'yjs'
import type { WebrtcProvider } from 'y-webrtc'
import { deviceDb, type SyncState } from '../local/db'

/**
 * Who has what. Each device publishes its role and its document's state vector in the room's
 * awareness; the other side stores the last one it saw (Dexie), so "last synced" and "what is
 * still waiting to reach them" are computed from state vectors, never guessed — and survive a
 * reload while the other phone sleeps.
 */
const PUBLISH_EVERY_MS = 1000

export interface DevicePresence {
  role: 'coordinator' | 'helper' | 'recipient'
  stateVector: string
}

function toBase64(bytes: Uint8Array): string {
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary)
}

function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0))
}

/** Publishes this device's state and records the other side's; returns a stop function. */
export function trackPresence(docId: string, doc: Y.Doc, provider: WebrtcProvider, role: DevicePresence['role']): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null
  const publish = () => {
    timer = null
    provider.awareness.setLocalStateField('device', { role, stateVector: toBase64(Y.encodeStateVector(doc)) } satisfies DevicePresence)
  }
  const schedule = () => {
    timer ??= setTimeout(publish, PUBLISH_EVERY_MS)
  }
  const record = () => {
    for (const [clientId, state] of provider.awareness.getStates()) {
      if (clientId === provider.awareness.clientID) continue
      const device = (state as { device?: DevicePresence }).device
      if (!device || device.role === role || typeof device.stateVector !== 'string') continue
      deviceDb().syncStates.put({ docId, lastSeenAt: Date.now(), remoteStateVector: device.stateVector }).catch(() => undefined)
    }
  }
  publish()
  doc.on('update', schedule)
  provider.awareness.on('change', record)
  return () => {
    if (timer) clearTimeout(timer)
    doc.off('update', schedule)
    provider.awareness.off('change', record)
  }
}

export interface SyncView {
  lastSeenAt: number | null
  /** Bytes of changes the other device has not got yet; 0 when it is up to date. */
  waitingBytes: number
}

/** An empty Yjs update is 2 bytes: anything above is a change still on its way. */
const EMPTY_UPDATE_BYTES = 2

export function syncViewOf(doc: Y.Doc, state: SyncState | undefined): SyncView {
  if (!state) return { lastSeenAt: null, waitingBytes: Y.encodeStateAsUpdate(doc).byteLength }
  try {
    const missing = Y.encodeStateAsUpdate(doc, fromBase64(state.remoteStateVector))
    return { lastSeenAt: state.lastSeenAt, waitingBytes: Math.max(0, missing.byteLength - EMPTY_UPDATE_BYTES) }
  } catch {
    return { lastSeenAt: state.lastSeenAt, waitingBytes: 0 }
  }
}
