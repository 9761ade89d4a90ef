import { useEffect, useState, useSyncExternalStore } from 'react'
import type { MapSnapshot, MapStore } from '../../store'
import { openMapCircle } from '../../sync/circles'

export type LoadState = { status: 'loading' } | { status: 'ready'; store: MapStore } | { status: 'error'; error: Error }

/** Opens (once per page) and waits for the stored map document of a circle. */
export function useMapCircle(docId: string): LoadState {
  const [state, setState] = useState<LoadState>({ status: 'loading' })
  useEffect(() => {
    let live = true
    const opened = openMapCircle(docId)
    setState({ status: 'loading' })
    opened.ready.then(
      () => live && setState({ status: 'ready', store: opened.store }),
      (error: Error) => live && setState({ status: 'error', error }),
    )
    return () => {
      live = false
    }
  }, [docId])
  return state
}

export function useMapSnapshot(store: MapStore): MapSnapshot {
  return useSyncExternalStore(store.subscribe, store.getSnapshot)
}
