/**
 * The screen this device last showed a circle on (`h/<docId>/tasks`, `c/<docId>/today`), so the
 * installed app opens there: a helper lands on their tasks, not on the list of circles. Kept in
 * localStorage because it must be read before anything else loads (the device database included); it holds a
 * random document id and a screen name, never a name or a key.
 */
const KEY = 'kith.lastOpened'
const CIRCLE_SECTIONS = new Set(['c', 'h', 'r'])

/** The circle's section, id and screen from a route; null for routes outside a circle. */
export function circleScreenOf(route: readonly string[]): string | null {
  const [section, docId, screen] = route
  if (!CIRCLE_SECTIONS.has(section) || !docId) return null
  return [section, docId, ...(screen ? [screen] : [])].map(encodeURIComponent).join('/')
}

export function rememberOpened(route: readonly string[]): void {
  const screen = circleScreenOf(route)
  if (!screen) return
  try {
    localStorage.setItem(KEY, screen)
  } catch {
    // Storage refused (private mode, full): the app opens on the list instead.
  }
}

export function lastOpened(): string | null {
  try {
    const stored = localStorage.getItem(KEY)
    return stored && circleScreenOf(stored.split('/').map(decodeURIComponent)) === stored ? stored : null
  } catch {
    return null
  }
}

/** When a circle leaves this device, the app no longer opens on it. */
export function forgetOpened(docId: string): void {
  const stored = lastOpened()
  if (stored && stored.split('/')[1] === encodeURIComponent(docId)) {
    try {
      localStorage.removeItem(KEY)
    } catch {
      // nothing to forget
    }
  }
}

/**
 * At launch (the installed app opens its start URL, with no route): go to the circle last
 * opened. An explicit route, `#/` for the list included, is left as it is.
 */
export function openLastUsed(): void {
  if (location.hash) return
  const stored = lastOpened()
  if (stored) history.replaceState(null, '', `#/${stored}`)
}
