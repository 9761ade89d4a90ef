import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { readCoordinatorDevices, COORDINATOR_DEVICES } from '../../../src/store/schema/coordinatorDevice'
import { DOCUMENTS, readDocuments } from '../../../src/store/schema/document'
import { writeMapRoom } from '../../../src/store/schema/mapRoom'
import { newDocumentId, newDocumentKey } from '../../../src/sync/invite'
import { advanceOffer, keyFingerprint, offerAsWritten, offeredKey, publishDeviceKey, receiveOffer } from '../../../src/sync/keyRotation'
import { currentMapRoom, keyToFollow, mapRoomFor, recordPublishedKey, rekeyDocuments, sealNewRoom, signpostOf } from '../../../src/sync/mapRooms'
import { newSealingPair, openOffer, type SealingPair } from '../../../src/sync/sealing'

/** One direction of a sync (a room both are in, or a link). */
const carry = (from: Y.Doc, to: Y.Doc) => Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)))
const copyOf = (doc: Y.Doc) => {
  const copy = new Y.Doc()
  carry(doc, copy)
  return copy
}

/** Every string anywhere in a document, as a device holding it could read it. */
function everything(doc: Y.Doc): string {
  return JSON.stringify([...doc.share.keys()].map((name) => doc.getMap(name).toJSON()))
}

function addEntity(doc: Y.Doc, section: string, id: string, fields: Record<string, unknown>) {
  const entity = new Y.Map<unknown>()
  for (const [k, v] of Object.entries(fields)) entity.set(k, v)
  doc.getMap(section).set(id, entity)
}

/**
 * Jordan (A), Alex (B) and an old laptop (X) coordinate; Sasha's phone holds a helper document
 * and published its public key; the recipient's phone is older and published none.
 */
async function circle() {
  const [a, b, x, phone] = await Promise.all([newSealingPair(), newSealingPair(), newSealingPair(), newSealingPair()])
  const pairs: Record<string, SealingPair> = { A: a, B: b, X: x }
  const map = new Y.Doc()
  const mapId = newDocumentId()
  const mapKey = newDocumentKey()
  for (const [id, pair] of Object.entries(pairs)) addEntity(map, COORDINATOR_DEVICES, id, { name: id, addedAt: id.charCodeAt(0), removedAt: null, publicKey: pair.publicKey })
  const helperId = newDocumentId()
  const recipientId = newDocumentId()
  const helperKey = newDocumentKey()
  addEntity(map, DOCUMENTS, helperId, { audience: 'helper', helperId: 'sasha', key: helperKey, createdAt: 1, revokedAt: null })
  addEntity(map, DOCUMENTS, recipientId, { audience: 'recipient', helperId: null, key: newDocumentKey(), createdAt: 2, revokedAt: null })
  // Sasha's phone publishes its key in its document; Jordan's device records it on first sight.
  const helperOnPhone = new Y.Doc()
  publishDeviceKey(helperOnPhone, phone.publicKey, 'phone')
  const helperOnA = copyOf(helperOnPhone)
  recordPublishedKey(map, helperId, helperOnA)
  return { pairs, phone, map, mapId, mapKey, helperId, recipientId, helperKey, helperOnPhone, helperOnA }
}

/** Jordan's device removes X: the removal and the sealed move, written in the map's old room. */
async function removeX(map: Y.Doc) {
  const moved = await sealNewRoom(readCoordinatorDevices(map, []), 'X', 'A', 1000)
  ;(map.getMap(COORDINATOR_DEVICES).get('X') as Y.Map<unknown>).set('removedAt', 1000)
  writeMapRoom(map, moved.room, 'key')
  return moved
}

describe('removing a coordinator device moves the map and every document to keys it does not have', () => {
  it('the new map key is sealed for each device that stays; the removed device can open none of it', async () => {
    const { pairs, map, mapId, mapKey } = await circle()
    const mapOnB = copyOf(map)
    const mapOnX = copyOf(map)
    const moved = await removeX(map)
    // The old room carries the removal and the move to both.
    carry(map, mapOnB)
    carry(map, mapOnX)
    expect(Object.keys(moved.room.sealed).sort()).toEqual(['A', 'B'])
    expect(moved.unsealed).toEqual([])
    expect(everything(mapOnX)).not.toContain(moved.key)
    // X tries with its own pair, and with B's sealed entry: nothing opens.
    expect(await keyToFollow(mapOnX, mapKey, 'X', pairs.X)).toBeNull()
    expect(await keyToFollow(mapOnX, mapKey, 'B', pairs.X)).toBeNull()
    // A and B open the same new key, and find the room it opens; the old key still names the old room.
    expect(await keyToFollow(map, mapKey, 'A', pairs.A)).toBe(moved.key)
    expect(await keyToFollow(mapOnB, mapKey, 'B', pairs.B)).toBe(moved.key)
    expect(mapRoomFor(mapOnB, mapId, moved.key)).toBe(moved.room.id)
    expect(mapRoomFor(mapOnB, mapId, mapKey)).toBe(mapId)
    // Once moved, nothing more to follow.
    expect(await keyToFollow(mapOnB, moved.key, 'B', pairs.B)).toBeNull()
  })

  it('a device that published no public key is named, not sealed for', async () => {
    const { map } = await circle()
    ;(map.getMap(COORDINATOR_DEVICES).get('B') as Y.Map<unknown>).delete('publicKey')
    const moved = await sealNewRoom(readCoordinatorDevices(map, []), 'X', 'A', 1000)
    expect(Object.keys(moved.room.sealed)).toEqual(['A'])
    expect(moved.unsealed.map((d) => d.id)).toEqual(['B'])
  })

  it('after the move, each person’s document gets a next key: sealed for a phone that published a key, in plain for one that did not', async () => {
    const { pairs, phone, map, mapKey, helperId, recipientId, helperKey, helperOnPhone, helperOnA } = await circle()
    const moved = await removeX(map)
    const mapOnX = copyOf(map) // everything X could have had from the old room
    const signpost = signpostOf(map)
    expect(await keyToFollow(map, mapKey, 'A', pairs.A)).toBe(moved.key)
    const room = currentMapRoom(map)!
    expect(await rekeyDocuments(map, room)).toBe(2)
    expect(await rekeyDocuments(map, room)).toBe(0) // once per move
    const documents = readDocuments(map, [])
    const helper = documents.find((d) => d.id === helperId)!
    const recipient = documents.find((d) => d.id === recipientId)!
    // The signpost, served in the old room, holds nothing of the new keys.
    for (const d of [helper, recipient]) {
      expect(everything(signpost)).not.toContain(d.nextKey)
      expect(everything(mapOnX)).not.toContain(d.nextKey)
    }

    // In Sasha's room, still under the old key, X is there too and reads what is offered.
    const helperOnX = copyOf(helperOnA)
    expect(advanceOffer(helperOnA, helper, 'coordinator')).toBeNull()
    carry(helperOnA, helperOnX)
    carry(helperOnA, helperOnPhone)
    expect(offeredKey(helperOnX)).toBeNull()
    expect(everything(helperOnX)).not.toContain(helper.nextKey)
    expect(await openOffer(offerAsWritten(helperOnX), pairs.X)).toBe('unreadable')
    // Sasha's phone opens it, stores it and acknowledges; Jordan's device then switches.
    const offered = await openOffer(offerAsWritten(helperOnPhone), phone)
    expect(offered).toBe(helper.nextKey)
    expect(receiveOffer(helperOnPhone, { key: helperKey }, 'phone', offered as string)).toEqual({ key: helperKey, nextKey: helper.nextKey })
    carry(helperOnPhone, helperOnA)
    expect(advanceOffer(helperOnA, helper, 'coordinator')).toBe('switch')
    // The ack is a fingerprint: nothing X can open a room with.
    carry(helperOnPhone, helperOnX)
    expect(everything(helperOnX)).not.toContain(helper.nextKey)
    expect(everything(helperOnX)).toContain(keyFingerprint(helper.nextKey!))

    // The recipient's phone published no key: its offer is in plain (what X could read while it stays in that room).
    const recipientOnA = new Y.Doc()
    advanceOffer(recipientOnA, recipient, 'coordinator')
    expect(offeredKey(recipientOnA)).toBe(recipient.nextKey)
  })

  it('a public key is recorded once: a later one in the document (anyone with its key can write there) does not replace it', async () => {
    const { pairs, phone, map, helperId, helperOnA } = await circle()
    publishDeviceKey(helperOnA, pairs.X.publicKey, 'someone else')
    recordPublishedKey(map, helperId, helperOnA)
    expect(readDocuments(map, []).find((d) => d.id === helperId)!.devicePublicKey).toBe(phone.publicKey)
  })
})
