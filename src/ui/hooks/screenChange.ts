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
 * A screen may draw its heading anew once its data arrives (Assign: a heading while the plan is
 * worked out, then the plan's own); focus on a removed element falls to the body, where a screen
 * reader says nothing, so the new heading takes focus in its turn (keepHeadingFocused).
 */
const APP_NAME = 'Kith'
const WAIT_MS = 10_000
/**
 * How long a focused heading is followed when its screen draws it anew. A plan on a slow phone
 * takes seconds; past this the screen has settled, and watching every change of the page would
 * cost for nothing.
 */
const FOLLOW_MS = 30_000
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

/** The screen's heading as shown: while a lazy screen loads, React keeps the old one in the page, hidden. */
function shownHeading(): HTMLElement | null {
  const heading = Array.from(document.querySelectorAll('main h1')).find((h) => !hiddenByReact(h))
  return heading instanceof HTMLElement ? heading : null
}

function focusHeading(heading: HTMLElement) {
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1')
  heading.focus({ preventScroll: true })
}

/**
 * After the heading took focus: when the screen replaces it (or React hides it) and focus has
 * fallen to the body, the heading shown now takes focus and names the title. Ends when the person
 * acts (a tap, a key, focus moved elsewhere), when the screen changes, or after FOLLOW_MS: focus
 * the person or the screen moved is never taken back.
 */
function keepHeadingFocused(first: HTMLElement): () => void {
  let focused = first
  const observer = new MutationObserver(() => {
    if (focused.isConnected && !hiddenByReact(focused)) return
    const active = document.activeElement
    if (active && active !== document.body && active !== focused) return stop()
    const heading = shownHeading()
    if (!heading) return
    document.title = titleFrom(heading)
    focused = heading // before focusing: its focusin is not the person moving on
    focusHeading(heading)
  })
  const movedElsewhere = (event: FocusEvent) => {
    if (event.target !== focused) stop()
  }
  const timer = setTimeout(() => stop(), FOLLOW_MS)
  const stop = () => {
    observer.disconnect()
    clearTimeout(timer)
    window.removeEventListener('pointerdown', stop, true)
    window.removeEventListener('keydown', stop, true)
    window.removeEventListener('focusin', movedElsewhere, true)
  }
  // React hides a screen and shows what stands in for it in one commit: changes of the tree are enough to hear both.
  observer.observe(document.body, { childList: true, subtree: true })
  window.addEventListener('pointerdown', stop, true)
  window.addEventListener('keydown', stop, true)
  window.addEventListener('focusin', movedElsewhere, true)
  return stop
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
    let stopFollowing: () => void = () => undefined
    const stopHeading = whenReady(() => {
      const heading = shownHeading()
      if (!heading) return false
      document.title = titleFrom(heading)
      // The first screen of a page load keeps the browser's own focus; a change of screen moves it.
      if (!initial && !heading.contains(document.activeElement)) {
        focusHeading(heading)
        stopFollowing = keepHeadingFocused(heading)
      }
      return true
    })
    return () => {
      stopScroll()
      stopHeading()
      stopFollowing()
    }
  }, [path])
}
