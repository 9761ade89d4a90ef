/** The coordinator's words for Reassess: today, check-ins, the end of support, group asks; loaded with the screens that use them. */
import { defineCatalogue } from '../../messages'
import { currentLocale } from '../../locale'
import english from './en.json' with { type: 'json' }

export const reassessCatalogue = defineCatalogue('reassess', english, { es: () => import('./es.json') })

// This area arrives with its screens, after the app started: the chunk finishes loading only
// once its words are here in the reader's language, so its screens never show English first.
await reassessCatalogue.load(currentLocale().language)
