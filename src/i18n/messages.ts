/**
 * Message catalogues and the one place words are made from them.
 *
 * Each area of Kith (shared, words, helper, recipient, coordinator…) has a catalogue per
 * language in src/i18n/catalogues/<area>/<language>.json, ICU MessageFormat, compiled at build
 * time (compile.ts) and formatted here with FormatJS's intl-messageformat. Ids are the whole
 * dotted key ("helper.tasks.title"); the part before the first dot names the area. English is
 * bundled with the code that imports its area; other languages are separate chunks, loaded only
 * when that language is chosen (`switchLocale`, or `useText` suspending until they arrive).
 *
 * React code reads words through `useText` (react.tsx); other code through a catalogue's `format`
 * or `renderPhrase`, which use the current locale. Domain code returns Phrases (domain/phrase.ts).
 */
import { IntlMessageFormat, type Formatters } from 'intl-messageformat'
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser'
import { formatLocalDate, formatLocalDateShort, formatLocalTime, weekdayLong, weekdayShort } from '../domain/dates'
import type { Phrase, PhraseValue } from '../domain/phrase'
import { applyLocale, currentLocale, LANGUAGES, type Language, type Locale } from './locale'

type CompiledMessage = string | MessageFormatElement[]
type CompiledMessages = Readonly<Record<string, CompiledMessage>>
type CatalogueModule = { default: Record<string, string> }

export type Values = Readonly<Record<string, PhraseValue>>

export interface Catalogue<Id extends string> {
  readonly area: string
  /** The message in the current locale (English while another language is still loading). */
  format(id: Id, values?: Values): string
  formatIn(locale: Locale, id: Id, values?: Values): string
  has(id: string): boolean
  isLoaded(language: Language): boolean
  /** Resolves once the language's messages are here (never rejects: English stands in if a chunk fails). */
  load(language: Language): Promise<void>
}

const catalogues = new Map<string, Catalogue<string>>()

/**
 * One area's catalogue: its English messages (imported, so they are typed and bundled with the
 * area) and loaders for the other languages (`() => import('./es.json')`, so each is its own chunk).
 */
export function defineCatalogue<English extends Record<string, string>>(
  area: string,
  english: English,
  others: Record<Exclude<Language, 'en'>, () => Promise<CatalogueModule>>,
): Catalogue<Extract<keyof English, string>> {
  const existing = catalogues.get(area)
  if (existing) return existing as Catalogue<Extract<keyof English, string>>
  // At run time the JSON holds compiled messages (compile.ts), whatever its type says.
  const loaded = new Map<Language, CompiledMessages>([['en', english as unknown as CompiledMessages]])
  const loading = new Map<Language, Promise<void>>()

  const messageIn = (language: Language, id: string): CompiledMessage | undefined =>
    loaded.get(language)?.[id] ?? loaded.get('en')![id]

  const catalogue: Catalogue<Extract<keyof English, string>> = {
    area,
    format: (id, values) => catalogue.formatIn(currentLocale(), id, values),
    formatIn(locale, id, values) {
      const message = messageIn(locale.language, id)
      if (message === undefined) return id
      if (typeof message === 'string') return message
      try {
        return String(formatterOf(message, locale.tag).format(renderValues(values, locale)))
      } catch (error) {
        // A value missing from a message is a bug the catalogue test should catch; never a broken screen.
        console.error(`Kith could not format "${id}"`, error)
        return id
      }
    },
    has: (id) => id in english,
    isLoaded: (language) => loaded.has(language),
    load(language) {
      if (loaded.has(language)) return Promise.resolve()
      let promise = loading.get(language)
      if (!promise) {
        const loader = (others as Record<string, () => Promise<CatalogueModule>>)[language]
        promise = loader().then(
          (module) => void loaded.set(language, module.default as unknown as CompiledMessages),
          // Offline with a chunk missing: English stands in rather than a broken screen.
          () => void loaded.set(language, {}),
        )
        loading.set(language, promise)
      }
      return promise
    },
  }
  catalogues.set(area, catalogue as Catalogue<string>)
  // An area defined after the language was switched (a screen loaded on demand) fetches its own.
  const language = currentLocale().language
  if (language !== 'en') void catalogue.load(language)
  return catalogue
}

const formatters = new WeakMap<MessageFormatElement[], Map<string, IntlMessageFormat>>()
function formatterOf(message: MessageFormatElement[], tag: string): IntlMessageFormat {
  let byTag = formatters.get(message)
  if (!byTag) formatters.set(message, (byTag = new Map()))
  let formatter = byTag.get(tag)
  if (!formatter) byTag.set(tag, (formatter = new IntlMessageFormat(message, tag, undefined, { formatters: intlFormatters })))
  return formatter
}

/**
 * The Intl objects behind plurals, numbers and dates, one per locale and options for every
 * message: left to itself intl-messageformat builds its own for each message (an
 * Intl.PluralRules costs about 0.3 ms), which a screen of cards paid dozens of times on first paint.
 * Found without building a key from the options: intl-messageformat passes the same options
 * object each time (a format's, or the compiled message's); of a plural's, only its type counts.
 */
type Locales = string | string[] | undefined
function sharedBy<Options, T>(make: (locales: Locales, options: Options) => T): (locales: Locales, options: Options) => T {
  const made = new Map<Options, Map<string, T>>()
  return (locales, options) => {
    const byLocale = made.get(options) ?? new Map<string, T>()
    made.set(options, byLocale)
    const tag = String(locales)
    if (!byLocale.has(tag)) byLocale.set(tag, make(locales, options))
    return byLocale.get(tag)!
  }
}
const pluralRules = sharedBy((locales, type?: Intl.PluralRuleType) => new Intl.PluralRules(locales, { type }))
const intlFormatters: Formatters = {
  getNumberFormat: sharedBy((locales, options?: Intl.NumberFormatOptions) => new Intl.NumberFormat(locales, options)),
  getDateTimeFormat: sharedBy((locales, options?: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locales, options)),
  getPluralRules: (locales?: Locales, options?: Intl.PluralRulesOptions) => pluralRules(locales, options?.type),
}
/**
 * intl-messageformat resolves the locale of every formatter it builds with
 * `Intl.NumberFormat.supportedLocalesOf`, which walks every locale the engine has: the first call
 * was the single longest task of a phone's start (about 40 ms of CPU, 100 ms and more on a slow
 * phone). It reads the result only to parse message text (ours is compiled at build time) and
 * for `resolvedOptions`; our tags are checked when chosen (locale.ts), so the tag itself will do,
 * as one Intl.Locale per tag (a formatter is built per message; a new one each time showed in a
 * coordinator's sync start).
 */
const localeOf = sharedBy((tag) => new Intl.Locale(String(tag)))
IntlMessageFormat.resolveLocale = (locales) => localeOf(Array.isArray(locales) ? locales[0] : locales, undefined)

let switching = 0
/** Loads every defined area's messages in the locale's language, then switches to it. */
export async function switchLocale(locale: Locale): Promise<void> {
  const attempt = ++switching
  await Promise.all([...catalogues.values()].map((catalogue) => catalogue.load(locale.language)))
  if (attempt === switching) applyLocale(locale)
}

const pendingLoads = new Map<string, Promise<void>>()
/** A promise for the defined areas still missing in `language` (the same one each time it is asked), or null when all are here. */
export function pendingLoad(language: Language): Promise<void> | null {
  const missing = [...catalogues.values()].filter((catalogue) => !catalogue.isLoaded(language))
  if (missing.length === 0) return null
  const key = `${language}|${missing.map((catalogue) => catalogue.area).join(',')}`
  let pending = pendingLoads.get(key)
  if (!pending) pendingLoads.set(key, (pending = Promise.all(missing.map((catalogue) => catalogue.load(language))).then(() => undefined)))
  return pending
}

export function isKnownLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value)
}

/** A message by its full id, in whichever area defines it. */
export function formatMessage(id: string, values?: Values, locale: Locale = currentLocale()): string {
  const catalogue = catalogues.get(id.slice(0, id.indexOf('.')))
  return catalogue ? catalogue.formatIn(locale, id, values) : id
}

/** A domain phrase in the reader's language. */
export function renderPhrase(phrase: Phrase, locale: Locale = currentLocale()): string {
  return formatMessage(phrase.id, phrase.values, locale)
}

const listFormats = sharedBy((locales, type: Intl.ListFormatType) => new Intl.ListFormat(locales, { type }))
/** "a, b and c" / "a, b y c", as the reader's language joins a list. */
export function formatList(items: readonly string[], locale: Locale = currentLocale(), type: Intl.ListFormatType = 'conjunction'): string {
  return listFormats(locale.tag, type).format(items)
}

/** Any phrase value as text or a number, in the reader's locale. */
export function renderValue(value: PhraseValue, locale: Locale = currentLocale()): string | number {
  if (typeof value === 'string' || typeof value === 'number') return value
  if ('id' in value) return renderPhrase(value, locale)
  if ('date' in value) {
    return value.style === 'long' ? formatLocalDate(value.date, locale.tag, value) : formatLocalDateShort(value.date, locale.tag, value)
  }
  if ('weekday' in value) return value.style === 'long' ? weekdayLong(value.weekday, locale.tag) : weekdayShort(value.weekday, locale.tag)
  if ('time' in value) return formatLocalTime(value.time, locale.tag)
  if ('parts' in value) return value.parts.map((part) => renderValue(part, locale)).join(', ')
  return formatList(value.list.map((item) => String(renderValue(item, locale))), locale, value.type)
}

function renderValues(values: Values | undefined, locale: Locale): Record<string, string | number> | undefined {
  if (values === undefined) return undefined
  const rendered: Record<string, string | number> = {}
  for (const [name, value] of Object.entries(values)) rendered[name] = renderValue(value, locale)
  return rendered
}
