import { afterEach, describe, expect, it, vi } from 'vitest'
import { countGarbage, countOpened, countOpenedWithOther, countRefused, droppedCount, forgetKeyCheck, keyCheckOf, keyHeardOf, MISMATCH_AFTER_MS } from '../../../src/sync/keyCheck'
import { deriveRoomKey, encryptSignaling, isSignal, isSignalingMessage, looksLikePeerMessage, openWithOtherKey } from '../../../src/sync/roomGuard'
import { newDocumentKey } from '../../../src/sync/invite'

describe('what the room guard lets through to y-webrtc', () => {
  const known = (id: string) => id === 'known'

  it('takes announces and well-formed signals, and nothing else', () => {
    expect(isSignalingMessage({ type: 'announce', from: 'a' }, known)).toBe(true)
    expect(isSignalingMessage({ type: 'signal', from: 'a', to: 'b', signal: { type: 'offer', sdp: 'v=0' } }, known)).toBe(true)
    expect(isSignalingMessage({ type: 'signal', from: 'a', signal: { candidate: { candidate: 'c', sdpMid: '0' } } }, known)).toBe(true)
    for (const bad of [null, 42, 'announce', [], {}, { type: 'announce' }, { type: 'announce', from: 7 }, { type: 'announce', from: 'a', to: 3 },
      { type: 'signal', from: 'a' }, { type: 'signal', from: 'a', signal: { type: 'offer' } }, { type: 'signal', from: 'a', signal: { candidate: 'x' } },
      { type: 'whatever', from: 'a' }]) {
      expect(isSignalingMessage(bad, known), JSON.stringify(bad)).toBe(false)
    }
  })

  it('takes an answer only from a peer this device made an offer to (y-webrtc assumes one)', () => {
    const answer = (from: string) => ({ type: 'signal', from, signal: { type: 'answer', sdp: 'v=0' } })
    expect(isSignalingMessage(answer('known'), known)).toBe(true)
    expect(isSignalingMessage(answer('stranger'), known)).toBe(false)
  })

  it('knows every signal simple-peer sends', () => {
    expect(isSignal({ renegotiate: true })).toBe(true)
    expect(isSignal({ transceiver: { kind: 'audio', init: {} } })).toBe(true)
    expect(isSignal({ candidate: { candidate: 'c', sdpMLineIndex: 0 } })).toBe(true)
    expect(isSignal({ transceiver: 'audio' })).toBe(false)
  })

  it('reads from a peer only bytes that start with one of y-webrtc’s message types', () => {
    expect(looksLikePeerMessage(Uint8Array.of(0, 0, 1))).toBe(true)
    expect(looksLikePeerMessage(Uint8Array.of(3))).toBe(true) // "query awareness" is one byte
    expect(looksLikePeerMessage(Uint8Array.of(2, 1))).toBe(false)
    expect(looksLikePeerMessage(Uint8Array.of(0xf7, 1))).toBe(false)
    expect(looksLikePeerMessage(new Uint8Array(0))).toBe(false)
    expect(looksLikePeerMessage('0')).toBe(false)
  })
})

describe('the key check', () => {
  afterEach(() => {
    forgetKeyCheck('room')
    vi.useRealTimers()
  })

  it('says "mismatch" only after a refusal with nothing opened for a while, and "matches" once something opened', () => {
    vi.useFakeTimers()
    expect(keyCheckOf('room', 0)).toBe('unknown')
    countRefused('room', 1000)
    expect(keyCheckOf('room', 1000 + MISMATCH_AFTER_MS - 1)).toBe('unknown')
    expect(keyCheckOf('room', 1000 + MISMATCH_AFTER_MS)).toBe('mismatch')
    countOpened('room')
    expect(keyCheckOf('room', 1_000_000)).toBe('matches')
    // A stranger's noise after that starts the wait again; something that opens ends it.
    countRefused('room', 5000)
    expect(keyCheckOf('room', 5000 + MISMATCH_AFTER_MS)).toBe('mismatch')
    countOpened('room')
    expect(keyCheckOf('room', 5000 + MISMATCH_AFTER_MS)).toBe('matches')
    countGarbage('room')
    expect(droppedCount('room')).toBe(3)
  })
})

describe('during a key move, the other key this device holds', () => {
  it('tells which key the other side announces itself with, and nothing opens with a key not held', async () => {
    const room = 'a-room-id'
    const [oldKey, newKey, strangers] = [newDocumentKey(), newDocumentKey(), newDocumentKey()]
    const announced = await encryptSignaling({ type: 'announce', from: 'the-coordinator' }, await deriveRoomKey(newKey, room))
    expect(await openWithOtherKey(room, announced, [oldKey, newKey])).toBe(newKey)
    expect(await openWithOtherKey(room, announced, [oldKey])).toBeNull()
    expect(await openWithOtherKey('another-room', announced, [newKey])).toBeNull()
    // Sealed with the right key but not a signaling message: not taken as the other side.
    const garbage = await encryptSignaling({ hello: 1 }, await deriveRoomKey(strangers, room))
    expect(await openWithOtherKey(room, garbage, [strangers])).toBeNull()
    expect(await openWithOtherKey(room, 42, [newKey])).toBeNull()
  })

  it('what opens with it is where the other side is, not a refusal, until the key in use opens something', () => {
    const docId = 'moving'
    countOpenedWithOther(docId, 'next', 1000)
    countOpenedWithOther(docId, 'next', 5000)
    expect(keyHeardOf(docId)).toEqual({ key: 'next', since: 1000 })
    expect(keyCheckOf(docId, 1000 + MISMATCH_AFTER_MS)).toBe('unknown')
    countOpened(docId)
    expect(keyHeardOf(docId)).toBeNull()
    forgetKeyCheck(docId)
  })
})
