import { useLayoutEffect, useState, useSyncExternalStore, type ReactNode } from 'react'
import { takeOverBootScreen } from './bootScreen'
import type { DocStore } from '../../store/roles/docStore'
import { useAfterFirstPaint } from '../hooks/useAfterFirstPaint'
import { PaintBoundary } from './PaintBoundary'
import { sharedCatalogue } from '../../i18n'

const say = sharedCatalogue.format

export interface PaintThenLiveProps<Painted, Live> {
  /** The stored copy of what the person's document showed last (sync/firstPaint.ts), or null. */
  readPaint: () => Painted | null
  /** Whether the screen asked for is one the copy can paint (a person's first screen only). */
  paintable: boolean
  /** The screen drawn from the copy: read-only, every button waits for the document. */
  paint: (painted: Painted) => ReactNode
  /** Yjs, the store and sync (the live part), loaded behind the painted screen. */
  load: () => Promise<Live>
  /** The live part, given what to show until the stored document is loaded. */
  live: (module: Live, painted: ReactNode) => ReactNode
}

/**
 * A helper's or the recipient's own phone opens in two steps: the first screen is painted at
 * once from the copy stored beside their document, with no Yjs; then the live part loads and
 * takes over the same screen (shared/RoleLive.tsx). With no copy, or on another screen, it says
 * "Loading" until the live part is there. The copy is read once per opening: the live document
 * replaces it, never the other way round.
 */
export function PaintThenLive<Painted, Live>({ readPaint, paintable, paint, load, live }: PaintThenLiveProps<Painted, Live>) {
  const [painted] = useState(readPaint)
  // Drawn: the markup the boot script showed (index.html) leaves before the browser paints again.
  useLayoutEffect(takeOverBootScreen, [])
  const loaded = useAfterFirstPaint(load, painted !== null && paintable)
  const loading = <main id="main" className="page"><p className="muted">{say('shared.loading')}</p></main>
  const first = painted !== null && paintable ? <PaintBoundary fallback={loading}>{paint(painted)}</PaintBoundary> : loading
  return loaded ? live(loaded, first) : first
}

const noSubscription = () => () => undefined

/** For a view drawn both ways: the open document's snapshot, or while painted (no store yet) the stored copy. */
export function useSnapshotOrPaint<S>(store: DocStore<S> | null, painted: S | undefined): S {
  return useSyncExternalStore(store?.subscribe ?? noSubscription, store?.getSnapshot ?? (() => painted!))
}
