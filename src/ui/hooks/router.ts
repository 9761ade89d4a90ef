import { useSyncExternalStore } from 'react'
import { parseRoute, type Route } from '../routes'

/** Hash routes: the app is served as static files, and invite keys live in the fragment too. */
function subscribe(listener: () => void) {
  window.addEventListener('hashchange', listener)
  return () => window.removeEventListener('hashchange', listener)
}

let parsed: { hash: string; route: Route } | null = null

/** The route of the current address, parsed once per address (routes.ts never throws). */
function currentRoute(): Route {
  const hash = window.location.hash
  if (parsed?.hash !== hash) parsed = { hash, route: parseRoute(hash) }
  return parsed.route
}

export function useRoute(): Route {
  return useSyncExternalStore(subscribe, currentRoute)
}

/** The address as it is now: a screen that fails starts afresh when it changes. */
export function useAddress(): string {
  return useSyncExternalStore(subscribe, () => window.location.hash)
}

export function navigate(path: string, options: { replace?: boolean } = {}): void {
  const target = `#/${path.replace(/^\//, '')}`
  if (options.replace) {
    history.replaceState(null, '', target)
    window.dispatchEvent(new HashChangeEvent('hashchange'))
  } else {
    window.location.hash = target
  }
}

export function href(path: string): string {
  return `#/${path.replace(/^\//, '')}`
}
