import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { newDocumentKey } from '../../../src/sync/invite'
import { ackReached, advanceOffer, confirmInUse, followHeardKey, keyFingerprint, offeredKey, otherKeys, receiveOffer, switchOnMismatch, switchToNext, WAIT_FOR_MOVE_MS, type HeldKeys } from '../../../src/sync/keyRotation'
import { knowledgeOf } from '../../../src/sync/carry'

/** One direction of a sync (the room, or a link carrying what the other side lacks). */
const carry = (from: Y.Doc, to: Y.Doc) => Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)))

/** Applies an offering side's step to what it holds, as coordinatorSync does with the map's record. */
function offerStep(doc: Y.Doc, held: HeldKeys): HeldKeys {
  const step = advanceOffer(doc, held, 'coordinator')
  if (step === 'switch') return { key: held.nextKey!, previousKey: held.key }
  if (step === 'settle') return { key: held.key }
  return held
}

/** A key offered by the coordinator (step 1) and stored by the phone (step 2), as a link or the room carried it. */
function offeredAndStored() {
  const coordinator = new Y.Doc()
  const phone = new Y.Doc()
  const oldKey = newDocumentKey()
  const newKey = newDocumentKey()
  const offering = offerStep(coordinator, { key: oldKey, nextKey: newKey })
  carry(coordinator, phone)
  const receiving = receiveOffer(phone, { key: oldKey }, 'phone')!
  return { coordinator, phone, oldKey, newKey, offering, receiving }
}

/** The phone has said it uses the new key: the coordinator forgets the old one, then so does the phone. */
function settlesOnBoth(coordinator: Y.Doc, phone: Y.Doc, offering: HeldKeys, receiving: HeldKeys, newKey: string) {
  carry(phone, coordinator)
  expect(offerStep(coordinator, offering)).toEqual({ key: newKey })
  carry(coordinator, phone)
  expect(receiveOffer(phone, receiving, 'phone')).toEqual({ key: newKey })
}

describe('replacing a document’s key through the document itself', () => {
  it('live: offer, store and acknowledge, both move, the old key is forgotten on both sides', () => {
    const coordinator = new Y.Doc()
    const phone = new Y.Doc()
    const oldKey = newDocumentKey()
    const newKey = newDocumentKey()
    let offering: HeldKeys = { key: oldKey, nextKey: newKey }
    let receiving: HeldKeys = { key: oldKey }

    offering = offerStep(coordinator, offering)
    expect(offering).toEqual({ key: oldKey, nextKey: newKey }) // nobody has moved
    carry(coordinator, phone)
    expect(offeredKey(phone)).toBe(newKey)
    receiving = receiveOffer(phone, receiving, 'phone') ?? receiving
    expect(receiving).toEqual({ key: oldKey, nextKey: newKey })
    expect(receiveOffer(phone, receiving, 'phone')).toBeNull() // stored once
    // The phone moves only once the coordinator is known to hold its acknowledgement.
    expect(ackReached(phone, newKey, knowledgeOf(coordinator))).toBe(false)

    carry(phone, coordinator)
    offering = offerStep(coordinator, offering)
    expect(offering).toEqual({ key: newKey, previousKey: oldKey })
    expect(ackReached(phone, newKey, knowledgeOf(coordinator))).toBe(true)
    receiving = switchToNext(phone, receiving, 'phone')!
    expect(receiving).toEqual({ key: newKey, previousKey: oldKey })

    carry(phone, coordinator)
    offering = offerStep(coordinator, offering)
    expect(offering).toEqual({ key: newKey })
    carry(coordinator, phone)
    expect(offeredKey(phone)).toBeNull()
    receiving = receiveOffer(phone, receiving, 'phone') ?? receiving
    expect(receiving).toEqual({ key: newKey })
    expect(otherKeys(receiving)).toEqual([])
    // Settled: nothing more happens on either side.
    expect(advanceOffer(coordinator, offering, 'coordinator')).toBeNull()
    expect(receiveOffer(phone, receiving, 'phone')).toBeNull()
  })

  it('a phone removed during a key move stays in the room it heard the removal in: it takes no step and writes nothing', () => {
    const { coordinator, phone, newKey, receiving } = offeredAndStored()
    carry(phone, coordinator)
    const offering = offerStep(coordinator, { key: receiving.key, nextKey: newKey })
    expect(offering).toEqual({ key: newKey, previousKey: receiving.key }) // the coordinator moves on the acknowledgement
    // Removed before the phone moved: the revocation, as projection writes it, arrives with the
    // coordinator's presence that would have moved the phone.
    coordinator.transact(() => coordinator.getMap('meta').set('revoked', true))
    carry(coordinator, phone)
    expect(ackReached(phone, newKey, knowledgeOf(coordinator))).toBe(true)
    const before = Y.encodeStateVector(phone)
    expect(switchToNext(phone, receiving, 'phone')).toBeNull()
    expect(receiveOffer(phone, receiving, 'phone', newDocumentKey())).toBeNull()
    expect(receiveOffer(phone, { key: receiving.key }, 'phone')).toBeNull()
    // Nothing written: the coordinator's device finds the phone holding everything it sent.
    expect(Y.encodeStateVector(phone)).toEqual(before)
  })

  it('a phone asleep through the switch is never stranded: it holds both keys until it is told the change is over', () => {
    // The offer reaches the phone by a link sealed with the old key; its answer by a link too.
    const { coordinator, phone, oldKey, newKey, ...start } = offeredAndStored()
    let { offering, receiving } = start
    carry(phone, coordinator)
    offering = offerStep(coordinator, offering)
    expect(offering.key).toBe(newKey)
    // The phone slept meanwhile: it still uses the old key, and can open what either key seals.
    expect([receiving.key, ...otherKeys(receiving)]).toEqual([oldKey, newKey])
    // The coordinator, meanwhile, still opens what the phone seals with the old key.
    expect(otherKeys(offering)).toEqual([oldKey])
    // Back online, its key opens nothing in the room: it moves to the new one, and says so once
    // something opened with it.
    receiving = switchOnMismatch(receiving)!
    expect(receiving).toEqual({ key: newKey, previousKey: oldKey })
    carry(phone, coordinator)
    expect(offerStep(coordinator, offering)).toEqual(offering)
    confirmInUse(phone, receiving, 'phone')
    settlesOnBoth(coordinator, phone, offering, receiving, newKey)
  })

  it('a false mismatch (a stranger’s noise) moves the phone and back, and claims nothing the coordinator would act on', () => {
    const { coordinator, phone, oldKey, newKey, ...start } = offeredAndStored()
    let { offering, receiving } = start
    receiving = switchOnMismatch(receiving)! // moved early
    expect(receiving).toEqual({ key: newKey, previousKey: oldKey })
    receiving = switchOnMismatch(receiving)! // nobody answered there: back
    expect(receiving).toEqual({ key: oldKey, nextKey: newKey })
    carry(phone, coordinator)
    offering = offerStep(coordinator, offering) // it has the acknowledgement: it moves
    expect(offering).toEqual({ key: newKey, previousKey: oldKey })
    expect(offerStep(coordinator, offering)).toEqual(offering) // but keeps the old key: the phone never said it moved
    // The phone moves on the coordinator's cue, and says so; then the change ends on both sides.
    expect(ackReached(phone, newKey, knowledgeOf(coordinator))).toBe(true)
    receiving = switchToNext(phone, receiving, 'phone')!
    settlesOnBoth(coordinator, phone, offering, receiving, newKey)
  })

  it('a phone that moved on the coordinator’s cue waits for it when the room still speaks the old key, and follows the key it hears', () => {
    const { coordinator, phone, oldKey, newKey, ...start } = offeredAndStored()
    let { offering, receiving } = start
    carry(phone, coordinator)
    offering = offerStep(coordinator, offering) // the coordinator has the acknowledgement: it will move
    expect(offering).toEqual({ key: newKey, previousKey: oldKey })
    // Its presence (before it left the old room) showed the acknowledgement: the phone moved first.
    expect(ackReached(phone, newKey, knowledgeOf(coordinator))).toBe(true)
    receiving = switchToNext(phone, receiving, 'phone')!
    // The coordinator, still in the old room for a moment, answers there: the phone waits for it.
    const coordinatorHasAck = ackReached(phone, receiving.key, knowledgeOf(coordinator))
    expect(coordinatorHasAck).toBe(true)
    expect(followHeardKey(receiving, oldKey, coordinatorHasAck, 0)).toBeNull()
    expect(followHeardKey(receiving, oldKey, coordinatorHasAck, WAIT_FOR_MOVE_MS - 1)).toBeNull()
    // It came: the room speaks the phone's key; nothing to follow.
    expect(followHeardKey(receiving, newKey, coordinatorHasAck, 0)).toBeNull()
    // Had it stayed (set aside, removed meanwhile), the phone goes back to hear why.
    expect(followHeardKey(receiving, oldKey, coordinatorHasAck, WAIT_FOR_MOVE_MS)).toEqual({ key: oldKey, nextKey: newKey })
    // A stranger's key, or one this phone never held, moves nothing.
    expect(followHeardKey(receiving, newDocumentKey(), coordinatorHasAck, WAIT_FOR_MOVE_MS)).toBeNull()
    confirmInUse(phone, receiving, 'phone')
    settlesOnBoth(coordinator, phone, offering, receiving, newKey)
  })

  it('a phone that reopens on the old key while the coordinator moved follows the new key as soon as the room speaks it', () => {
    const { coordinator, phone, oldKey, newKey, ...start } = offeredAndStored()
    let { offering, receiving } = start
    carry(phone, coordinator)
    offering = offerStep(coordinator, offering)
    // The page reloaded before the coordinator's presence reached it: it reopens with the old key.
    expect(ackReached(phone, newKey, knowledgeOf(new Y.Doc()))).toBe(false)
    receiving = followHeardKey(receiving, newKey, false, 0)!
    expect(receiving).toEqual({ key: newKey, previousKey: oldKey })
    confirmInUse(phone, receiving, 'phone')
    settlesOnBoth(coordinator, phone, offering, receiving, newKey)
  })

  it('a phone that moved early, before the coordinator had its acknowledgement, goes back at once when the room speaks the old key', () => {
    const { coordinator, phone, oldKey, newKey, ...start } = offeredAndStored()
    let { offering, receiving } = start
    receiving = switchOnMismatch(receiving)! // a stranger's noise moved it
    expect(ackReached(phone, receiving.key, knowledgeOf(coordinator))).toBe(false)
    receiving = followHeardKey(receiving, oldKey, false, 0)!
    expect(receiving).toEqual({ key: oldKey, nextKey: newKey })
    carry(phone, coordinator)
    offering = offerStep(coordinator, offering)
    // Now the coordinator moved: the room speaks the new key, and the phone follows.
    receiving = followHeardKey(receiving, newKey, true, 0)!
    expect(receiving).toEqual({ key: newKey, previousKey: oldKey })
    confirmInUse(phone, receiving, 'phone')
    settlesOnBoth(coordinator, phone, offering, receiving, newKey)
  })

  it('a page closed before the offer it acknowledged was stored keeps both keys, and follows the coordinator to the new one', () => {
    // The phone stored the next key and acknowledged it, then the page closed: the device's list
    // holds both keys, but its copy of the document on disk never got the offer.
    const { coordinator, oldKey, newKey, ...start } = offeredAndStored()
    let { offering, receiving } = start
    const reopened = new Y.Doc()
    reopened.getMap('keys').set('ack', keyFingerprint(newKey))
    carry(reopened, coordinator)
    offering = offerStep(coordinator, offering) // the acknowledgement reached it: it moved
    expect(offering).toEqual({ key: newKey, previousKey: oldKey })
    expect(offeredKey(reopened)).toBeNull()
    // No offer in this copy is no news: the phone keeps both keys…
    expect(receiveOffer(reopened, receiving, 'phone')).toBeNull()
    // …so the room, which speaks the new key, takes it there.
    receiving = followHeardKey(receiving, newKey, false, 0)!
    expect(receiving).toEqual({ key: newKey, previousKey: oldKey })
    confirmInUse(reopened, receiving, 'phone')
    settlesOnBoth(coordinator, reopened, offering, receiving, newKey)
  })

  it('an old invitation reopened on a phone that moved on leaves it on the key in use', () => {
    const { coordinator, phone, oldKey, newKey, ...start } = offeredAndStored()
    let { offering, receiving } = start
    carry(phone, coordinator)
    offering = offerStep(coordinator, offering)
    receiving = switchToNext(phone, receiving, 'phone')!
    carry(phone, coordinator)
    offering = offerStep(coordinator, offering)
    carry(coordinator, phone)
    receiving = receiveOffer(phone, receiving, 'phone')!
    // join.ts keeps the old invitation's key as a mere candidate beside the key in use.
    receiving = { key: receiving.key, nextKey: oldKey }
    expect(receiveOffer(phone, receiving, 'phone')).toEqual({ key: newKey })
  })

  it('takes nothing but a well-formed key from the document (it is untrusted input)', () => {
    const doc = new Y.Doc()
    doc.getMap('keys').set('next', 'not a key')
    expect(offeredKey(doc)).toBeNull()
    expect(receiveOffer(doc, { key: newDocumentKey() }, 'phone')).toBeNull()
    doc.getMap('keys').set('next', 42)
    expect(offeredKey(doc)).toBeNull()
    expect(doc.getMap('keys').has('ack')).toBe(false)
  })

  it('fingerprints tell keys apart without giving them away', () => {
    const a = newDocumentKey()
    expect(keyFingerprint(a)).toMatch(/^[0-9a-f]{8}$/)
    expect(keyFingerprint(a)).toBe(keyFingerprint(a))
    expect(keyFingerprint(a)).not.toBe(keyFingerprint(newDocumentKey()))
  })
})
