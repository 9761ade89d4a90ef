import { useSyncExternalStore } from 'react'

/** Hash routes: the app is served as static files, and invite keys live in the fragment too. */
function subscribe(listener: () => void) {
  window.addEventListener('hashchange', listener)
  return () => window.removeEventListener('hashchange', listener)
}

export function useRoute(): string[] {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash)
  return hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent)
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
