import { startTransition, useEffect, useState } from 'react'

/**
 * Loads a module once the screen in front of it has been painted (the next frame), or at once
 * when there is nothing to paint first. A phone paints its stored first screen, then loads Yjs
 * and the rest behind it. A module that cannot load fails the screen (its error boundary speaks).
 */
export function useAfterFirstPaint<M>(load: () => Promise<M>, paintedFirst: boolean): M | null {
  const [loaded, setLoaded] = useState<{ module: M } | { error: unknown } | null>(null)
  useEffect(() => {
    let started = false
    const start = () => {
      if (started) return
      started = true
      // Rendered as a transition: in slices, behind the screen already painted.
      load().then((module) => startTransition(() => setLoaded({ module })), (error: unknown) => setLoaded({ error }))
    }
    if (!paintedFirst) return start()
    // After the frame that shows the paint; a hidden page draws no frames, so a timer stands in.
    const frame = requestAnimationFrame(() => setTimeout(start, 0))
    const fallback = setTimeout(start, 100)
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(fallback)
    }
  }, [load, paintedFirst])
  if (loaded && 'error' in loaded) throw loaded.error
  return loaded ? loaded.module : null
}
