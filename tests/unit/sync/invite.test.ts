import { describe, expect, it } from 'vitest'
import { inviteLink, invitePath, newDocumentId, newDocumentKey, parseInvite } from '../../../src/sync/invite'

const route = (link: string) => link.replace(/^.*#\/join\//, '').split('/')

describe('invite links', () => {
  const docId = newDocumentId()
  const key = newDocumentKey()
  const link = inviteLink('http://127.0.0.1:4173/#/c/abc', 'helper', docId, key)

  it('carry role, document id and key in the fragment only', () => {
    expect(link.startsWith('http://127.0.0.1:4173/#/join/helper/')).toBe(true)
    expect(link.split('#')[0]).not.toContain(key)
    expect(parseInvite(route(link))).toEqual({ ok: true, role: 'helper', docId, key })
  })

  it('use random ids of the right length', () => {
    expect(docId).toMatch(/^[A-Za-z0-9_-]{22}$/)
    expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(newDocumentId()).not.toBe(docId)
  })

  it.each([
    ['a link cut short', (p: string) => p.slice(0, -10), 'truncated'],
    ['a link missing its key', (p: string) => p.split('/').slice(0, 3).join('/'), 'truncated'],
    ['one character changed', (p: string) => p.slice(0, -6) + (p.at(-6) === 'A' ? 'B' : 'A') + p.slice(-5), 'mistyped'],
    ['a character too many', (p: string) => `${p}x`, 'mistyped'],
    ['an unknown role', (p: string) => p.replace('join/helper', 'join/boss'), 'unknown-role'],
    ['characters that are not base64url', (p: string) => p.replace(/.$/, '%'), 'malformed'],
    ['extra parts', (p: string) => `${p}/payload/more`, 'malformed'],
    ['an empty payload', (p: string) => `${p}/`, 'malformed'],
  ])('recognise %s', (_, damage, reason) => {
    const damaged = damage(invitePath('helper', docId, key))
    expect(parseInvite(damaged.replace(/^join\//, '').split('/'))).toEqual({ ok: false, reason })
  })

  it('may carry the person’s document as a payload after the key', () => {
    const withPayload = inviteLink('http://127.0.0.1:4173/', 'helper', docId, key, 'c2VhbGVk')
    expect(parseInvite(route(withPayload))).toEqual({ ok: true, role: 'helper', docId, key, payload: 'c2VhbGVk' })
  })

  it('never throw, whatever they are given', () => {
    for (const parts of [[], [''], ['helper', ''], ['recipient', 'x'.repeat(22)], ['coordinator', '💥', '💥']]) {
      expect(parseInvite(parts).ok).toBe(false)
    }
  })
})
