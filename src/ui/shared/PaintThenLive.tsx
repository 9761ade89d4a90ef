import { startTransition, useCallback, useEffect, useLayoutEffect, useState, useSyncExternalStore, type ReactNode } from 'react'
import { takeOverBootScreen } from './bootScreen'
import type { DocStore } from '../../store/roles/docStore'
import { useAfterFirstPaint } from '../hooks/useAfterFirstPaint'
import { PaintBoundary } from './PaintBoundary'
import { startUpDone } from './afterStartUp'
import { sharedCatalogue } from '../../i18n'

const say = sharedCatalogue.format

/** Where the live part is: opening the document, open (with what the view needs from it), or failed (it says why itself). */
export type LiveState<Opened> = { status: 'loading' } | { status: 'ready'; opened: Opened } | { status: 'failed' }

export interface PaintThenLiveProps<Painted, Live, Opened> {
  /** The stored copy of what the person's document showed last (sync/firstPaint.ts), or null. */
  readPaint: () => Painted | null
  /** Whether the screen asked for is one the copy can paint (a person's first screen only). */
  paintable: boolean
  /**
   * The person's screens: drawn from the copy (`opened` null: read-only, every button waits for
   * the document), then from the open document. The same element both ways, so the live document
   * takes over the painted screen's DOM rather than drawing it again.
   */
  view: (opened: Opened | null, painted: Painted | null) => ReactNode
  /** Yjs, the store and sync (the live part), loaded behind the painted screen. */
  load: () => Promise<Live>
  /** The live part (shared/RoleLive.tsx): opens the document beside the view and says how it goes. */
  live: (module: Live, onState: (state: LiveState<Opened>) => void) => ReactNode
}

/**
 * A helper's or the recipient's own phone opens in two steps: the first screen is painted at
 * once from the copy stored beside their document, with no Yjs; then the live part loads beside
 * it, opens the document and hands it to the same view. With no copy, or on another screen, it
 * says "Loading" until the document is open. The copy is read once per opening: the live
 * document replaces it, never the other way round. Both steps render as transitions, in slices
 * that leave the page free to answer between them.
 */
export function PaintThenLive<Painted, Live, Opened>({ readPaint, paintable, view, load, live }: PaintThenLiveProps<Painted, Live, Opened>) {
  const [painted] = useState(readPaint)
  // Drawn: the markup the boot script showed (index.html) leaves before the browser paints again.
  useLayoutEffect(takeOverBootScreen, [])
  const loaded = useAfterFirstPaint(load, painted !== null && paintable)
  const [state, setState] = useState<LiveState<Opened>>({ status: 'loading' })
  const onState = useCallback((next: LiveState<Opened>) => startTransition(() => setState(next)), [])
  const opened = state.status === 'ready' ? state.opened : null
  // Drawn from the open document (or failed to open): what waited for the screen may load now.
  useEffect(() => {
    if (state.status !== 'loading') startUpDone()
  }, [state.status])
  const loading = <main id="main" className="page"><p className="muted">{say('shared.loading')}</p></main>
  const screen = state.status === 'failed' ? null
    : opened !== null ? view(opened, painted)
    : painted !== null && paintable ? view(null, painted)
    : loading
  return (
    <>
      {loaded !== null && live(loaded, onState)}
      {/* Always here, so the view keeps its place (and its DOM) when the document takes over. */}
      <PaintBoundary fallback={loading} live={opened !== null}>{screen}</PaintBoundary>
    </>
  )
}

const noSubscription = () => () => undefined

/** For a view drawn both ways: the open document's snapshot, or while painted (no store yet) the stored copy. */
export function useSnapshotOrPaint<S>(store: DocStore<S> | null, painted: S | undefined): S {
  return useSyncExternalStore(store?.subscribe ?? noSubscription, store?.getSnapshot ?? (() => painted!))
}
