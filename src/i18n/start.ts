import { storedLanguagePreference, storeLanguagePreference, type LanguagePreference } from '../local/language'
import { applyLocale, chooseLocale, type Locale } from './locale'
import { switchLocale } from './messages'

const deviceLanguages = (): readonly string[] =>
  typeof navigator === 'undefined' ? [] : navigator.languages?.length ? navigator.languages : [navigator.language]

/**
 * At start: the language this device chose, or the device's own. Applied at once (screens that
 * need a catalogue still on its way suspend until it arrives), so `<html lang>` is right from
 * the first paint.
 */
export function startLanguage(): Locale {
  const locale = chooseLocale(storedLanguagePreference(), deviceLanguages())
  applyLocale(locale)
  return locale
}

/** The Settings choice: stored on this device, then applied once its words are loaded. */
export async function chooseLanguage(preference: LanguagePreference): Promise<Locale> {
  storeLanguagePreference(preference)
  const locale = chooseLocale(preference, deviceLanguages())
  await switchLocale(locale)
  return locale
}
