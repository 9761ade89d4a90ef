import { syncTrace } from './syncTrace'

/**
 * A device waiting in a room must be found. y-webrtc announces a device once, when it enters a
 * room (and again when one of its connections closes), then waits; three faults left a phone that
 * reopened Kith alone in its room for good, looking live and getting nothing:
 * - a page that closes announces itself on its way out (its connections close, and y-webrtc
 *   announces on every close): the other side makes a connection to a device that is gone and
 *   keeps it forever. Each reopening left one, and past y-webrtc's `maxConns` (20 to 34) that
 *   side answers no announcement at all. A connection that has not opened CONNECT_WITHIN_MS after
 *   it was made is given up (y-webrtc then forgets it and announces again);
 * - an announcement can be missed (the other side was still entering the room, or moving to a new
 *   key, sync/keyRotation.ts), and nobody announces again: a device alone in its room announces
 *   again, after ALONE_FIRST_MS, then at doubling intervals up to ALONE_MAX_MS;
 * - an answer to a device with another key (roomGuard.ts) asked for within ANSWER_EVERY_MS of the
 *   last was dropped, so that device never learnt its key no longer opens the room: it is sent
 *   when the interval is over instead;
 * - a connection can be open on one side only (seen after a key move under load: the
 *   coordinator's device said "Connected now" for a minute while nothing went either way, and
 *   both sides' presence stopped). y-webrtc keeps one connection per peer and ignores that peer's
 *   announcements while it has one, so neither side ever connected again. Every live peer sends
 *   something soon after it opens (sync step 1, awareness) and then at least at each awareness
 *   renewal (every 15 s): an open connection that brought nothing within FIRST_WORD_WITHIN_MS,
 *   or nothing for SILENT_FOR_MS, is given up, and y-webrtc announces again.
 */

/** Connecting takes 1.4–2.7 s here, more on a busy phone: a connection not open after this never will be. */
export const CONNECT_WITHIN_MS = 12_000
export const ALONE_FIRST_MS = 3000
export const ALONE_MAX_MS = 30_000
/** How often at most a device speaks up in its room because of a message it could not open. */
export const ANSWER_EVERY_MS = 5000

/** What this module uses of y-webrtc's WebrtcConn. */
export interface PeerConnectionLike {
  connected: boolean
  destroy(): void
}

/** Gives up a connection that has not opened in time, unless it was replaced or closed meanwhile. */
export function giveUpUnlessOpen<C extends PeerConnectionLike>(docId: string, conns: Map<string, C>, id: string, conn: C, waitMs = CONNECT_WITHIN_MS): void {
  setTimeout(() => {
    if (conns.get(id) !== conn || conn.connected) return
    syncTrace(`gave up on ${id} in ${docId}`)
    conn.destroy()
  }, waitMs)
}

/** y-webrtc sends sync step 1 and every awareness state as soon as a connection opens. */
export const FIRST_WORD_WITHIN_MS = 10_000
/** y-protocols renews a device's awareness every 15 s: three renewals missed. */
export const SILENT_FOR_MS = 45_000
export const LISTEN_EVERY_MS = 5000

/**
 * Gives up an open connection that has brought nothing (`heardAt` null) within
 * FIRST_WORD_WITHIN_MS, or nothing for SILENT_FOR_MS; stops once it was replaced or closed.
 * Counted from when this first sees it open (within LISTEN_EVERY_MS of its opening).
 */
export function giveUpWhenSilent<C extends PeerConnectionLike>(
  docId: string, conns: Map<string, C>, id: string, conn: C, heardAt: () => number | null,
): void {
  let openSince: number | null = null
  const timer = setInterval(() => {
    if (conns.get(id) !== conn) return clearInterval(timer)
    if (!conn.connected) return
    const now = Date.now()
    openSince ??= now
    const heard = heardAt()
    const silent = heard === null ? now - openSince >= FIRST_WORD_WITHIN_MS : now - heard >= SILENT_FOR_MS
    if (!silent) return
    clearInterval(timer)
    syncTrace(`silent ${id} in ${docId}`)
    conn.destroy()
  }, LISTEN_EVERY_MS)
}

export interface Announcer {
  /** Announce once ANSWER_EVERY_MS has passed since the last answer (at once if it has). */
  answer(): void
  stop(): void
}

/**
 * Announces through `announce`: answers as asked, and, when `keepFinding`, again and again while
 * `alone()` says no other device is connected, at growing intervals (reset once someone was there).
 */
export function createAnnouncer(announce: () => void, alone: () => boolean, keepFinding: boolean): Announcer {
  let answeredAt = 0
  let answerTimer: ReturnType<typeof setTimeout> | null = null
  let aloneTimer: ReturnType<typeof setTimeout> | null = null
  let wait = ALONE_FIRST_MS
  const whileAlone = () => {
    if (alone()) {
      announce()
      wait = Math.min(wait * 2, ALONE_MAX_MS)
    } else {
      wait = ALONE_FIRST_MS
    }
    aloneTimer = setTimeout(whileAlone, wait)
  }
  if (keepFinding) aloneTimer = setTimeout(whileAlone, wait)
  return {
    answer() {
      if (answerTimer) return
      answerTimer = setTimeout(() => {
        answerTimer = null
        answeredAt = Date.now()
        announce()
      }, Math.max(0, answeredAt + ANSWER_EVERY_MS - Date.now()))
    },
    stop() {
      if (answerTimer) clearTimeout(answerTimer)
      if (aloneTimer) clearTimeout(aloneTimer)
    },
  }
}
