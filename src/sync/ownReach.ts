/**
 * Whether THIS device can reach the others at all: not while the browser says it is offline, nor
 * while no signaling server answers it (ownReachWatch.ts tells). Then "will reach Jordan when
 * their phone is online" is not the truth — this phone is the one that must connect — and the
 * screen says so instead. One answer for the device: its network and its signaling servers serve
 * every document alike.
 *
 * Kept apart from the watch (which loads y-webrtc's state) so that the lines of a first-painted
 * screen can choose their words without it, like storageStatus.ts.
 */
let signalingUnreachable = false
const listeners = new Set<() => void>()
let watchingNetwork = false

const offline = () => typeof navigator !== 'undefined' && navigator.onLine === false
const tell = () => listeners.forEach((listener) => listener())

export function publishSignalingUnreachable(next: boolean): void {
  if (next === signalingUnreachable) return
  signalingUnreachable = next
  tell()
}

export function subscribeOwnReach(listener: () => void): () => void {
  if (!watchingNetwork && typeof window !== 'undefined') {
    watchingNetwork = true
    window.addEventListener('online', tell)
    window.addEventListener('offline', tell)
  }
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** This device is offline, or none of its signaling servers answers it. */
export function thisDeviceCannotConnect(): boolean {
  return offline() || signalingUnreachable
}
