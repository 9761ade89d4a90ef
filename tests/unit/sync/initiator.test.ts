import { describe, expect, it } from 'vitest'
import { answerAnnouncement, startsConnectionTo } from '../../../src/sync/initiator'

const ids = Array.from({ length: 40 }, () => crypto.randomUUID())
const free = { connected: false, full: false }

describe('only one side of a pair starts the connection', () => {
  it('exactly one of any two devices starts it, whichever hears the other first', () => {
    for (const a of ids) {
      for (const b of ids) {
        if (a === b) continue
        expect(startsConnectionTo(a, b)).not.toBe(startsConnectionTo(b, a))
        // Both hear the other announce at once: one connects, the other invites it to.
        expect([answerAnnouncement(a, b, free), answerAnnouncement(b, a, free)].sort()).toEqual(['connect', 'invite'])
      }
    }
  })

  it('invites only a device it has no connection to, while it has room for one', () => {
    const [low, high] = [ids[0], ids[1]].sort()
    expect(answerAnnouncement(low, high, free)).toBe('invite')
    expect(answerAnnouncement(low, high, { connected: true, full: false })).toBe('nothing')
    expect(answerAnnouncement(low, high, { connected: false, full: true })).toBe('nothing')
    // The side that starts leaves those checks to y-webrtc, which makes the same ones.
    expect(answerAnnouncement(high, low, { connected: true, full: true })).toBe('connect')
  })
})
