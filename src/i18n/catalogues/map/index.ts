/** The coordinator's words for Map: helpers, offers, coverage and gaps; loaded with the screens that use them. */
import { defineCatalogue } from '../../messages'
import english from './en.json'

export const mapCatalogue = defineCatalogue('map', english, { es: () => import('./es.json') })
