/**
 * Drafts: what a person typed in a form and has not saved yet, kept in this device's
 * localStorage — written on every change and read before the form first renders (it is
 * synchronous, unlike IndexedDB), so closing the tab, a crash or an update never costs typing.
 * Keyed by circle (`scope`), so removing a circle removes its drafts. Never synced.
 */
const PREFIX = 'kith-draft:'
/** A draft nobody came back to in this long is dropped rather than sprung on the person. */
const KEEP_MS = 30 * 24 * 60 * 60 * 1000

interface StoredDraft {
  savedAt: number
  value: unknown
}

export function draftKey(scope: string, form: string): string {
  return `${PREFIX}${scope}:${form}`
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    return null // storage blocked by the browser's settings
  }
}

export function readDraft(key: string, now: number): unknown {
  const raw = storage()?.getItem(key)
  if (!raw) return undefined
  try {
    const draft = JSON.parse(raw) as StoredDraft
    if (typeof draft?.savedAt !== 'number' || now - draft.savedAt > KEEP_MS) {
      storage()?.removeItem(key)
      return undefined
    }
    return draft.value
  } catch {
    storage()?.removeItem(key)
    return undefined
  }
}

/** Keeps a draft; false when the browser refused (storage full or blocked). */
export function writeDraft(key: string, value: unknown, now: number): boolean {
  try {
    storage()?.setItem(key, JSON.stringify({ savedAt: now, value } satisfies StoredDraft))
    return true
  } catch {
    return false
  }
}

export function clearDraft(key: string): void {
  storage()?.removeItem(key)
}

/** Removes every draft of a circle (it left this device). */
export function forgetDrafts(scope: string): void {
  const store = storage()
  if (!store) return
  const prefix = draftKey(scope, '')
  const keys: string[] = []
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i)
    if (key?.startsWith(prefix)) keys.push(key)
  }
  keys.forEach((key) => store.removeItem(key))
}
