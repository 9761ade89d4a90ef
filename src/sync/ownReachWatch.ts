import { CONNECTING_GRACE_MS, liveStateOf } from './liveState'
import { publishSignalingUnreachable } from './ownReach'

/**
 * Watches the rooms of a helper's or the recipient's documents on this page for a signaling
 * server that does not answer (ownReach.ts). Entering a room takes a few seconds, so a room
 * counts as unreachable only once none of its servers answered for CONNECTING_GRACE_MS. Polled:
 * y-webrtc announces no change of its signaling connections.
 */
const POLL_MS = 1000
/** Each watched document, and since when its room has been without an answering signaling server. */
const watched = new Map<string, number>()
let timer: ReturnType<typeof setInterval> | null = null

function check() {
  const now = Date.now()
  let unreachable = false
  for (const [docId, since] of watched) {
    // Starting, alone, connected, off, or led by another tab: not this device failing to reach a server.
    if (liveStateOf(docId) !== 'no-signaling') watched.set(docId, now)
    else if (now - since >= CONNECTING_GRACE_MS) unreachable = true
  }
  publishSignalingUnreachable(unreachable)
}

/** Starts watching a document's room; the returned function stops. */
export function watchOwnReach(docId: string): () => void {
  watched.set(docId, Date.now())
  timer ??= setInterval(check, POLL_MS)
  return () => {
    watched.delete(docId)
    if (watched.size === 0 && timer) {
      clearInterval(timer)
      timer = null
    }
    check()
  }
}
