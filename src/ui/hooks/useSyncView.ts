import { useEffect, useState } from 'react'
import { openDoc } from '../../sync/persistence'
import { syncViewOf, type SyncView } from '../../sync/presence'
import { readSyncState } from '../../sync/remote'
import { peerCount } from '../../sync/webrtc'

export interface PersonSync extends SyncView {
  /** Their device is connected right now. */
  online: boolean
}

/** When the other side of a document last synced and what is still waiting for it, polled. */
export function useSyncView(docId: string | null, intervalMs = 2000): PersonSync | null {
  const [view, setView] = useState<PersonSync | null>(null)
  useEffect(() => {
    if (!docId) return setView(null)
    let live = true
    const refresh = async () => {
      const state = await readSyncState(docId)
      if (live) setView({ ...syncViewOf(openDoc(docId).doc, state), online: peerCount(docId) > 0 })
    }
    void refresh()
    const timer = setInterval(refresh, intervalMs)
    return () => {
      live = false
      clearInterval(timer)
    }
  }, [docId, intervalMs])
  return view
}
