import { describe, expect, it } from 'vitest'
import { newDocumentKey } from '../../../src/sync/invite'
import { isSealed, newSealingPair, openSealed, publicKeyPattern, sealFor } from '../../../src/sync/sealing'

describe('a key sealed for one device', () => {
  it('opens with that device’s private key, and with no other', async () => {
    const [phone, removed] = await Promise.all([newSealingPair(), newSealingPair()])
    expect(phone.publicKey).toMatch(publicKeyPattern)
    const key = newDocumentKey()
    const sealed = await sealFor(phone.publicKey, key)
    expect(isSealed(sealed)).toBe(true)
    expect(sealed).not.toContain(key)
    expect(await openSealed(phone.privateKey, sealed)).toBe(key)
    // The removed device holds every old key but not the phone's private key: it reads nothing.
    expect(await openSealed(removed.privateKey, sealed)).toBeNull()
  })

  it('seals the same key differently every time (a fresh ephemeral pair and iv)', async () => {
    const phone = await newSealingPair()
    const key = newDocumentKey()
    const [a, b] = await Promise.all([sealFor(phone.publicKey, key), sealFor(phone.publicKey, key)])
    expect(a).not.toBe(b)
    expect(await openSealed(phone.privateKey, b)).toBe(key)
  })

  it('opens nothing damaged, cut short or not sealed, and never throws', async () => {
    const phone = await newSealingPair()
    const sealed = await sealFor(phone.publicKey, newDocumentKey())
    const last = sealed.at(-1) === 'A' ? 'B' : 'A'
    for (const bad of [sealed.slice(0, -1) + last, sealed.slice(0, 60), sealed.replace(/^s1/, 's2'), '', 'x.y.z.w', newDocumentKey(), 42, null, undefined]) {
      expect(await openSealed(phone.privateKey, bad)).toBeNull()
    }
  })
})
