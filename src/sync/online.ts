import type * as Y from 'yjs'
import { loadDeviceDb } from '../local/load'
import { carriedOrigin, keyOrigin } from '../store/origins'
import { keyCheckOf, keyHeardOf, setOtherKeys, subscribeKeyCheck } from './keyCheck'
import { documentKeyPattern } from '../store/schema/document'
import { ackReached, confirmInUse, followHeardKey, isRevoked, keyFingerprint, offerAsWritten, otherKeys, publishDeviceKey, receiveOffer, switchOnMismatch, switchToNext, WAIT_FOR_MOVE_MS, type HeldKeys } from './keyRotation'
import { openOffer, sealingPairOf } from './sealing'
import { trackPresence, type Presence } from './presence'
import { watchOwnReach } from './ownReachWatch'
import { forgetRemote, readRemote, restorePending } from './remote'
import { loadConnectionSettings, type ConnectionSettings } from './signaling'
import { docLeadName, leadAcrossTabs } from './tabs'
import { connect, disconnect, peerCount, reconnect } from './webrtc'
import { storeHeldKeys, wasRemoved } from '../local/circles'
import { RoleDocMissing } from './roleDocMissing'
import { syncTrace } from './syncTrace'

/**
 * A helper's or the recipient's document going online, loaded behind the first screen (roleDocs
 * imports this module on demand): what waits for an earlier carried update (kept in the device database) is
 * put back, then the key from the device's list, the connection settings (kith.config.json may
 * be slow or never answer), y-webrtc and presence.
 */
const presences = new Map<string, Presence>()
const following = new Map<string, () => void>()

export async function goOnline(docId: string, doc: Y.Doc, role: 'helper' | 'recipient'): Promise<void> {
  await restorePending(docId, doc, carriedOrigin).catch(() => undefined)
  const [, settings] = await Promise.all([keyOf(docId), loadConnectionSettings()])
  // One tab of this browser connects; the others share its changes (tabs.ts).
  leadAcrossTabs(docLeadName(docId), () => followKeys(docId, doc, role, settings))
}

/**
 * Connects with the device's key and follows a key change (keyRotation.ts): an offered key is
 * stored beside the current one and acknowledged; the device moves to it once the coordinator's
 * presence shows it has the acknowledgement, when the room speaks the new key (the room guard
 * tries it), or when the current key opens nothing in the room while no one is connected; once the offer is withdrawn the old key is forgotten. A link that
 * opens only with the new key moves the device too (carried.ts stores that; this follows).
 */
function followKeys(docId: string, doc: Y.Doc, role: 'helper' | 'recipient', settings: ConnectionSettings) {
  let current: string | null = null
  /**
   * This device moved back to its old key because the next one opened nothing, or the room spoke
   * the old one (the coordinator's side had not moved, or never will: a removal stops it). The presence that made it move stays
   * recorded, so moving again on it would step back and forth with nobody to meet, forever: from
   * here only the room decides (a mismatch again), or a new offer.
   */
  let steppedBack = false
  /** Checks again once the wait for the other side to move is over (keyRotation.ts, followHeardKey). */
  let waitForMove: ReturnType<typeof setTimeout> | null = null
  /**
   * Keys this device moved to while the device database refused to store them (a full disk). The
   * phone goes where the other side is all the same: what is stored still holds every key a later
   * start needs (a move only adds the new key to what is stored, until it is stored itself), and
   * a phone left in a room nobody speaks in said "will reach them when their phone is online"
   * with both phones online. Stored at the next check that can, unless what is stored changed
   * meanwhile (a carried link moved the device): then that wins.
   */
  let unstored: { keys: HeldKeys; over: string } | null = null
  let queue = Promise.resolve()
  const check = () => {
    queue = queue.then(async () => {
      const entry = await (await loadDeviceDb()).circles.get(docId)
      if (!entry || !following.has(docId)) return
      let onDisk = stampOf(entry)
      if (unstored && (unstored.over !== onDisk || (await keptOnDisk(docId, unstored.keys)))) unstored = null
      const held: HeldKeys = unstored?.keys ?? { key: entry.key, nextKey: entry.nextKey, previousKey: entry.previousKey }
      // This phone's public key, published in its document: a key offered after a coordinator
      // device was removed comes sealed for it (sealing.ts), which that device cannot open.
      // (Made and stored on the first visit; a full disk leaves only sealed offers unopened.)
      const pair = await sealingPairOf(docId).catch(() => null)
      if (pair) publishDeviceKey(doc, pair.publicKey, keyOrigin)
      const opened = await openOffer(offerAsWritten(doc), pair)
      const offered = opened !== 'unreadable' && opened !== null && documentKeyPattern.test(opened) ? opened : null
      // Stored before it is acknowledged: the coordinator's side moves to the new key once it
      // reads the acknowledgement, so a page closed between the two would be left for good with
      // a key that opens nothing. Not stored (a full disk): not acknowledged either, for now.
      const newOffer = offered !== null && offered !== held.key && offered !== held.nextKey
      const offerStored = !newOffer || (await keptOnDisk(docId, { key: held.key, nextKey: offered }))
      if (newOffer && offerStored) {
        onDisk = stampOf({ key: held.key, nextKey: offered })
        unstored = null
      }
      let next = opened === 'unreadable' || !offerStored ? null : receiveOffer(doc, held, keyOrigin, offered)
      if (next?.nextKey) steppedBack = false
      const now = next ?? held
      const remote = (await readRemote(docId)).knowledge
      if (!next && now.nextKey && !steppedBack && ackReached(doc, now.nextKey, remote)) next = switchToNext(doc, now, keyOrigin)
      // The room speaks another key this device holds: where the other side is, for certain.
      const heard = current === now.key ? keyHeardOf(docId) : null
      if (!next && heard && peerCount(docId) === 0) {
        const heardFor = Date.now() - heard.since
        next = followHeardKey(now, heard.key, ackReached(doc, now.key, remote), heardFor)
        if (next) steppedBack = Boolean(next.nextKey)
        else if (heard.key === now.previousKey) waitForMove ??= setTimeout(() => { waitForMove = null; check() }, WAIT_FOR_MOVE_MS - heardFor + 50)
      }
      const verdict = keyCheckOf(docId, Date.now())
      if (!next && current !== null && verdict === 'mismatch' && peerCount(docId) === 0) {
        next = switchOnMismatch(now)
        steppedBack = Boolean(next?.nextKey)
      }
      if (!next && verdict === 'matches' && current === now.key) confirmInUse(doc, now, keyOrigin)
      if (next) unstored = (await keptOnDisk(docId, next)) ? null : { keys: next, over: onDisk }
      const wanted = (next ?? held).key
      setOtherKeys(docId, otherKeys(next ?? held))
      syncTrace(() => [`keys ${docId}: ${verdict}, ${peerCount(docId)} peers${next ? ', keys changed' : ''}${wanted !== current && current !== null ? ', moving' : ''}${steppedBack ? ', stepped back' : ''} (${fingerprints(held)} → ${fingerprints(next ?? held)}, offered ${offered ? keyFingerprint(offered) : opened}${heard ? `, heard ${keyFingerprint(heard.key)}` : ''})`])
      // Removed while this check waited: the phone stays where it heard it (keyRotation.ts, isRevoked).
      if (wanted === current || (current !== null && isRevoked(doc))) return
      const moving = current !== null
      current = wanted
      presences.get(docId)?.stop()
      const connection = moving ? await reconnect(docId, wanted, doc, settings) : await connect(docId, wanted, doc, settings)
      if (connection && current === wanted) presences.set(docId, trackPresence(docId, doc, connection.provider, role, check))
    }).catch(() => undefined)
  }
  const stopGuard = subscribeKeyCheck(check)
  const stopReachWatch = watchOwnReach(docId)
  doc.on('update', check)
  following.set(docId, () => {
    if (waitForMove) clearTimeout(waitForMove)
    setOtherKeys(docId, [])
    stopGuard()
    stopReachWatch()
    doc.off('update', check)
  })
  check()
}

/** Stores the keys a step of a key change chose; false when the device database refuses (a full disk). */
const keptOnDisk = (docId: string, held: HeldKeys): Promise<boolean> => storeHeldKeys(docId, held).then(() => true, () => false)

/** The keys as stored, as one string: whether they changed since a step could not be stored. */
const stampOf = (held: HeldKeys) => [held.key, held.nextKey ?? '', held.previousKey ?? ''].join(' ')

/** For the trace: the keys held, by fingerprint (key / next / previous). */
const fingerprints = (held: HeldKeys) => [held.key, held.nextKey, held.previousKey].map((k) => (k ? keyFingerprint(k) : '-')).join('/')

async function keyOf(docId: string): Promise<string> {
  const entry = await (await loadDeviceDb()).circles.get(docId)
  if (!entry) throw new RoleDocMissing(await wasRemoved(docId) ? 'removed' : 'not-here')
  return entry.key
}

/** How long a removed phone waits at most for the coordinator's device to hear that it knows. */
const FAREWELL_MS = 3000

/**
 * Stops syncing a document and forgets what was known of the other side. `farewell`: this
 * phone was removed; it first publishes what it now holds (the revocation), which is what lets
 * the coordinator's device count the revocation as delivered and leave the room for good
 * (presence.ts), and leaves once that device has gone, or after FAREWELL_MS.
 */
export async function goOffline(docId: string, { farewell = false } = {}): Promise<void> {
  following.get(docId)?.()
  following.delete(docId)
  const presence = presences.get(docId)
  presences.delete(docId)
  if (presence && farewell) {
    presence.publishNow()
    const until = Date.now() + FAREWELL_MS
    while (peerCount(docId) > 0 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 100))
  }
  presence?.stop()
  disconnect(docId)
  await forgetRemote(docId)
}
