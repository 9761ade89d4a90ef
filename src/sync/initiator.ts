/**
 * Of two devices in a room, only one starts their connection: the one whose peer id (y-webrtc's
 * random id for a page in a room) sorts after the other's.
 *
 * y-webrtc starts a connection to every device it hears announce. Two devices that hear each other
 * at the same moment (both entering, both re-announcing, roomLiveness.ts) both start one, and the
 * offers cross ("glare"): a device whose own offer was still being made when the other's arrived
 * fails it (simple-peer's ERR_SET_LOCAL_DESCRIPTION), while the other side keeps its unanswered
 * connection and, since y-webrtc holds one connection per peer, ignores that device's
 * announcements until it gives the connection up (CONNECT_WITHIN_MS, 12 s). When the crossing
 * offer is taken in instead, the taking side keeps sending on a data channel of its own, which the
 * other (a starting side too, reading only its own channel) never reads: both say "connected" and
 * one hears nothing (roomLiveness.ts gives it up as silent). With one side starting, two offers
 * never cross.
 *
 * A device that hears a device with a greater id announce therefore starts nothing: it answers
 * with an announcement addressed to that device alone (y-webrtc ignores an announcement addressed
 * to another device), and that device starts the connection. A device still on the old rule
 * starts a connection on either announcement, so mixed pairs connect as they did before.
 */

/** Whether this device starts the connection to `otherId` (never both: peer ids differ). */
export function startsConnectionTo(ownId: string, otherId: string): boolean {
  return ownId > otherId
}

/**
 * What to do on hearing `from` announce itself: let y-webrtc connect, invite `from` to connect
 * (an announcement addressed to it), or nothing when this device already has a connection to it
 * (open or being made: y-webrtc would ignore the announcement too) or no room for another.
 */
export function answerAnnouncement(ownId: string, from: string, { connected, full }: { connected: boolean; full: boolean }): 'connect' | 'invite' | 'nothing' {
  if (startsConnectionTo(ownId, from)) return 'connect'
  return connected || full ? 'nothing' : 'invite'
}
