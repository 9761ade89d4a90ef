import { useEffect, useState } from 'react'
import { CONNECTING_GRACE_MS, liveStateOf } from '../../sync/liveState'

/** How long a phone may be without a live connection before it says so (liveState.ts). */
export const NOT_LIVE_AFTER_MS = CONNECTING_GRACE_MS

/**
 * Whether a helper's or the recipient's phone should say it is not connected live: `off` when
 * live sync is switched off here, `not-live` when no other device has been connected for
 * NOT_LIVE_AFTER_MS (the signaling server does not answer, or nobody else is in the room), else
 * null. Polled: y-webrtc announces no change of its signaling connections.
 */
export function useNotLive(docId: string, pollMs = 1000): 'not-live' | 'off' | null {
  const [answer, setAnswer] = useState<'not-live' | 'off' | null>(null)
  useEffect(() => {
    let liveAt = Date.now()
    const check = () => {
      const state = liveStateOf(docId)
      const now = Date.now()
      if (state === 'connected' || state === 'elsewhere') liveAt = now
      setAnswer(state === 'off' ? 'off' : now - liveAt >= NOT_LIVE_AFTER_MS ? 'not-live' : null)
    }
    check()
    const timer = setInterval(check, pollMs)
    return () => clearInterval(timer)
  }, [docId, pollMs])
  return answer
}
