import * as Y from 'yjs'
import type { SyncState } from '../local/db'
import { listCircles, storeHeldKeys } from '../local/circles'
import { loadDeviceDb } from '../local/load'
import type { CircleDocument } from '../store'
import { carriedOrigin } from '../store/origins'
import { applyCarried, carriedFor, knowledgeFromCarried, type ApplyOutcome } from './carry'
import { otherKeys, type HeldKeys } from './keyRotation'
import { parseUpdateRoute, type CarriedUpdate, type UpdateLinkProblem } from './messages'
import { openDoc } from './persistence'
import { readRemote, recordCarried, restorePending, storePending } from './remote'
import { openHelperDoc, openRecipientDoc } from './roleDocs'
import { decodeUpdatePayload, encodeUpdatePayload, updateLink } from './updateLink'

/**
 * Carried updates on this device: opening one (`#/u/<docId>/<payload>`, a `.kith` file, the
 * document inside an invitation) and making one for the other side.
 *
 * Opening finds which document this device holds under that id — its own helper's or
 * recipient's document, or, on the coordinator's device, one of a circle's documents — opens
 * the payload with that document's key and applies it like any Yjs update. On the
 * coordinator's device the circle's sync is running first, so the update is folded exactly as
 * if it had come over WebRTC (same validation, same reports). Applying is idempotent and
 * order-free; what needs an earlier update is held (and stored) until it arrives.
 */
export type Holder =
  | { role: 'helper' | 'recipient'; docId: string; key: string }
  /** The map itself, on a coordinator's device: an update from another coordinator device. */
  | { role: 'map'; docId: string; key: string }
  | { role: 'coordinator'; docId: string; key: string; mapDocId: string; document: CircleDocument; personName: string }

export type OpenProblem = UpdateLinkProblem | 'withdrawn' | 'storage'

export type OpenedUpdate =
  | { ok: true; outcome: ApplyOutcome; holder: Holder }
  | { ok: false; reason: OpenProblem }

/**
 * The coordinator's side (the map, its commands, projection and the planner) loads only when
 * this device coordinates a circle: a helper's phone sends and opens updates without it.
 */
async function coordinatorSide() {
  const { openMapCircle, syncCircle } = await import('./circles')
  return { openMapCircle, syncCircle }
}

/** Which document this device holds under `docId`, and its key; null when none. */
export async function findHolder(docId: string): Promise<Holder | null> {
  const own = await (await loadDeviceDb()).circles.get(docId)
  if (own) return own.role === 'coordinator' ? { role: 'map', docId, key: own.key } : { role: own.role, docId, key: own.key }
  for (const circle of await listCircles()) {
    if (circle.role !== 'coordinator') continue
    const { openMapCircle } = await coordinatorSide()
    const { store, ready } = openMapCircle(circle.docId)
    await ready
    const snapshot = store.getSnapshot()
    const document = snapshot.documents.find((d) => d.id === docId)
    if (!document) continue
    const personName = document.helperId === null ? snapshot.circle?.recipientName ?? '' : snapshot.helpers.find((h) => h.id === document.helperId)?.name ?? ''
    return { role: 'coordinator', docId, key: document.key, mapDocId: circle.docId, document, personName }
  }
  return null
}

/** The document as it is open on this page, loaded (and with anything held back restored). */
async function loadedDoc(holder: Holder): Promise<Y.Doc> {
  if (holder.role === 'coordinator' || holder.role === 'map') {
    const { openMapCircle, syncCircle } = await coordinatorSide()
    const mapDocId = holder.role === 'map' ? holder.docId : holder.mapDocId
    const circle = openMapCircle(mapDocId)
    await circle.ready
    syncCircle(mapDocId, circle.store)
  }
  const opened = holder.role === 'helper' ? openHelperDoc(holder.docId) : holder.role === 'recipient' ? openRecipientDoc(holder.docId) : null
  const { doc, ready } = openDoc(holder.docId)
  await (opened?.ready ?? ready)
  await restorePending(holder.docId, doc, carriedOrigin)
  return doc
}

/** Applies an opened payload to the document this device holds, and learns what its sender holds. */
export async function applyToHolder(holder: Holder, carried: CarriedUpdate, now: number): Promise<ApplyOutcome> {
  const doc = await loadedDoc(holder)
  const outcome = applyCarried(doc, carried, carriedOrigin)
  await storePending(holder.docId, doc)
  await recordCarried(holder.docId, knowledgeFromCarried(carried), now)
  return outcome
}

/** Opens `#/u/<docId>/<payload>` (route parts after `u`). Never throws; nothing changes on any problem. */
export async function openUpdateLink(parts: readonly string[], now: number): Promise<OpenedUpdate> {
  const route = parseUpdateRoute(parts)
  if (!route.ok) return route
  try {
    const holder = await findHolder(route.value.docId)
    if (!holder) return { ok: false, reason: 'unknown-doc' }
    const opened = await openWithHeldKeys(holder, route.value.payload)
    if (!opened.ok) return opened
    if (holder.role === 'coordinator' && holder.document.revokedAt !== null) return { ok: false, reason: 'withdrawn' }
    return { ok: true, outcome: await applyToHolder(holder, opened.value, now), holder }
  } catch {
    return { ok: false, reason: 'storage' }
  }
}

/**
 * Opens a payload with the document's key, or, while the key is being replaced, with the other
 * one this device holds (keyRotation.ts). On a person's device, a link that opens only with the
 * offered key shows the coordinator moved to it: this device moves too (online.ts follows).
 */
async function openWithHeldKeys(holder: Holder, payload: string) {
  const held: HeldKeys = holder.role === 'coordinator' ? holder.document
    : holder.role === 'map' ? { key: holder.key }
    : (await (await loadDeviceDb()).circles.get(holder.docId)) ?? { key: holder.key }
  const opened = await decodeUpdatePayload(holder.docId, held.key, payload)
  if (opened.ok) return opened
  for (const key of otherKeys(held)) {
    const withOther = await decodeUpdatePayload(holder.docId, key, payload)
    if (!withOther.ok) continue
    if (holder.role !== 'coordinator' && key === held.nextKey) await storeHeldKeys(holder.docId, { key, previousKey: held.key })
    return withOther
  }
  return opened
}

/** A link holding what the other side of `docId` is missing, as far as this device knows. */
/**
 * Changes whenever the document, what is known of the other side, or what Yjs holds back
 * changes: the moment a carried link must be made again.
 */
export function carriedVersion(doc: Y.Doc, state: SyncState | undefined): string {
  return `${Y.encodeStateVector(doc).join(',')}|${state?.remoteSnapshot ?? state?.remoteStateVector ?? ''}|${doc.store.pendingDs ? 1 : 0}`
}

export async function makeUpdateLink(appUrl: string, docId: string, key: string, doc: Y.Doc): Promise<string> {
  const { knowledge } = await readRemote(docId)
  return updateLink(appUrl, docId, await encodeUpdatePayload(docId, key, carriedFor(doc, knowledge)))
}

/** The whole document, for an invitation: a new phone holds nothing yet. */
export function wholeDocumentPayload(docId: string, key: string, doc: Y.Doc): Promise<string> {
  return encodeUpdatePayload(docId, key, carriedFor(doc, null))
}

/** The key of a document this device holds as a helper or the recipient; null when it holds none. */
export async function ownKeyOf(docId: string): Promise<string | null> {
  return (await loadDeviceDb().then((db) => db.circles.get(docId)).catch(() => undefined))?.key ?? null
}
