import { startTransition, useEffect, useState } from 'react'
import { bootScreenShown } from '../shared/bootScreen'

/**
 * How many items of a long list to render now: about a screen's worth on the first render, then
 * all of them once that has painted (in a transition, so a tap in between is answered first).
 * A helper with a daily walk has dozens of cards; the first ones should not wait for the rest.
 * Behind the stored first screen (index.html's boot screen, the whole list as last drawn) nothing
 * waits to be seen: all of them at once, so the app takes over from it with the same page, in one
 * layout, rather than a shorter one that grows again.
 */
export function useFirstScreenFirst(total: number, firstScreen = 6): number {
  const [all, setAll] = useState(bootScreenShown)
  useEffect(() => {
    if (all) return
    // After the next frame has painted, not before it.
    let timer: ReturnType<typeof setTimeout> | undefined
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setAll(true)), 0)
    })
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [all])
  return all ? total : Math.min(total, firstScreen)
}
