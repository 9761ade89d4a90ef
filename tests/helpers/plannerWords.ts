import { renderPhrase } from '../../src/i18n'
import '../../src/i18n/catalogues/planner'
import type { Phrase } from '../../src/domain/phrase'

/** The planner's Phrases in English (en-GB), as a coordinator on an English phone reads them. */
export const english = (phrase: Phrase): string => renderPhrase(phrase, { language: 'en', tag: 'en-GB' })
export const englishAll = (phrases: readonly Phrase[]): string[] => phrases.map(english)
