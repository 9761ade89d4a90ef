import * as Y from 'yjs'
import { randomId } from '../store/ids'
import { storageOrigin, tabsOrigin } from '../store/origins'

/**
 * Tabs of one browser are one replica. Every open document is shared live between this
 * browser's tabs over a BroadcastChannel of its own (same origin only, no network), so an edit
 * in one tab is in the others at once and a stale tab never overwrites a newer edit.
 *
 * The exchange: a tab that opens a document says `hello` with its state vector; each other tab
 * answers with what the newcomer lacks and, the first time it meets that tab, its own `hello`
 * (so the newcomer sends back what it alone has). Then every local change goes out as an
 * `update`. Updates from tabs carry `tabsOrigin`: they are not sent on again, and the tab that
 * made them is the one that stores them.
 *
 * Only one tab per document talks to the network (`leadAcrossTabs`): the others get the same
 * changes from it here. So y-webrtc's own BroadcastChannel (per room, only while a provider is
 * connected) never runs beside this one, and one tab alone folds and projects a circle.
 */
export type TabMessage =
  | { kind: 'hello'; from: string; stateVector: Uint8Array }
  | { kind: 'update'; from: string; update: Uint8Array }

const TAB_ID = randomId()

export function isTabMessage(value: unknown): value is TabMessage {
  if (typeof value !== 'object' || value === null) return false
  const message = value as Record<string, unknown>
  if (typeof message.from !== 'string') return false
  if (message.kind === 'hello') return message.stateVector instanceof Uint8Array
  return message.kind === 'update' && message.update instanceof Uint8Array
}

export function channelName(docId: string): string {
  return `kith-tabs-${docId}`
}

/** Shares a loaded document with the other tabs; returns a stop function. */
export function shareAcrossTabs(docId: string, doc: Y.Doc): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined
  const channel = new BroadcastChannel(channelName(docId))
  const met = new Set<string>()
  const post = (message: TabMessage) => {
    try {
      channel.postMessage(message)
    } catch {
      // a closed channel: this tab is going away
    }
  }
  const hello = () => post({ kind: 'hello', from: TAB_ID, stateVector: Y.encodeStateVector(doc) })
  channel.onmessage = ({ data }: MessageEvent) => {
    if (!isTabMessage(data) || data.from === TAB_ID) return
    try {
      if (data.kind === 'update') return Y.applyUpdate(doc, data.update, tabsOrigin)
      post({ kind: 'update', from: TAB_ID, update: Y.encodeStateAsUpdate(doc, data.stateVector) })
      if (!met.has(data.from)) {
        met.add(data.from)
        hello()
      }
    } catch {
      // a malformed message from a tab of another version: ignored, the next hello repairs
    }
  }
  const onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin !== tabsOrigin && origin !== storageOrigin) post({ kind: 'update', from: TAB_ID, update })
  }
  doc.on('update', onUpdate)
  hello()
  return () => {
    doc.off('update', onUpdate)
    channel.close()
  }
}

/** The name a person's document is led by across tabs (`leadAcrossTabs`). */
export const docLeadName = (docId: string) => `doc-${docId}`

const leading = new Set<string>()
/** Names this page leads now (it holds the lock), not only asked for. */
const led = new Set<string>()

/**
 * Runs `lead` in one tab of this browser only — the first to ask — and in the next one when
 * that tab closes (a Web Lock, released by the browser with the tab). Asking twice from one
 * page changes nothing.
 */
export function leadAcrossTabs(name: string, lead: () => void): void {
  if (leading.has(name)) return
  leading.add(name)
  if (typeof navigator === 'undefined' || !navigator.locks) {
    led.add(name)
    return lead()
  }
  void navigator.locks.request(`kith-lead-${name}`, () => {
    led.add(name)
    lead()
    return new Promise<never>(() => undefined) // held for the page's lifetime
  })
}

/** This page asked to lead `name` and another tab leads it: what it does shows there, not here. */
export function ledElsewhere(name: string): boolean {
  return leading.has(name) && !led.has(name)
}
