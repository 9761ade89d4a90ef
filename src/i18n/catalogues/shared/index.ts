import { defineCatalogue } from '../../messages'
import english from './en.json' with { type: 'json' }

export const sharedCatalogue = defineCatalogue('shared', english, { es: () => import('./es.json') })
