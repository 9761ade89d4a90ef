import { startTransition, useEffect, useState, useSyncExternalStore } from 'react'
import type { MapSnapshot, MapStore } from '../../store'
import { openMapCircle } from '../../sync/circles'
import { slicer, yieldToPage } from '../../sync/slices'

export type LoadState = { status: 'loading' } | { status: 'ready'; store: MapStore } | { status: 'error'; error: Error }

/**
 * Opens (once per page) and waits for the stored map document of a circle. Its first snapshot is
 * read in slices before the circle's screens render, and they render in a transition (React yields
 * between components): opening a circle was one long task of reading the map and rendering it.
 */
export function useMapCircle(docId: string): LoadState {
  const [state, setState] = useState<LoadState>({ status: 'loading' })
  useEffect(() => {
    let live = true
    const opened = openMapCircle(docId)
    setState({ status: 'loading' })
    opened.ready.then(
      async () => {
        // Not in the task that read the document from storage; a read that fails here is
        // simply read again, whole, by the screen.
        await yieldToPage()
        // 4 ms slices: Lighthouse simulates from wall time × 4, and wall time here runs to twice the CPU.
        await opened.store.prepareSnapshot(slicer(4).slice).catch(() => undefined)
        if (live) startTransition(() => setState({ status: 'ready', store: opened.store }))
      },
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
