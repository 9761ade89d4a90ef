/**
 * What a command answers when it cannot do something (store/commands/words.ts builds these
 * Phrases; the store returns them, never stores them). Loaded with the screens that run commands.
 */
import { defineCatalogue } from '../../messages'
import { currentLocale } from '../../locale'
import english from './en.json' with { type: 'json' }

export const refusalsCatalogue = defineCatalogue('refusals', english, { es: () => import('./es.json') })

// This area arrives with its screens, after the app started: the chunk finishes loading only
// once its words are here in the reader's language, so its screens never show English first.
await refusalsCatalogue.load(currentLocale().language)
