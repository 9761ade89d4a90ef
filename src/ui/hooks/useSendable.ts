import { useEffect, useState } from 'react'
import { carriedVersion, makeUpdateLink } from '../../sync/carried'
import { openDoc } from '../../sync/persistence'
import { syncViewOf } from '../../sync/presence'
import { readSyncState } from '../../sync/remote'
import { summarizeWaiting, type Audience, type Side, type WaitingCount } from '../../sync/waiting'
import { peerCount } from '../../sync/webrtc'
import type { SyncView } from '../../sync/presence'

export interface PersonSync extends SyncView {
  /** Their device is connected right now. */
  online: boolean
}

export interface Sendable {
  sync: PersonSync
  /** What the other side is missing, by kind, most urgent first. */
  waiting: WaitingCount[]
  /** An update link holding exactly that; ready before any button is pressed (Web Share needs the tap's activation). */
  link: string
}

/**
 * What this device could send the other side of a document right now, polled: the sync line,
 * what is waiting, and the link that carries it. The link is remade only when the document or
 * what is known of the other side changed.
 */
export function useSendable(docId: string | null, key: string | null, audience: Audience, side: Side, intervalMs = 2000): Sendable | null {
  const [sendable, setSendable] = useState<Sendable | null>(null)
  useEffect(() => {
    setSendable(null)
    if (!docId || !key) return
    let live = true
    let made = ''
    const refresh = async () => {
      const { doc, ready } = openDoc(docId)
      // Not before the stored copy is read: a link made from a document still loading would
      // carry nothing, and "waiting" would say the other side has everything. Storage that never
      // opens still leaves what is in memory to carry.
      await ready.catch(() => undefined)
      const state = await readSyncState(docId)
      const view = syncViewOf(doc, state)
      const sync = { ...view, online: peerCount(docId) > 0 }
      const waiting = summarizeWaiting(audience, side, view.unseen)
      const version = carriedVersion(doc, state)
      if (version !== made) {
        const link = await makeUpdateLink(location.href, docId, key, doc)
        made = version
        if (live) setSendable({ sync, waiting, link })
      } else if (live) {
        setSendable((previous) => (previous ? { ...previous, sync, waiting } : previous))
      }
    }
    void refresh()
    const timer = setInterval(() => void refresh().catch(() => undefined), intervalMs)
    return () => {
      live = false
      clearInterval(timer)
    }
  }, [docId, key, audience, side, intervalMs])
  return sendable
}
