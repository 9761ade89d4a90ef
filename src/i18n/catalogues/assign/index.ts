/** The coordinator's words for Assign: proposals, series, briefs; loaded with the screens that use them. */
import { defineCatalogue } from '../../messages'
import english from './en.json'

export const assignCatalogue = defineCatalogue('assign', english, { es: () => import('./es.json') })
