import { lazy, useEffect, useState, type ComponentType } from 'react'
import { sharedCatalogue } from '../i18n'

const say = sharedCatalogue.format

/** A screen in its own chunk that can be asked for before it renders (`preload`). */
export type LazyScreen<P extends object> = ComponentType<P> & { preload: () => void }

/**
 * A screen in its own chunk: each role's phone downloads only the screens it opens (a helper's
 * phone never loads the coordinator's screens or the planner). `pick` names the export.
 * `preload()` starts fetching and evaluating the chunk without rendering it, so a screen that
 * waits on something else first (a circle's document read from IndexedDB) has its code ready
 * when that arrives instead of asking for it only then. A failed load is forgotten, so the
 * render asks again.
 */
export function lazyScreen<P extends object, M>(load: () => Promise<M>, pick: (module: M) => ComponentType<P>): LazyScreen<P> {
  let loading: Promise<{ default: ComponentType<P> }> | null = null
  const start = () => (loading ??= load().then((module) => ({ default: pick(module) }), (error: unknown) => {
    loading = null
    throw error
  }))
  return Object.assign(lazy(start), { preload: () => void start().catch(() => undefined) })
}

const SHOW_AFTER_MS = 400

/** What shows while a screen's chunk loads: nothing for a moment (it usually takes a few ms), then a word. */
export function ScreenLoading() {
  const [visible, setVisible] = useState(false)
  useEffect(() => {
    const timer = setTimeout(() => setVisible(true), SHOW_AFTER_MS)
    return () => clearTimeout(timer)
  }, [])
  return <main id="main" className="page">{visible && <p className="muted">{say('shared.loading')}</p>}</main>
}
