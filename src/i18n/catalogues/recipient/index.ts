import { defineCatalogue } from '../../messages'
import english from './en.json'

export const recipientCatalogue = defineCatalogue('recipient', english, { es: () => import('./es.json') })
