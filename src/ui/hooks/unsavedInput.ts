/**
 * Which forms of this tab hold text that is not saved yet — and, through a Web Lock every such
 * tab holds in shared mode, whether any tab of this browser does. An update of Kith waits for
 * them; leaving the page with one asks first. (Their text is kept as a draft either way.)
 */
const LOCK = 'kith-unsaved-input'
const dirty = new Set<string>()
const listeners = new Set<() => void>()
let release: (() => void) | null = null
let watching = false
let leaving = false

function hold() {
  if (release || typeof navigator === 'undefined' || !navigator.locks) return
  let done: () => void = () => undefined
  const held = new Promise<void>((resolve) => (done = resolve))
  release = done
  void navigator.locks.request(LOCK, { mode: 'shared' }, () => held)
}

/** A form says whether it holds unsaved text; `key` names it (a draft key). */
export function markUnsaved(key: string, unsaved: boolean): void {
  const before = dirty.size
  if (unsaved) dirty.add(key)
  else dirty.delete(key)
  if (dirty.size > 0) hold()
  else {
    release?.()
    release = null
  }
  watchUnload()
  if (before !== dirty.size) listeners.forEach((listener) => listener())
}

export function hasUnsavedInput(): boolean {
  return dirty.size > 0
}

export function subscribeUnsaved(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** How many tabs of this browser (this one included) have a form with unsaved text. */
export async function tabsWithUnsavedInput(): Promise<number> {
  if (typeof navigator === 'undefined' || !navigator.locks) return hasUnsavedInput() ? 1 : 0
  const { held = [] } = await navigator.locks.query()
  return held.filter((lock) => lock.name === LOCK).length
}

/** The person chose to reload anyway (their text is kept as drafts): don't ask again. */
export function allowLeaving(): void {
  leaving = true
}

function watchUnload() {
  if (watching || typeof window === 'undefined') return
  watching = true
  window.addEventListener('beforeunload', (event) => {
    if (dirty.size > 0 && !leaving) event.preventDefault()
  })
}
