/**
 * Which language Kith speaks on this device, and the locale its dates are formatted in.
 *
 * The language follows the device (`navigator.languages`, first one Kith has a catalogue for),
 * unless the person chose one in Settings. The locale is the device's own tag for that language
 * ("es-MX", "en-US") so dates read as the reader expects; with no such tag, a default per language.
 * Until `startLanguage` runs (tests, workers) Kith speaks English with en-GB dates.
 */
import type { LanguagePreference } from '../local/language'

export const LANGUAGES = ['en', 'es'] as const
export type Language = (typeof LANGUAGES)[number]

/** Each language's own name, as its speakers write it (the Settings list). */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', es: 'Español' }
const DEFAULT_TAG: Record<Language, string> = { en: 'en-GB', es: 'es-ES' }

export interface Locale {
  language: Language
  /** BCP 47 tag for Intl: dates, plurals, lists. */
  tag: string
}

const baseOf = (tag: string) => tag.toLowerCase().split('-')[0]
const isLanguage = (value: string): value is Language => (LANGUAGES as readonly string[]).includes(value)

/** The locale for a preference and the device's languages, in their order of preference. */
export function chooseLocale(preference: LanguagePreference, deviceLanguages: readonly string[]): Locale {
  const language = isLanguage(preference) ? preference
    : deviceLanguages.map(baseOf).find(isLanguage) ?? 'en'
  const tag = deviceLanguages.find((candidate) => baseOf(candidate) === language && supportedByIntl(candidate)) ?? DEFAULT_TAG[language]
  return { language, tag }
}

/**
 * A tag Intl accepts. Only its syntax is checked: `supportedLocalesOf` walks every locale the
 * engine has (about 150 ms at start on a slow phone), and a well-formed tag of a language Kith
 * has words for always resolves within that language ("es-419" to "es" at worst).
 */
function supportedByIntl(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length > 0
  } catch {
    return false
  }
}

let current: Locale = { language: 'en', tag: DEFAULT_TAG.en }
const listeners = new Set<() => void>()

export const currentLocale = (): Locale => current

export function subscribeLocale(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** `<html lang>` on the reader's language; only when it differs, as setting it (even to the same value) restyles the whole page. */
export function setDocumentLanguage(language: string): void {
  if (typeof document !== 'undefined' && document.documentElement.lang !== language) document.documentElement.lang = language
}

/** Switches the locale now (catalogues must be loaded: see catalogue.ts's `switchLocale`) and sets `<html lang>`. */
export function applyLocale(locale: Locale): void {
  setDocumentLanguage(locale.language)
  if (locale.language === current.language && locale.tag === current.tag) return
  current = locale
  for (const listener of [...listeners]) listener()
}
