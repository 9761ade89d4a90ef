import { docLeadName, ledElsewhere } from './tabs'
import { connectionOf } from './webrtc'

/**
 * What a helper's or the recipient's phone knows, on this page, of its live sync for a document:
 * - `connected`: a peer connection is open (a coordinator's device, or the person's other phone);
 * - `alone`: the signaling server answers but nobody else is in the room;
 * - `no-signaling`: no signaling server answers (down, blocked, or no network);
 * - `off`: live sync is switched off on this device (no server is contacted at all);
 * - `starting`: not in the room yet (settings and y-webrtc still loading);
 * - `elsewhere`: another tab of this browser talks to the room for this page (tabs.ts).
 * The UI decides how long "not connected" must last before it says so.
 */
export type LiveState = 'connected' | 'alone' | 'no-signaling' | 'off' | 'starting' | 'elsewhere'

/**
 * How long a room may be without another device (or a signaling server) before the screen says
 * so: entering a room takes 1.4–2.7 s here and more on a busy phone, and no line should flicker
 * while it does.
 */
export const CONNECTING_GRACE_MS = 8000

/** What this module reads of y-webrtc's signaling connections (typed `any` there). */
interface SignalingLike {
  connected: boolean
}

export function liveStateOf(docId: string): LiveState {
  if (ledElsewhere(docLeadName(docId))) return 'elsewhere'
  const provider = connectionOf(docId)?.provider
  if (!provider?.room) return 'starting'
  for (const conn of provider.room.webrtcConns.values()) if (conn.connected) return 'connected'
  const signaling: SignalingLike[] = provider.signalingConns
  if (signaling.length === 0) return 'off'
  return signaling.some((conn) => conn.connected) ? 'alone' : 'no-signaling'
}
