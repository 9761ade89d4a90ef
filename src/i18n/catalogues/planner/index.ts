/**
 * The planner's words: reasons, gaps, fixes, who could fill a time, who is left out (Phrases
 * built by domain/planner/words.ts). Loaded with Assign and Coverage, never on the coordinator's
 * first screen.
 */
import { defineCatalogue } from '../../messages'
import { currentLocale } from '../../locale'
import english from './en.json' with { type: 'json' }

export const plannerCatalogue = defineCatalogue('planner', english, { es: () => import('./es.json') })

// This area arrives with its screens, after the app started: the chunk finishes loading only
// once its words are here in the reader's language, so its screens never show English first.
await plannerCatalogue.load(currentLocale().language)
