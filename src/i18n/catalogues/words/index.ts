/** The domain's words (schedules, series, briefs, thanks, dates): ids the domain names in its Phrases (domain/phrase.ts). */
import { defineCatalogue } from '../../messages'
import english from './en.json' with { type: 'json' }

export const wordsCatalogue = defineCatalogue('words', english, { es: () => import('./es.json') })
