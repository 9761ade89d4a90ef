import { render, screen } from '@testing-library/react'
import { useSyncExternalStore } from 'react'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createMapStore, ownViewCoordinating, type MapStore } from '../../../src/store'
import type { CircleViewProps } from '../../../src/ui/coordinator/CircleScreen'
import { InviteFor } from '../../../src/ui/coordinator/InvitePanel'
import { personViewOf, sharedWithAnotherPhone } from '../../../src/ui/coordinator/StopSharing'
import { later, startedStore } from '../../helpers/mapStore'

/**
 * The person's own view in a circle for oneself: on this device it is the same replica as the
 * coordinator's copy, and on a friend's coordinator device (before the hand-over) it is on a
 * phone that coordinates too and has everything through the map. Neither is a phone to invite,
 * sync with, send updates to or stop sharing with: stopping would only wipe the person's own
 * view from their phone. Once the person's coordinator device is removed (the hand-over), their
 * phone is a phone of its own like any recipient's.
 */
const personDocId = 'RRRRRRRRRRRRRRRRRRRRRR'
const personDoc = { id: personDocId }
const map = { docId: 'map-doc' }
const friendsDevice = { removedAt: null }
const personsDevice = { removedAt: null, ownView: true }

describe('where the person’s view is, and so whether to offer sending and “Stop sharing”', () => {
  it('is this phone when this device holds the person’s own view', () => {
    expect(personViewOf(personDoc, [map, { docId: personDocId }], [])).toBe('this-phone')
    expect(personViewOf(personDoc, [map, { docId: personDocId }], [personsDevice, friendsDevice])).toBe('this-phone')
    expect(sharedWithAnotherPhone(personDoc, [map, { docId: personDocId }], [])).toBe(false)
  })

  it('is the person’s coordinating phone, on a friend’s device, while the person’s device is still a coordinator', () => {
    expect(personViewOf(personDoc, [map], [personsDevice, friendsDevice])).toBe('coordinating')
    expect(sharedWithAnotherPhone(personDoc, [map], [personsDevice, friendsDevice])).toBe(false)
  })

  it('is a phone of its own in any other circle, and after the hand-over', () => {
    expect(sharedWithAnotherPhone(personDoc, [map], [])).toBe(true)
    expect(sharedWithAnotherPhone(personDoc, [map], [friendsDevice, { removedAt: null, ownView: false }])).toBe(true)
    expect(sharedWithAnotherPhone(personDoc, [map], [{ ...personsDevice, removedAt: later(9) }, friendsDevice])).toBe(true)
    // Another document this device holds (another circle's, say) is not this one.
    expect(sharedWithAnotherPhone(personDoc, [map, { docId: 'another-recipient-doc' }], [])).toBe(true)
  })

  it('is unknown, and nothing is offered, before this device’s circles are read', () => {
    expect(personViewOf(personDoc, null, [])).toBe('unknown')
    expect(sharedWithAnotherPhone(personDoc, null, [])).toBe(false)
  })
})

describe('the map says which coordinator device holds the person’s own view', () => {
  it('from when that device joins the coordinators until it is removed', () => {
    const store = startedStore()
    expect(store.run('coordinator/add-device', { deviceId: 'deviceRowan00001', name: 'Rowan', ownView: true }, later(1)).ok).toBe(true)
    const friend = createMapStore(new Y.Doc())
    Y.applyUpdate(friend.doc, Y.encodeStateAsUpdate(store.doc))
    expect(friend.run('coordinator/add-device', { deviceId: 'devicePriya00001', name: 'Priya' }, later(2)).ok).toBe(true)
    Y.applyUpdate(store.doc, Y.encodeStateAsUpdate(friend.doc))
    for (const s of [store, friend]) {
      expect(s.getSnapshot().coordinatorDevices.map((d) => [d.name, d.ownView ?? false])).toEqual([['Rowan', true], ['Priya', false]])
      expect(ownViewCoordinating(s.getSnapshot().coordinatorDevices)).toBe(true)
    }
    expect(friend.run('coordinator/hand-over', { deviceId: 'devicePriya00001', contact: 'priya@example.org' }, later(3)).ok).toBe(true)
    expect(ownViewCoordinating(friend.getSnapshot().coordinatorDevices)).toBe(true)
    expect(friend.run('coordinator/remove-device', { deviceId: 'deviceRowan00001' }, later(4)).ok).toBe(true)
    expect(ownViewCoordinating(friend.getSnapshot().coordinatorDevices)).toBe(false)
  })
})

function Invite({ store, circles }: { store: MapStore; circles: ReadonlyArray<{ docId: string }> }) {
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot) as CircleViewProps['snapshot']
  return <InviteFor store={store} snapshot={snapshot} helperId={null} name="Rowan" circles={circles} />
}

describe('Circle settings, “Rowan’s phone”, in a circle for oneself', () => {
  function ownCircle(devices: Array<{ id: string; ownView?: boolean }>) {
    const store = startedStore()
    expect(store.run('document/add', { audience: 'recipient', helperId: null, docId: personDocId, key: 'K'.repeat(43) }, later(1)).ok).toBe(true)
    for (const device of devices) expect(store.run('coordinator/add-device', { deviceId: device.id, name: device.id, ...(device.ownView ? { ownView: true } : {}) }, later(2)).ok).toBe(true)
    return store
  }
  const nothingToSendOrSync = () => {
    expect(screen.queryByLabelText('Invitation link')).toBeNull()
    expect(screen.queryByText(/has not synced yet/)).toBeNull()
    expect(screen.queryByRole('heading', { name: 'Updates for Rowan' })).toBeNull()
    expect(screen.queryByText(/Send Rowan a link/)).toBeNull()
    // What Rowan's view shows stays theirs to choose.
    expect(screen.getByLabelText(/Rowan asked to see who is helping/)).toBeTruthy()
  }

  it('on the person’s own phone: their view is here, nothing to send or sync', () => {
    render(<Invite store={ownCircle([])} circles={[map, { docId: personDocId }]} />)
    expect(screen.getByText(/Your own view is on this phone and always up to date/)).toBeTruthy()
    nothingToSendOrSync()
  })

  it('on a friend’s coordinator device before the hand-over: the person’s view is on their coordinating phone', () => {
    render(<Invite store={ownCircle([{ id: 'deviceRowan00001', ownView: true }, { id: 'devicePriya00001' }])} circles={[map]} />)
    expect(screen.getByText(/Rowan sees their own view on the phone they coordinate from with you/)).toBeTruthy()
    nothingToSendOrSync()
  })
})
