import type * as Y from 'yjs'
import { activeCoordinatorDevices, type MapStore } from '../store'
import { loadDeviceDb } from '../local/load'
import { foldHelpers } from '../store/fold/helper'
import { foldRecipient, RECIPIENT_SOURCE } from '../store/fold/recipient'
import type { FoldReport } from '../store/fold/result'
import { clearSection, recordRejections, unknownSections } from '../store/fold/tampering'
import { carriedOrigin, foldOrigin, keyOrigin, projectionOrigin } from '../store/origins'
import { projectHelper, revokedHelperValues } from '../store/projection/helper'
import { canProject, readProjectionInput, todayOf } from '../store/projection/input'
import { projectRecipient } from '../store/projection/recipient'
import { writeProjection } from '../store/projection/write'
import { forgetPreviousKey, recordNextKey, recordReplacedKey, type CircleDocument } from '../store/schema/document'
import { newDocumentKey } from './invite'
import { advanceOffer } from './keyRotation'
import { openDoc } from './persistence'
import { PUBLISH_EVERY_MS, revocationConfirmed, trackPresence } from './presence'
import { readSyncState, restorePending } from './remote'
import { loadConnectionSettings, type ConnectionSettings } from './signaling'
import { connect, connectionOf, disconnect, reconnect } from './webrtc'

/**
 * The coordinator's device keeps a circle's documents in step: it projects the map into each
 * helper's and the recipient's document, and folds what they wrote back into the map. It runs
 * once per circle for the page's lifetime.
 *
 * Order on every change: fold first (what arrived), then project (so acknowledgements and the
 * new state go out). Both are idempotent, so a change they cause settles after one round.
 * Projection never reacts to its own writes, nor fold to its own.
 */
export interface CircleSync {
  /** What the last fold rejected or skipped, by source (helper id or 'recipient'). */
  reports(): FoldReport[]
  subscribe(listener: () => void): () => void
}

interface Linked {
  document: CircleDocument
  doc: Y.Doc
  /** The key this page is in the document's room with; null while not connected. */
  connectedKey: string | null
  stopPresence: () => void
  /** The person's device was heard from (live or by a link): the invitation's key can be replaced. */
  heard: boolean
}

/**
 * After the person's device acknowledged a new key, this page stays in the old room long enough
 * for its presence (which shows it holds the acknowledgement) to reach that device, so both move
 * at once (sync/keyRotation.ts, step 4).
 */
const MOVE_AFTER_MS = 2 * PUBLISH_EVERY_MS

const RUN_DELAY_MS = 30
const DAY_TICK_MS = 60_000
const running = new Map<string, CircleSync>()

/**
 * `onRemoved`: this device was removed from the circle's coordinators (learned by syncing the
 * map); by then every connection of the circle is closed, and the caller forgets the circle.
 */
export function startCircleSync(mapDocId: string, store: MapStore, onRemoved?: () => void): CircleSync {
  const existing = running.get(mapDocId)
  if (existing) return existing
  const linked = new Map<string, Linked>()
  const listeners = new Set<() => void>()
  let reports: FoldReport[] = []
  let timer: ReturnType<typeof setTimeout> | null = null
  let settings: ConnectionSettings | null = null

  let stopped = false
  const run = () => {
    timer = null
    if (stopped) return
    const now = Date.now()
    const helpers = [...linked.values()].filter((l) => l.document.audience === 'helper' && l.document.revokedAt === null)
    const recipient = [...linked.values()].find((l) => l.document.audience === 'recipient' && l.document.revokedAt === null)
    const folded = helpers.length > 0 ? foldHelpers(store.doc, helpers.map((l) => ({ helperId: l.document.helperId!, doc: l.doc })), now).reports : []
    const recipientFold = recipient ? foldRecipient(store.doc, recipient.doc, now).reports : []
    const all = [...folded, ...recipientFold]
    // Kept in the map until the coordinator dismisses them; then sections that do not belong in
    // a person's document are cleared from this device's copy (and, by sync, from their phone).
    recordRejections(store.doc, all, now)
    for (const report of all) {
      const entry = report.source === RECIPIENT_SOURCE ? recipient : helpers.find((l) => l.document.helperId === report.source)
      if (entry) for (const section of unknownSections(report)) clearSection(entry.doc, section, projectionOrigin)
    }
    reports = all.filter((r) => r.skipped || r.rejected.length > 0)
    listeners.forEach((listener) => listener())
    const input = readProjectionInput(store.doc)
    const today = todayOf(input, now)
    if (!canProject(input) || !today) return
    for (const { document, doc } of linked.values()) {
      const values = document.revokedAt !== null
        ? (document.audience === 'helper' ? revokedHelperValues() : null)
        : document.audience === 'helper' ? projectHelper(input, document.helperId!, today) : projectRecipient(input, today)
      if (values) writeProjection(doc, values)
    }
    for (const entry of linked.values()) replaceKey(entry, now)
  }

  /**
   * The key in a person's invitation sits in their browser's history: once their device was
   * heard from, a fresh key is offered to it through the document and replaces the old one
   * (sync/keyRotation.ts). The same steps carry out any key recorded as next (issue 15 reuses them).
   */
  const replaceKey = (entry: Linked, now: number) => {
    const { document, doc } = entry
    if (document.revokedAt !== null) return
    const step = advanceOffer(doc, document, projectionOrigin)
    if (step === 'switch') recordReplacedKey(store.doc, document.id, now, keyOrigin)
    else if (step === 'settle') forgetPreviousKey(store.doc, document.id, keyOrigin)
    else if (!document.nextKey && !document.previousKey && document.keyReplacedAt == null) {
      if (entry.heard) recordNextKey(store.doc, document.id, newDocumentKey(), keyOrigin)
      else {
        void readSyncState(document.id).then((state) => {
          if (state?.lastSeenAt == null || entry.heard) return
          entry.heard = true
          schedule()
        }, () => undefined)
      }
    }
  }

  /** Enters the document's room with its key, or moves to it when the key was replaced. */
  const enterRoom = async (entry: Linked) => {
    const key = entry.document.key
    const moving = entry.connectedKey !== null
    entry.connectedKey = key
    if (moving) await new Promise((resolve) => setTimeout(resolve, MOVE_AFTER_MS))
    if (stopped || entry.connectedKey !== key || entry.document.revokedAt !== null) return
    entry.stopPresence()
    const { id } = entry.document
    const connection = moving ? await reconnect(id, key, entry.doc, settings!, true) : await connect(id, key, entry.doc, settings!, true)
    if (!connection || entry.connectedKey !== key) return
    // What the person's phone publishes may confirm a revocation (leave the room at once then),
    // or be the first word from it (its invitation's key can be replaced then).
    const presence = trackPresence(id, entry.doc, connection.provider, 'coordinator', () => {
      void retireRevoked()
      if (!entry.heard) schedule()
    })
    entry.stopPresence = () => presence.stop()
    // A revoked document's first check can miss a record that is there (the device's database
    // still opening on a busy start): check again once connected, not only at the minute's tick.
    if (entry.document.revokedAt !== null) void retireRevoked()
  }
  const schedule = () => {
    timer ??= setTimeout(run, RUN_DELAY_MS)
  }

  const link = async (document: CircleDocument) => {
    const known = linked.get(document.id)
    if (known) {
      known.document = document
      if (known.connectedKey !== null && known.connectedKey !== document.key) void enterRoom(known)
      return
    }
    const { doc, ready } = openDoc(document.id)
    const entry: Linked = { document, doc, connectedKey: null, stopPresence: () => undefined, heard: false }
    linked.set(document.id, entry)
    await ready
    await restorePending(document.id, doc, carriedOrigin)
    if (document.revokedAt !== null && document.audience === 'helper') {
      writeProjection(doc, revokedHelperValues())
      if (await revocationDelivered(document, doc)) return
    }
    doc.on('afterTransaction', (transaction: Y.Transaction) => {
      if (transaction.origin !== projectionOrigin && transaction.origin !== foldOrigin) schedule()
    })
    schedule()
    await enterRoom(entry)
  }

  // A revoked document syncs only until the person's phone has the revocation; then it stops.
  const retireRevoked = async () => {
    for (const { document, doc } of linked.values()) {
      if (document.revokedAt !== null && connectionOf(document.id) && (await revocationDelivered(document, doc))) disconnect(document.id)
    }
  }

  // The map goes online only once the circle has another coordinator device: then it syncs in
  // its own room, which only coordinator devices (holding the map's key) can enter.
  let mapKey: string | null = null
  let ownDeviceId: string | null = null
  const removedHere = () => ownDeviceId !== null && store.getSnapshot().coordinatorDevices.some((d) => d.id === ownDeviceId && d.removedAt !== null)
  const leave = () => {
    stopped = true
    if (tick) clearInterval(tick)
    for (const docId of [mapDocId, ...linked.keys()]) disconnect(docId)
    running.delete(mapDocId)
    onRemoved?.()
  }
  let mapConnecting = false
  const connectMap = async () => {
    if (mapKey === null || mapConnecting || connectionOf(mapDocId) || activeCoordinatorDevices(store.getSnapshot().coordinatorDevices).length === 0) return
    mapConnecting = true
    const connection = await connect(mapDocId, mapKey, store.doc, settings!)
    if (connection && !stopped) trackPresence(mapDocId, store.doc, connection.provider, 'coordinator', undefined, (other) => other === 'coordinator')
  }

  const reconcile = () => {
    if (settings === null || stopped) return
    if (removedHere()) return leave()
    // Registered since this started (the Coordinators screen): learn this device's id.
    if (ownDeviceId === null && store.getSnapshot().coordinatorDevices.length > 0) {
      void loadDeviceDb().then((db) => db.circles.get(mapDocId)).then((entry) => {
        ownDeviceId = entry?.deviceId ?? null
        if (!stopped && removedHere()) leave()
      }, () => undefined)
    }
    for (const document of store.getSnapshot().documents) void link(document)
    void connectMap()
    schedule()
  }

  const sync: CircleSync = {
    reports: () => reports,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
  running.set(mapDocId, sync)
  let tick: ReturnType<typeof setInterval> | null = null

  void (async () => {
    // A circle with no invitations and no other coordinator device makes no connection at all.
    settings = await loadConnectionSettings()
    const entry = await (await loadDeviceDb()).circles.get(mapDocId).catch(() => undefined)
    mapKey = entry?.key ?? null
    ownDeviceId = entry?.deviceId ?? null
    store.subscribe(reconcile)
    reconcile()
    tick = setInterval(() => {
      schedule()
      void retireRevoked()
    }, DAY_TICK_MS)
  })()
  return sync
}

/** The running sync of a circle, if this page started one. */
export function circleSyncOf(mapDocId: string): CircleSync | undefined {
  return running.get(mapDocId)
}

async function revocationDelivered(document: CircleDocument, doc: Y.Doc): Promise<boolean> {
  return document.revokedAt !== null && revocationConfirmed(doc, await readSyncState(document.id), document.revokedAt)
}
