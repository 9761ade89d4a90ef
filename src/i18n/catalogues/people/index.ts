/** The coordinator's words for invitations, updates to send, time away, notes from helpers' phones; loaded with the screens that use them. */
import { defineCatalogue } from '../../messages'
import english from './en.json'

export const peopleCatalogue = defineCatalogue('people', english, { es: () => import('./es.json') })
