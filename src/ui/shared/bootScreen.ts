import { useCallback, useEffect } from 'react'
import { storeScreenMarkup, storeTodayMarkup, type PaintRole } from '../../sync/firstPaint'

/**
 * A first screen before any script has run (a phone's, or the coordinator's Today): index.html's
 * boot script shows the markup this module stored when the screen was last drawn live
 * (sync/firstPaint.ts keeps it beside the painted copy or the map, and says when it may be shown).
 * It sits inert and busy in front of the app's root until the app draws the same screen itself
 * (`takeOverBootScreen`, called when PaintThenLive or Today first renders, when a circle cannot be
 * shown, on a screen error and on a change of address).
 */
export const BOOT_SCREEN_ID = 'kith-boot'

/** Whether the stored first screen is on show (the app has not yet drawn its own). */
export function bootScreenShown(): boolean {
  return document.getElementById(BOOT_SCREEN_ID) !== null
}

/** The app has drawn its own screen (or failed to): the stored markup leaves, the app's root shows. */
export function takeOverBootScreen(): void {
  document.getElementById(BOOT_SCREEN_ID)?.remove()
}

/**
 * Runs `start` (the app's first render) once the stored screen has been drawn, or at once when
 * there is none: the browser runs the app's scripts as soon as they are here, and the first
 * render would otherwise hold back the frame that shows the stored screen. A hidden page draws
 * no frames, so a timer stands in.
 */
export function afterBootScreenDrawn(start: () => void): void {
  if (!bootScreenShown()) return start()
  let started = false
  const once = () => {
    if (started) return
    started = true
    start()
  }
  requestAnimationFrame(() => setTimeout(once, 0))
  setTimeout(once, 100)
}

/**
 * What leaves the stored screen: passing notes, sheets, and whatever says it is not to be kept
 * (`data-not-stored`: parts drawn only after the screen's first drawing — lazy panels, notes read
 * from the device — so the stored screen is what the app draws first, and nothing moves when it
 * takes over).
 */
const NOT_STORED = '.toast-region, .toast, .storage-problem, .storage-recovered, dialog, [data-not-stored]'
/** Fields keep no text typed in them (a draft is not part of the screen), and nothing looks as if it could be pressed yet. */
const CONTROLS = 'button, input, select, textarea'

/** The app's first screen as markup: the DOM serialised (text escaped by the DOM itself), with what must not be kept taken out. */
export function firstScreenMarkup(root: HTMLElement): string | null {
  if (!root.querySelector('main') || root.querySelector('[aria-busy="true"]')) return null
  const copy = root.cloneNode(true) as HTMLElement
  copy.querySelectorAll(NOT_STORED).forEach((element) => element.remove())
  copy.querySelectorAll(CONTROLS).forEach((control) => {
    control.setAttribute('disabled', '')
    if (control instanceof HTMLTextAreaElement) control.textContent = ''
    if (control instanceof HTMLInputElement && !['checkbox', 'radio', 'submit', 'button', 'hidden'].includes(control.type)) control.removeAttribute('value')
  })
  copy.querySelectorAll('[autofocus]').forEach((element) => element.removeAttribute('autofocus'))
  // As the app draws it at start: lists opened by a tap (a series' "Each time") start closed.
  copy.querySelectorAll('details[open]').forEach((element) => element.removeAttribute('open'))
  return copy.innerHTML
}

/** What the app's root shows now, as markup to store, with the build's stylesheets; null while it is not a settled screen. */
function screenNow(): { styles: string; html: string } | null {
  const root = document.getElementById('root')
  const html = root && firstScreenMarkup(root)
  if (!html) return null
  const styles = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map((link) => link.href).join(' ')
  return { styles, html }
}

/** Stores what the app's root shows now as the first screen of `docId`'s `role`. */
export function storeFirstScreen(docId: string, role: PaintRole): void {
  const screen = screenNow()
  if (screen) storeScreenMarkup(docId, role, screen)
}

/** Stores what the app's root shows now as the coordinator's Today of the map `docId`, for the circle's day `from`–`until`. */
export function storeTodayScreen(docId: string, day: { from: number; until: number }): void {
  const screen = screenNow()
  if (screen) storeTodayMarkup(docId, { ...day, ...screen })
}

/** After the screen has settled (lazy parts, the first layout), so the stored markup is the screen as seen. */
const STORE_AFTER_MS = 1000

/** While the live document shows a person's first screen, keeps its markup stored (`useStoredScreen`). */
export function useStoredFirstScreen<S extends { state: string }>(
  docId: string, role: PaintRole, store: { getSnapshot: () => S }, snapshot: S, onFirstScreen: boolean,
): void {
  const storeNow = useCallback(() => storeFirstScreen(docId, role), [docId, role])
  useStoredScreen(store, snapshot, onFirstScreen, storeNow)
}

/**
 * Keeps a drawn screen's markup stored (`storeNow`) while `shown`: a while after each new snapshot
 * is drawn, and when the page is hidden (a phone leaving the app), if the screen still shows the
 * store's current snapshot (so the markup matches what the document holds).
 */
export function useStoredScreen<S extends { state: string }>(store: { getSnapshot: () => S }, snapshot: S, shown: boolean, storeNow: () => void): void {
  useEffect(() => {
    if (!shown || snapshot.state !== 'ready') return
    const storeCurrent = () => {
      if (store.getSnapshot() === snapshot) storeNow()
    }
    const whenHidden = () => {
      if (document.visibilityState === 'hidden') storeCurrent()
    }
    const timer = setTimeout(storeCurrent, STORE_AFTER_MS)
    document.addEventListener('visibilitychange', whenHidden)
    window.addEventListener('pagehide', storeCurrent)
    return () => {
      clearTimeout(timer)
      document.removeEventListener('visibilitychange', whenHidden)
      window.removeEventListener('pagehide', storeCurrent)
    }
  }, [store, snapshot, shown, storeNow])
}
