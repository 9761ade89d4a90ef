/**
 * Kith's words in the reader's language. How it fits together:
 * - catalogues: src/i18n/catalogues/<area>/<language>.json, ICU MessageFormat, full dotted ids;
 *   each area's index.ts defines it (`sharedCatalogue`, `helperCatalogue`…). English is bundled,
 *   other languages load on demand. Compiled at build time (compile.ts).
 * - React: `const t = useText(helperCatalogue)`, then `t('helper.tasks.title')`,
 *   `t('helper.tasks.intro', { recipient })`, `t.phrase(p)`, `t.date(d, 'short')`.
 * - other code: `helperCatalogue.format(id, values)`, `renderPhrase(p)` (the current locale).
 * - the domain: returns Phrases (domain/phrase.ts), never sentences.
 * - text travelling in documents: projected as Phrases (data), rendered on the reader's phone.
 * - the language: device's by default, Settings → Language to choose (start.ts, local/language.ts).
 */
export { sharedCatalogue } from './catalogues/shared'
export { wordsCatalogue } from './catalogues/words'
export { LANGUAGES, LANGUAGE_NAMES, currentLocale, type Language, type Locale } from './locale'
export { formatList, formatMessage, renderPhrase, renderValue, switchLocale, type Catalogue, type Values } from './messages'
export { LanguageProvider, textIn, useLocale, useText, type Text } from './react'
export { chooseLanguage, startLanguage } from './start'
