/** The coordinator's words for keeping a circle: backups, restoring, more coordinators; loaded with the screens that use them. */
import { defineCatalogue } from '../../messages'
import english from './en.json'

export const keepingCatalogue = defineCatalogue('keeping', english, { es: () => import('./es.json') })
