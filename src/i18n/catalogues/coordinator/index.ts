/** The coordinator's words, loaded with the coordinator's screens (never on a helper's or the recipient's phone). */
import { defineCatalogue } from '../../messages'
import { currentLocale } from '../../locale'
import english from './en.json' with { type: 'json' }

export const coordinatorCatalogue = defineCatalogue('coordinator', english, { es: () => import('./es.json') })

// This area arrives with its screens, after the app started: the chunk finishes loading only
// once its words are here in the reader's language, so its screens never show English first.
await coordinatorCatalogue.load(currentLocale().language)
