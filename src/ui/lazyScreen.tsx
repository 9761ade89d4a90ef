import { lazy, useEffect, useState, type ComponentType } from 'react'
import { sharedCatalogue } from '../i18n'

const say = sharedCatalogue.format

/**
 * A screen in its own chunk: each role's phone downloads only the screens it opens (a helper's
 * phone never loads the coordinator's screens or the planner). `pick` names the export.
 */
export function lazyScreen<P extends object, M>(load: () => Promise<M>, pick: (module: M) => ComponentType<P>): ComponentType<P> {
  return lazy(() => load().then((module) => ({ default: pick(module) })))
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
