/** The coordinator's words for Assess: needs, their safety, boundaries; loaded with the screens that use them. */
import { defineCatalogue } from '../../messages'
import english from './en.json'

export const assessCatalogue = defineCatalogue('assess', english, { es: () => import('./es.json') })
