import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness'
import type { WebrtcProvider } from 'y-webrtc'
import { decodeBase64url } from '../../../src/sync/bytes'
import { decodeKnowledge, isMissingAnything } from '../../../src/sync/carry'
import { isDevicePresence } from '../../../src/sync/messages'
import { trackPresence, type Presence } from '../../../src/sync/presence'

/**
 * A phone that leaves a room and enters it again with the same document (a key move, a step back
 * and forth, a connection replaced) starts a fresh y-webrtc awareness, whose clock starts again
 * at 0; the coordinator's device kept the clock it last heard from that phone, and y-protocols
 * ignores every state with an older clock. Its presence must still be heard at once, or the
 * coordinator reads "Some changes are still waiting to reach them" about a phone that has them.
 */
const open: Array<{ destroy(): void }> = []
afterEach(() => {
  while (open.length) open.pop()!.destroy()
})

/** One live link from a phone's awareness to the coordinator's, as y-webrtc relays it. */
function relay(from: Awareness, to: Awareness): () => void {
  const send = ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }) =>
    applyAwarenessUpdate(to, encodeAwarenessUpdate(from, [...added, ...updated, ...removed]), 'relay')
  from.on('update', send)
  applyAwarenessUpdate(to, encodeAwarenessUpdate(from, [from.clientID]), 'relay')
  return () => from.off('update', send)
}

function awarenessOf(doc: Y.Doc): Awareness {
  const awareness = new Awareness(doc)
  open.push(awareness)
  return awareness
}

/** What the coordinator's device holds as the phone's published knowledge. */
function heardFrom(coordinator: Awareness, phone: Y.Doc) {
  const device = (coordinator.getStates().get(phone.clientID) as { device?: unknown } | undefined)?.device
  if (!isDevicePresence(device)) return null
  return decodeKnowledge(decodeBase64url(device.snapshot)!)
}

const asProvider = (awareness: Awareness) => ({ awareness }) as unknown as WebrtcProvider

describe('presence after a phone enters the room again', () => {
  it.each([
    ['its farewell reached the coordinator', true],
    ['its farewell was lost with the connection', false],
  ])('is heard at once when %s', (_, farewellArrives) => {
    const coordinatorDoc = new Y.Doc()
    const coordinator = awarenessOf(coordinatorDoc)
    const phone = new Y.Doc()
    const presences: Presence[] = []

    // First stay: the phone publishes a few times (each a step of its awareness clock).
    const first = awarenessOf(phone)
    const stopFirst = relay(first, coordinator)
    presences.push(trackPresence('d', phone, asProvider(first), 'helper'))
    for (let i = 0; i < 5; i++) {
      phone.getMap('reports').set(`r${i}`, { kind: 'done' })
      presences[0].publishNow()
    }
    expect(heardFrom(coordinator, phone)).not.toBeNull()
    presences[0].stop()
    if (!farewellArrives) stopFirst()
    // y-webrtc's disconnect: the phone removes its own state (sent only if the link still carries it).
    first.setLocalState(null)
    stopFirst()

    // The coordinator writes while the phone is away; the phone receives it when it enters again.
    coordinatorDoc.getMap('tasks').set('walk', { title: 'Walk' })
    Y.applyUpdate(phone, Y.encodeStateAsUpdate(coordinatorDoc, Y.encodeStateVector(phone)))
    Y.applyUpdate(coordinatorDoc, Y.encodeStateAsUpdate(phone, Y.encodeStateVector(coordinatorDoc)))

    // Second stay: a fresh awareness for the same document.
    const second = awarenessOf(phone)
    relay(second, coordinator)
    presences.push(trackPresence('d', phone, asProvider(second), 'helper'))
    const heard = heardFrom(coordinator, phone)
    expect(heard).not.toBeNull()
    expect(isMissingAnything(coordinatorDoc, heard)).toBe(false)
    presences[1].stop()
  })
})
