import { isRandomId } from '../store/ids'

/**
 * The app's hash routes, parsed once per address and never during render: any text can arrive
 * in an address (a link broken by a messenger, a typo, a `%` with no escape after it), and a
 * parser that throws would leave a blank page. `parseRoute` is total — every string gives a
 * route — and screens receive only checked values: a document id that is a random id, decoded
 * path parts.
 *
 * `#/new`, `#/settings`, `#/join/…` (invitations), `#/u/…` (carried updates), `#/c/<docId>/…`
 * (a coordinator's circle), `#/h/<docId>/…` (a helper's phone), `#/r/<docId>/…` (the
 * recipient's phone); anything else, including no route, is the start page. An address that
 * cannot be decoded, or names a circle with something that is not a document id, is `bad-address`.
 */
export type Route =
  | { screen: 'home'; parts: string[] }
  | { screen: 'new'; parts: string[] }
  | { screen: 'settings'; parts: string[] }
  | { screen: 'join'; parts: string[]; rest: string[] }
  | { screen: 'update'; parts: string[]; rest: string[] }
  | { screen: 'circle' | 'helper' | 'recipient'; parts: string[]; docId: string; path: string[] }
  | { screen: 'bad-address'; parts: string[] }

const ROLE_SCREENS = { c: 'circle', h: 'helper', r: 'recipient' } as const

function decodePart(part: string): string | null {
  try {
    return decodeURIComponent(part)
  } catch {
    return null
  }
}

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '').split('/').filter(Boolean)
  const decoded = raw.map(decodePart)
  if (decoded.some((part) => part === null)) return { screen: 'bad-address', parts: [] }
  const parts = decoded as string[]
  const [section, ...rest] = parts
  if (section === 'new') return { screen: 'new', parts }
  if (section === 'settings') return { screen: 'settings', parts }
  if (section === 'join') return { screen: 'join', parts, rest }
  if (section === 'u') return { screen: 'update', parts, rest }
  if (section === 'c' || section === 'h' || section === 'r') {
    const [docId, ...path] = rest
    if (docId === undefined) return { screen: 'home', parts }
    if (!isRandomId(docId)) return { screen: 'bad-address', parts }
    return { screen: ROLE_SCREENS[section], parts, docId, path }
  }
  return { screen: 'home', parts }
}

/** Where "go back" leads when a screen of this route fails: the role's first screen, else the start page. */
export function homeOf(route: Route): string {
  if (route.screen === 'circle') return `c/${route.docId}`
  if (route.screen === 'helper') return `h/${route.docId}`
  if (route.screen === 'recipient') return `r/${route.docId}`
  return ''
}

/** The route a document opens at on this device, by its role here. */
export function routeOf(role: 'coordinator' | 'helper' | 'recipient', docId: string): string {
  return role === 'helper' ? `h/${docId}` : role === 'recipient' ? `r/${docId}` : `c/${docId}`
}
