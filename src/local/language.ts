/**
 * The language this device shows Kith in, when the person chose one in Settings ("auto" follows
 * the device). Kept in localStorage, not the device database (IndexedDB), because the first screen must be drawn in it,
 * before anything asynchronous opens; it holds a language code and nothing else.
 */
const KEY = 'kith.language'

export type LanguagePreference = 'auto' | string

export function storedLanguagePreference(): LanguagePreference {
  try {
    return localStorage.getItem(KEY) ?? 'auto'
  } catch {
    return 'auto'
  }
}

export function storeLanguagePreference(preference: LanguagePreference): void {
  try {
    if (preference === 'auto') localStorage.removeItem(KEY)
    else localStorage.setItem(KEY, preference)
  } catch {
    // Storage refused (private mode, full): the choice holds until the page closes.
  }
}
