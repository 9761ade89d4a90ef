import type * as Y from 'yjs'
// Projection reads needs with the word check at hand, so a need without a current verdict is
// projected as it is, the same on every coordinator device (domain/safetyVerdict.ts).
import '../domain/safety'
import { activeCoordinatorDevices, type MapStore } from '../store'
import { loadDeviceDb } from '../local/load'
import { FloodMeter, peerWrites } from '../store/fold/flood'
import { carryGenuine, genuineHelperValues, genuineRecipientValues, markReplacing, movedValues } from '../store/fold/fresh'
import { foldHelpersInSlices } from '../store/fold/helper'
import { foldRecipient, RECIPIENT_SOURCE } from '../store/fold/recipient'
import type { FoldReport } from '../store/fold/result'
import { clearSection, recordRejections, unknownSections } from '../store/fold/tampering'
import { circleSyncOf, foldReportBoard, registerCircleSync, unregisterCircleSync, type CircleSync } from './circleSyncs'
import { HELPER_PROJECTED } from '../store/helperDoc/layout'
import { RECIPIENT_PROJECTED } from '../store/recipientDoc/layout'
import { carriedOrigin, foldOrigin, keyOrigin, projectionOrigin, storageOrigin } from '../store/origins'
import { expandForHelpers, projectHelperSteps, revokedHelperValues } from '../store/projection/helper'
import { runStepsBetween } from '../store/steps'
import { canProject, todayOf, type ProjectionInput } from '../store/projection/input'
import { projectRecipient, revokedRecipientValues } from '../store/projection/recipient'
import { writeProjection } from '../store/projection/write'
import { forgetPreviousKey, recordFlood, recordNextKey, recordReplacedKey, type CircleDocument } from '../store/schema/document'
import { newDocumentKey } from './invite'
import { advanceOffer, keyFingerprint } from './keyRotation'
import type { Signpost } from '../local/db'
import { moveMapKey } from '../local/circles'
import { newDocumentId } from './invite'
import { currentMapRoom, keyToFollow, mapRoomFor, publishOwnKey, recordPublishedKey, rekeyDocuments, signpostOf } from './mapRooms'
import { createDoc, deleteDoc, openDoc } from './persistence'
import { sealingPairOf } from './sealing'
import { PUBLISH_EVERY_MS, revocationConfirmed, trackPresence } from './presence'
import { readSyncState, restorePending } from './remote'
import { loadConnectionSettings, type ConnectionSettings } from './signaling'
import { slicer } from './slices'
import { syncTrace } from './syncTrace'
import { connect, connectionOf, disconnect, reconnect } from './webrtc'

/**
 * The coordinator's device keeps a circle's documents in step: it projects the map into each
 * helper's and the recipient's document, and folds what they wrote back into the map. It runs
 * once per circle for the page's lifetime.
 *
 * Order on every change: fold first (what arrived), then project (so acknowledgements and the
 * new state go out). Both are idempotent, so a change they cause settles after one round.
 * Projection never reacts to its own writes, nor fold to its own. What the last fold could not
 * take in is published to screens through circleSyncs.ts.
 */

interface Linked {
  document: CircleDocument
  doc: Y.Doc
  /** The key this page is in the document's room with; null while not connected. */
  connectedKey: string | null
  stopPresence: () => void
  /** The person's device was heard from (live or by a link): the invitation's key can be replaced. */
  heard: boolean
  /** What the person's phone wrote lately (fold/flood.ts). */
  meter: FloodMeter
  /** A replaced document the person's phone wrote in since it was last carried over (fold/fresh.ts). */
  carry: boolean
}

const PROJECTED: Record<'helper' | 'recipient', ReadonlySet<string>> = { helper: new Set(HELPER_PROJECTED), recipient: new Set(RECIPIENT_PROJECTED) }

/** A document the fold no longer reads: a flood came from it, or it was replaced by a fresh one. */
const setAside = (document: CircleDocument) => typeof document.floodAt === 'number' || typeof document.movedTo === 'string'

/**
 * After the person's device acknowledged a new key, this page stays in the old room long enough
 * for its presence (which shows it holds the acknowledgement) to reach that device, so both move
 * at once (sync/keyRotation.ts, step 4).
 */
const MOVE_AFTER_MS = 2 * PUBLISH_EVERY_MS

const RUN_DELAY_MS = 30
/**
 * A burst (more than BURST_TRANSACTIONS arrived between two runs): the next run waits
 * BURST_DELAY_MS, so a phone sending thousands of updates costs this page a fold a second, not
 * one per update, until the flood is seen and its document set aside.
 */
const BURST_TRANSACTIONS = 10
const BURST_DELAY_MS = 1000
const DAY_TICK_MS = 60_000
/**
 * A run's slice of the page's time: Lighthouse's mobile run counts each task four times over
 * (and this machine's load doubles it again), so a slice over ~6 ms of CPU blocked there.
 */
const SLICE_MS = 4

/**
 * `onRemoved`: this device was removed from the circle's coordinators (learned by syncing the
 * map); by then every connection of the circle is closed, and the caller forgets the circle.
 */
export function startCircleSync(mapDocId: string, store: MapStore, onRemoved?: () => void): CircleSync {
  const existing = circleSyncOf(mapDocId)
  if (existing) return existing
  const linked = new Map<string, Linked>()
  const board = foldReportBoard()
  let timer: ReturnType<typeof setTimeout> | null = null
  let settings: ConnectionSettings | null = null
  let arrivals = 0
  let calmUntil = 0
  /** Replaced documents whose person's phone has moved: forgotten on this device. */
  const retired = new Set<string>()

  let stopped = false
  /** Transactions that changed the map: whether a fold's projections still hold (see runSliced). */
  let mapWrites = 0
  const countMapWrite = () => { mapWrites += 1 }
  store.doc.on('update', countMapWrite)
  /**
   * A run yields to the page between documents (slices.ts): with many helpers, folding and
   * projecting them all in one task held a coordinator's screen for hundreds of milliseconds.
   * A change that arrives meanwhile runs again once this run is done, never alongside it.
   */
  let inRun = false
  let again = false
  const run = async () => {
    timer = null
    if (stopped) return
    if (inRun) {
      again = true
      return
    }
    inRun = true
    try {
      await runSliced()
    } finally {
      inRun = false
      if (again && !stopped) {
        again = false
        schedule()
      }
    }
  }
  const runSliced = async () => {
    const { slice } = slicer(SLICE_MS)
    const now = Date.now()
    /**
     * Fold and projection read the map as the store's snapshot: the one a screen already read
     * (nothing to do), or else read a collection per slice. It is current whenever it is read
     * (the store drops it on every change), so the fold's stale-map check still holds.
     */
    const prepareMap = async () => {
      await store.prepareSnapshot(slice)
      await slice()
      return !stopped
    }
    /** Then the occurrences helpers' projections read, a need per slice (projection/occurrences.ts). */
    const prepareProjection = async (input: ProjectionInput) => {
      const today = todayOf(input, now)
      if (today) await expandForHelpers(input, today, slice)
      await slice()
      return !stopped
    }
    calmUntil = arrivals > BURST_TRANSACTIONS ? now + BURST_DELAY_MS : 0
    arrivals = 0
    for (const entry of linked.values()) if (entry.carry) carryOver(entry)
    const live = [...linked.values()].filter((l) => l.document.revokedAt === null)
    const helpers = live.filter((l) => l.document.audience === 'helper' && !setAside(l.document))
    const recipient = live.find((l) => l.document.audience === 'recipient' && !setAside(l.document))
    if (!(await prepareMap()) || !(await prepareProjection(store.getSnapshot())) || !(await prepareMap())) return
    const mapWritesBeforeFold = mapWrites
    const helperFold = helpers.length > 0
      ? await foldHelpersInSlices(store.doc, helpers.map((l) => ({ helperId: l.document.helperId!, doc: l.doc })), now, slice, store.getSnapshot())
      : null
    if (!(await prepareMap())) return
    const folded = helperFold?.reports ?? []
    const recipientFold = recipient ? foldRecipient(store.doc, recipient.doc, now, store.getSnapshot()).reports : []
    const flooded = live.filter((l) => setAside(l.document)).map((l): FoldReport => ({ source: l.document.helperId ?? RECIPIENT_SOURCE, skipped: 'flood', rejected: [] }))
    const all = [...folded, ...recipientFold, ...flooded]
    // Kept in the map until the coordinator dismisses them; then sections that do not belong in
    // a person's document are cleared from this device's copy (and, by sync, from their phone).
    recordRejections(store.doc, all, now)
    for (const report of all) {
      const entry = report.source === RECIPIENT_SOURCE ? recipient : helpers.find((l) => l.document.helperId === report.source)
      if (entry) for (const section of unknownSections(report)) clearSection(entry.doc, section, projectionOrigin)
    }
    board.publish(all.filter((r) => r.skipped || r.rejected.length > 0))
    if (!(await prepareMap())) return
    const input = store.getSnapshot()
    const today = todayOf(input, now)
    if (!canProject(input) || !today || !(await prepareProjection(input))) return
    // The fold projected each helper it read, from this same map unless something wrote the map
    // since (the fold itself, a command during a pause, a rejection recorded): then those values stand.
    const projectedByFold = mapWrites === mapWritesBeforeFold ? helperFold?.projected : undefined
    const helperValues = async (helperId: string) =>
      (projectedByFold?.has(helperId) ? projectedByFold.get(helperId)! : runStepsBetween(projectHelperSteps(input, helperId, today), slice))
    const documents = store.getSnapshot().documents
    for (const entry of [...linked.values()]) {
      await slice()
      if (stopped) return
      // Read after the pause: the entry's record may have changed, or it was forgotten (retire).
      const { document, doc } = entry
      if (linked.get(document.id) !== entry) continue
      const successor = document.movedTo ? documents.find((d) => d.id === document.movedTo) : undefined
      const values = successor ? movedValues(document.audience, { docId: successor.id, key: successor.key })
        : document.revokedAt !== null ? revokedValues(document.audience)
          : document.audience === 'helper' ? await helperValues(document.helperId!) : projectRecipient(input, today)
      if (stopped) return
      if (linked.get(document.id) !== entry) continue
      if (values) writeProjection(doc, values)
      const replaced = documents.find((d) => d.movedTo === document.id)
      if (replaced) markReplacing(doc, replaced.id, projectionOrigin)
    }
    await slice()
    if (stopped) return
    for (const entry of linked.values()) {
      if (entry.document.revokedAt === null) recordPublishedKey(store.doc, entry.document.id, entry.doc)
      replaceKey(entry, now)
    }
  }

  /**
   * The key in a person's invitation sits in their browser's history: once their device was
   * heard from, a fresh key is offered to it through the document and replaces the old one
   * (sync/keyRotation.ts). The same steps carry out any key recorded as next (issue 15 reuses them).
   */
  const replaceKey = (entry: Linked, now: number) => {
    const { document, doc } = entry
    if (document.revokedAt !== null || setAside(document)) return
    const step = advanceOffer(doc, document, projectionOrigin)
    if (step) syncTrace(() => [`key move ${document.id}: ${step}`])
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
    if (stopped || entry.connectedKey !== key) return
    const { id } = entry.document
    // Revoked meanwhile (a helper removed during the wait): move all the same, unless the phone
    // already has the revocation. The phone moves to the new key on this page's acknowledgement,
    // so the revocation must wait for it there; staying behind left this page under the old key
    // while its record said the new one.
    if (entry.document.revokedAt !== null && (await revocationDelivered(entry.document, entry.doc))) {
      if (entry.connectedKey === key) disconnect(id)
      return
    }
    if (stopped || entry.connectedKey !== key) return
    entry.stopPresence()
    syncTrace(() => [`room ${id}: key ${keyFingerprint(key)}${moving ? ', moving' : ''}`])
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
    timer ??= setTimeout(() => void run(), Math.max(RUN_DELAY_MS, calmUntil - Date.now()))
  }

  /**
   * What arrived from the person's phone (live, by link, from another tab) is counted; past the
   * flood threshold the map records it and the fold stops reading the document (fold/flood.ts).
   * A document set aside no longer makes anything run.
   */
  const arrived = (entry: Linked, transaction: Y.Transaction) => {
    const { origin } = transaction
    if (origin === projectionOrigin || origin === foldOrigin || origin === storageOrigin || origin === keyOrigin) return
    const { document } = entry
    if (document.movedTo) {
      entry.carry = true
      arrivals += 1
      return schedule()
    }
    if (setAside(document)) return
    const now = Date.now()
    if (document.revokedAt === null && entry.meter.add(now, peerWrites(entry.doc, transaction, PROJECTED[document.audience]))) {
      recordFlood(store.doc, document.id, now, foldOrigin)
    }
    arrivals += 1
    schedule()
  }

  /**
   * A fresh document starts with what the person wrote in the one it replaces, when genuine, and
   * gets what they still write there until their phone moves (fold/fresh.ts).
   */
  const carryOver = (old: Linked) => {
    old.carry = false
    const successor = old.document.movedTo ? linked.get(old.document.movedTo) : undefined
    const input = store.getSnapshot()
    if (!successor || !canProject(input)) return
    const { audience, helperId } = old.document
    carryGenuine(successor.doc, audience === 'helper' ? genuineHelperValues(input, helperId!, old.doc) : genuineRecipientValues(input, old.doc), projectionOrigin)
  }
  const seedFromPredecessor = async (document: CircleDocument, doc: Y.Doc) => {
    const before = store.getSnapshot().documents.find((d) => d.movedTo === document.id)
    const old = before ? linked.get(before.id) : undefined
    if (!old || doc.store.clients.size > 0) return
    await openDoc(old.document.id).ready
    carryOver(old)
  }

  /** Whether the person's phone was heard on the document that replaced this one: then this one is forgotten here. */
  const successorHeard = async (document: CircleDocument) =>
    typeof document.movedTo === 'string' && (await readSyncState(document.movedTo))?.lastSeenAt != null

  const retire = async (document: CircleDocument) => {
    retired.add(document.id)
    linked.get(document.id)?.stopPresence()
    linked.delete(document.id)
    disconnect(document.id)
    await deleteDoc(document.id)
  }

  const link = async (document: CircleDocument) => {
    if (retired.has(document.id)) return
    const known = linked.get(document.id)
    if (known) {
      known.document = document
      if (known.connectedKey !== null && known.connectedKey !== document.key) void enterRoom(known)
      return
    }
    // In slices: nothing here reads it, nor listens to it, before it is all there (a helper's
    // document loaded whole was one of Assign's longer tasks).
    const { doc, ready } = openDoc(document.id, 'create', 'on-withdrawal', 'in-slices')
    const entry: Linked = { document, doc, connectedKey: null, stopPresence: () => undefined, heard: false, meter: new FloodMeter(), carry: false }
    linked.set(document.id, entry)
    if (document.movedTo && (await successorHeard(document))) return retire(document)
    await ready
    // Asked before anything is written: a write made here after the phone confirmed (its own
    // client's first structs) would count the revocation as waiting again, and the device would
    // re-enter the removed person's room at every start.
    if (document.revokedAt !== null && !document.movedTo && (await revocationDelivered(document, doc))) return
    await restorePending(document.id, doc, carriedOrigin)
    await seedFromPredecessor(document, doc)
    if (document.revokedAt !== null && !document.movedTo) {
      writeProjection(doc, revokedValues(document.audience))
      if (await revocationDelivered(document, doc)) return
    }
    doc.on('afterTransaction', (transaction: Y.Transaction) => arrived(entry, transaction))
    schedule()
    await enterRoom(entry)
  }

  // A revoked document syncs only until the person's phone has the revocation; then it stops.
  // A replaced document, once the person's phone was heard on the new one, is forgotten here.
  const retireRevoked = async () => {
    for (const { document, doc } of [...linked.values()]) {
      if (document.movedTo) {
        if (await successorHeard(document)) await retire(document)
      } else if (document.revokedAt !== null && connectionOf(document.id) && (await revocationDelivered(document, doc))) disconnect(document.id)
    }
  }

  // The map goes online only once the circle has another coordinator device: then it syncs in
  // its own room, which only coordinator devices (holding the map's key) can enter. The room is
  // the map's id until a device is removed; then the one its new key opens (mapRooms.ts).
  let mapKey: string | null = null
  let ownDeviceId: string | null = null
  /** The room the map is in (or entering) on this page; null while not connected. */
  let mapRoom: string | null = null
  let mapPresence: { stop(): void } | null = null
  const signposts = new Set<string>()
  const removedHere = () => ownDeviceId !== null && store.getSnapshot().coordinatorDevices.some((d) => d.id === ownDeviceId && d.removedAt !== null)
  const leave = () => {
    stopped = true
    store.doc.off('update', countMapWrite)
    if (tick) clearInterval(tick)
    for (const room of [mapRoom, ...signposts, ...linked.keys()]) if (room !== null) disconnect(room)
    unregisterCircleSync(mapDocId)
    onRemoved?.()
  }
  const connectMap = async () => {
    if (mapKey === null || mapRoom !== null || activeCoordinatorDevices(store.getSnapshot().coordinatorDevices).length === 0) return
    const room = mapRoomFor(store.doc, mapDocId, mapKey)
    mapRoom = room
    const connection = await connect(room, mapKey, store.doc, settings!)
    if (connection && !stopped && mapRoom === room) {
      mapPresence = trackPresence(mapDocId, store.doc, connection.provider, 'coordinator', undefined, (other) => other === 'coordinator')
    }
  }

  /** The map as it was when this device left a room, served there (mapRooms.ts). */
  const serveSignpost = async (signpost: Signpost) => {
    if (signposts.has(signpost.room) || stopped) return
    signposts.add(signpost.room)
    const { doc, ready } = openDoc(signpost.docId)
    await ready
    // The map may have just left this room: after disconnect's delayed unsubscribe (webrtc.ts, reconnect).
    await new Promise((resolve) => setTimeout(resolve, 0))
    if (!stopped) await connect(signpost.room, signpost.key, doc, settings!)
  }

  /**
   * The map moved to a new key (a device was removed): this device opens the key sealed for it,
   * leaves a signpost in the room it leaves, and moves. The device that moved it then replaces
   * every person's document key, once the map is out of the old room.
   */
  let following = false
  const followMapRoom = async () => {
    if (following || mapKey === null || ownDeviceId === null) return
    following = true
    try {
      const room = currentMapRoom(store.doc)
      if (!room) return
      const key = await keyToFollow(store.doc, mapKey, ownDeviceId, await sealingPairOf(mapDocId))
      if (key !== null && !stopped) {
        const signpost: Signpost = { docId: newDocumentId(), room: mapRoomFor(store.doc, mapDocId, mapKey), key: mapKey }
        await createDoc(signpost.docId, signpostOf(store.doc), 'by-size')
        await moveMapKey(mapDocId, key, signpost)
        if (mapRoom !== null) disconnect(mapRoom)
        mapPresence?.stop()
        mapRoom = null
        mapKey = key
        void serveSignpost(signpost)
        void connectMap()
      }
      if (!stopped && room.byDeviceId === ownDeviceId && keyFingerprint(mapKey) === room.keyCheck && (mapRoom === null || mapRoom === room.id)) {
        if (await rekeyDocuments(store.doc, room) > 0) schedule()
      }
    } finally {
      following = false
    }
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
    void followMapRoom()
    // Compared with this device's own pair each time, not only when missing: a device brought back
    // from a backup has a new pair (the private half never leaves a device), under the same id.
    if (ownDeviceId !== null) void publishOwnKey(mapDocId, store.doc, ownDeviceId)
    schedule()
  }

  const sync: CircleSync = { reports: board.reports, subscribe: board.subscribe }
  registerCircleSync(mapDocId, sync)
  let tick: ReturnType<typeof setInterval> | null = null

  void (async () => {
    // A circle with no invitations and no other coordinator device makes no connection at all.
    settings = await loadConnectionSettings()
    const entry = await (await loadDeviceDb()).circles.get(mapDocId).catch(() => undefined)
    mapKey = entry?.key ?? null
    ownDeviceId = entry?.deviceId ?? null
    for (const signpost of entry?.signposts ?? []) void serveSignpost(signpost)
    store.subscribe(reconcile)
    reconcile()
    tick = setInterval(() => {
      schedule()
      void retireRevoked()
    }, DAY_TICK_MS)
  })()
  return sync
}

/** What a revoked document holds: nothing but `revoked`, so the person's phone forgets it. */
const revokedValues = (audience: CircleDocument['audience']) => (audience === 'helper' ? revokedHelperValues() : revokedRecipientValues())


async function revocationDelivered(document: CircleDocument, doc: Y.Doc): Promise<boolean> {
  return document.revokedAt !== null && revocationConfirmed(doc, await readSyncState(document.id), document.revokedAt)
}
