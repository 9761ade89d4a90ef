import { useEffect, useState } from 'react'
import { peerCount } from '../../sync/webrtc'

/** How many devices this page is connected to for a document, polled (y-webrtc has no event for it). */
export function usePeerCount(docId: string, intervalMs = 1000): number {
  const [count, setCount] = useState(() => peerCount(docId))
  useEffect(() => {
    const timer = setInterval(() => setCount(peerCount(docId)), intervalMs)
    return () => clearInterval(timer)
  }, [docId, intervalMs])
  return count
}
