/**
 * Work that belongs to no first screen (the offer of a new version, and the service worker's
 * registration with it) waits until the screen is up, so that loading and compiling it never
 * falls among the tasks that draw the screen. A person's phone says when its document is open and
 * drawn (PaintThenLive); any other screen is taken as up a moment after the page's load event.
 * Then the work runs in the browser's next idle moment (or within a second at most).
 */
const OTHER_SCREENS_AFTER_MS = 1500
const IDLE_WITHIN_MS = 1000

let markUp: () => void = () => undefined
const screenUp = new Promise<void>((resolve) => {
  markUp = resolve
})

/** The first screen is drawn with what it needs (a person's screens: once their document is open). */
export function startUpDone(): void {
  markUp()
}

function pageLoaded(): Promise<void> {
  if (document.readyState === 'complete') return Promise.resolve()
  return new Promise((resolve) => addEventListener('load', () => resolve(), { once: true }))
}

function idle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: IDLE_WITHIN_MS })
    else setTimeout(resolve, 0)
  })
}

/** Resolves in the first idle moment once the first screen is up. */
export async function afterStartUp(): Promise<void> {
  await Promise.race([screenUp, pageLoaded().then(() => new Promise<void>((resolve) => setTimeout(resolve, OTHER_SCREENS_AFTER_MS)))])
  await idle()
}
