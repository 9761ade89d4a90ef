import { useEffect, useRef } from 'react'

/**
 * What a phone app does when the screen changes, for a hash-routed page that would otherwise
 * keep the old scroll position and focus:
 * - a new screen starts at the top; Back (or Forward) returns to where that screen was left;
 * - focus moves to the new screen's heading, so a screen reader announces the change;
 * - the document title names the screen and the circle ("Assign · Maria · Kith").
 *
 * History entries made by a link carry no state: the first time one is shown it gets a key
 * (`replaceState`), and its scroll position is kept under that key. An entry that already has
 * a key was reached by Back or Forward. Lazily loaded screens and stored data arrive a moment
 * after the route changes, so the heading and the height to restore are waited for briefly.
 */
const APP_NAME = 'Kith'
const WAIT_MS = 10_000
const positions = new Map<number, number>()
let nextKey = 1
/** The history entry on screen now: its position is saved the moment the address changes. */
let shownKey: number | null = null

if (typeof window !== 'undefined') {
  // Registered when this module loads, before the router's listener: the old screen is still
  // there, scrolled where the person left it.
  window.addEventListener('hashchange', () => {
    if (shownKey !== null) positions.set(shownKey, window.scrollY)
  })
}

function entryKey(): number | null {
  const state = history.state as { kithScreen?: unknown } | null
  return typeof state?.kithScreen === 'number' ? state.kithScreen : null
}

/**
 * Calls `ready` now and whenever the page changes, until it returns true or the wait is over:
 * a lazily loaded screen, or one waiting for its stored data, arrives a moment later.
 */
function whenReady(ready: () => boolean): () => void {
  if (ready()) return () => undefined
  const observer = new MutationObserver(() => {
    if (ready()) stop()
  })
  const timer = setTimeout(() => stop(), WAIT_MS)
  const stop = () => {
    observer.disconnect()
    clearTimeout(timer)
  }
  observer.observe(document.body, { childList: true, subtree: true })
  return stop
}

/**
 * React hides a screen it keeps while another loads with an inline `display: none`. Read from
 * the elements' own styles: asking the layout (`getClientRects`) on every change of the page
 * forced a layout of the whole screen while it was still being built (over 100 ms on a long list).
 */
function hiddenByReact(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (node instanceof HTMLElement && (node.hidden || node.style.display === 'none')) return true
  }
  return false
}

/** "Heading · the circle's name in the top bar · Kith", from what the screen shows. */
function titleFrom(heading: Element | null): string {
  const parts = [heading?.textContent, document.querySelector('.top-title')?.textContent]
    .map((part) => part?.trim())
    .filter((part): part is string => Boolean(part))
  return [...new Set(parts), APP_NAME].join(' · ')
}

export function useScreenChange(route: readonly string[]): void {
  const path = route.join('/')
  const first = useRef(true)
  useEffect(() => {
    let key = entryKey()
    const revisit = key !== null && !first.current
    if (key === null) {
      key = nextKey++
      history.replaceState({ ...(history.state as object | null), kithScreen: key }, '')
    } else {
      nextKey = Math.max(nextKey, key + 1)
    }
    const initial = first.current
    first.current = false
    shownKey = key
    const target = revisit ? positions.get(key) ?? 0 : 0
    if (!initial) window.scrollTo(0, 0)
    const stopScroll = revisit && target > 0
      ? whenReady(() => {
        if (document.documentElement.scrollHeight - window.innerHeight < target) return false
        window.scrollTo(0, target)
        return true
      })
      : () => undefined
    const stopHeading = whenReady(() => {
      // Visible only: while a lazy screen loads, React keeps the old one in the page, hidden.
      const heading = Array.from(document.querySelectorAll('main h1')).find((h) => !hiddenByReact(h))
      if (!heading) return false
      document.title = titleFrom(heading)
      // The first screen of a page load keeps the browser's own focus; a change of screen moves it.
      if (!initial && heading instanceof HTMLElement && !heading.contains(document.activeElement)) {
        if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1')
        heading.focus({ preventScroll: true })
      }
      return true
    })
    return () => {
      stopScroll()
      stopHeading()
    }
  }, [path])
}
