import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  ALONE_FIRST_MS, ALONE_MAX_MS, ANSWER_EVERY_MS, CONNECT_WITHIN_MS, createAnnouncer, FIRST_WORD_WITHIN_MS, giveUpUnlessOpen, giveUpWhenSilent, LISTEN_EVERY_MS, SILENT_FOR_MS,
} from '../../../src/sync/roomLiveness'

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

/** The times (ms from the start) at which `announce` was called. */
function recorder() {
  const start = Date.now()
  const times: number[] = []
  return { times, announce: () => times.push(Date.now() - start) }
}

describe('a device alone in its room keeps looking', () => {
  it('announces again while no one is connected, at doubling intervals up to a ceiling', () => {
    const { times, announce } = recorder()
    const announcer = createAnnouncer(announce, () => true, true)
    vi.advanceTimersByTime(3 * 60_000)
    announcer.stop()
    const gaps = times.map((t, i) => t - (times[i - 1] ?? 0))
    expect(gaps.slice(0, 4)).toEqual([ALONE_FIRST_MS, 2 * ALONE_FIRST_MS, 4 * ALONE_FIRST_MS, 8 * ALONE_FIRST_MS])
    expect(Math.max(...gaps)).toBe(ALONE_MAX_MS)
    expect(gaps.slice(-3)).toEqual([ALONE_MAX_MS, ALONE_MAX_MS, ALONE_MAX_MS])
  })

  it('stays quiet while connected, and starts again from the shortest wait once alone', () => {
    const { times, announce } = recorder()
    let alone = true
    const announcer = createAnnouncer(announce, () => alone, true)
    vi.advanceTimersByTime(ALONE_FIRST_MS * 7) // announced at 3 s, 9 s, 21 s
    expect(times).toEqual([ALONE_FIRST_MS, 3 * ALONE_FIRST_MS, 7 * ALONE_FIRST_MS])
    alone = false
    vi.advanceTimersByTime(60_000)
    expect(times).toHaveLength(3)
    alone = true
    vi.advanceTimersByTime(ALONE_FIRST_MS)
    expect(times).toHaveLength(4)
    announcer.stop()
    vi.advanceTimersByTime(10 * 60_000)
    expect(times).toHaveLength(4)
  })

  it('the side that is looked for (the coordinator’s) does not look on its own', () => {
    const { times, announce } = recorder()
    createAnnouncer(announce, () => true, false)
    vi.advanceTimersByTime(10 * 60_000)
    expect(times).toEqual([])
  })
})

describe('answering a device with another key', () => {
  it('answers at once, and an answer asked for too soon is sent when the interval is over, never dropped', () => {
    const { times, announce } = recorder()
    const announcer = createAnnouncer(announce, () => false, false)
    announcer.answer()
    vi.advanceTimersByTime(0)
    expect(times).toEqual([0])
    vi.advanceTimersByTime(1000)
    announcer.answer()
    announcer.answer() // asked twice in the interval: one answer
    vi.advanceTimersByTime(ANSWER_EVERY_MS)
    expect(times).toEqual([0, ANSWER_EVERY_MS])
    vi.advanceTimersByTime(60_000)
    expect(times).toHaveLength(2)
  })

  it('a stopped announcer answers nothing more', () => {
    const { times, announce } = recorder()
    const announcer = createAnnouncer(announce, () => true, true)
    announcer.answer()
    announcer.stop()
    vi.advanceTimersByTime(60_000)
    expect(times).toEqual([])
  })
})

describe('a connection that never opens', () => {
  const connection = (connected = false) => ({ connected, destroy: vi.fn() })

  it('is given up once the wait is over, so y-webrtc forgets it', () => {
    const conns = new Map([['gone', connection()]])
    giveUpUnlessOpen('doc', conns, 'gone', conns.get('gone')!)
    vi.advanceTimersByTime(CONNECT_WITHIN_MS - 1)
    expect(conns.get('gone')!.destroy).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(conns.get('gone')!.destroy).toHaveBeenCalledTimes(1)
  })

  it('is kept once open, and a connection replaced or closed meanwhile is left alone', () => {
    const open = connection()
    const replaced = connection()
    const closed = connection()
    const conns = new Map([['open', open], ['replaced', replaced], ['closed', closed]])
    for (const [id, conn] of conns) giveUpUnlessOpen('doc', conns, id, conn)
    open.connected = true
    conns.set('replaced', connection(true))
    conns.delete('closed')
    vi.advanceTimersByTime(CONNECT_WITHIN_MS)
    expect(open.destroy).not.toHaveBeenCalled()
    expect(replaced.destroy).not.toHaveBeenCalled()
    expect(closed.destroy).not.toHaveBeenCalled()
  })
})

describe('a connection open on one side only', () => {
  const connection = (connected = true) => ({ connected, destroy: vi.fn() })

  it('is given up when it brought nothing since it opened, so y-webrtc announces again', () => {
    const mute = connection()
    const conns = new Map([['mute', mute]])
    giveUpWhenSilent('doc', conns, 'mute', mute, () => null)
    vi.advanceTimersByTime(LISTEN_EVERY_MS + FIRST_WORD_WITHIN_MS - 1)
    expect(mute.destroy).not.toHaveBeenCalled()
    vi.advanceTimersByTime(LISTEN_EVERY_MS)
    expect(mute.destroy).toHaveBeenCalledTimes(1)
    vi.advanceTimersByTime(10 * 60_000)
    expect(mute.destroy).toHaveBeenCalledTimes(1)
  })

  it('is kept while the other side speaks at each awareness renewal, and given up once it falls silent', () => {
    const live = connection()
    const conns = new Map([['live', live]])
    let heardAt: number | null = Date.now()
    giveUpWhenSilent('doc', conns, 'live', live, () => heardAt)
    for (let i = 0; i < 20; i++) {
      vi.advanceTimersByTime(15_000)
      heardAt = Date.now()
    }
    expect(live.destroy).not.toHaveBeenCalled()
    vi.advanceTimersByTime(SILENT_FOR_MS + LISTEN_EVERY_MS)
    expect(live.destroy).toHaveBeenCalledTimes(1)
  })

  it('waits while it is still opening, and leaves alone a connection replaced or closed meanwhile', () => {
    const opening = connection(false)
    const replaced = connection()
    const closed = connection()
    const conns = new Map([['opening', opening], ['replaced', replaced], ['closed', closed]])
    for (const [id, conn] of conns) giveUpWhenSilent('doc', conns, id, conn, () => null)
    conns.set('replaced', connection())
    conns.delete('closed')
    vi.advanceTimersByTime(FIRST_WORD_WITHIN_MS * 3)
    expect(opening.destroy).not.toHaveBeenCalled()
    expect(replaced.destroy).not.toHaveBeenCalled()
    expect(closed.destroy).not.toHaveBeenCalled()
    opening.connected = true
    vi.advanceTimersByTime(FIRST_WORD_WITHIN_MS + LISTEN_EVERY_MS)
    expect(opening.destroy).toHaveBeenCalledTimes(1)
  })
})
