/** The coordinator's words for Reassess: today, check-ins, the end of support, group asks; loaded with the screens that use them. */
import { defineCatalogue } from '../../messages'
import english from './en.json'

export const reassessCatalogue = defineCatalogue('reassess', english, { es: () => import('./es.json') })
