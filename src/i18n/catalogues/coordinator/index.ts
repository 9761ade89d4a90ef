/** The coordinator's words, loaded with the coordinator's screens (never on a helper's or the recipient's phone). */
import { defineCatalogue } from '../../messages'
import english from './en.json'

export const coordinatorCatalogue = defineCatalogue('coordinator', english, { es: () => import('./es.json') })
