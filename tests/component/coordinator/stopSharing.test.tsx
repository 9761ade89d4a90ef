import { describe, expect, it } from 'vitest'
import { sharedWithAnotherPhone } from '../../../src/ui/coordinator/StopSharing'

/**
 * "Stop sharing with this phone" in a circle for oneself: the person's document on this device is
 * their own view (the same replica as the coordinator's copy), so withdrawing it would only make
 * this phone forget its own view. It is offered only where the person's document is on a phone
 * of its own.
 */
describe('which recipient document "Stop sharing" withdraws', () => {
  const personDoc = { id: 'recipient-doc' }
  const map = { docId: 'map-doc' }

  it('is not offered for the person’s own view on this device', () => {
    expect(sharedWithAnotherPhone(personDoc, [map, { docId: 'recipient-doc' }])).toBe(false)
  })

  it('is offered when the person’s document is on another phone (a coordinator device without their view)', () => {
    expect(sharedWithAnotherPhone(personDoc, [map])).toBe(true)
    // Another document this device holds (another circle's, say) is not this one.
    expect(sharedWithAnotherPhone(personDoc, [map, { docId: 'another-recipient-doc' }])).toBe(true)
  })

  it('is not offered before this device’s circles are read', () => {
    expect(sharedWithAnotherPhone(personDoc, null)).toBe(false)
  })
})
