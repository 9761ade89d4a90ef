import { defineCatalogue } from '../../messages'
import english from './en.json'

export const helperCatalogue = defineCatalogue('helper', english, { es: () => import('./es.json') })
