/** The coordinator's words for what arrives from the recipient's phone; loaded with the screens that use them. */
import { defineCatalogue } from '../../messages'
import english from './en.json'

export const inboxCatalogue = defineCatalogue('inbox', english, { es: () => import('./es.json') })
