/** The coordinator's words for Settings on this device (every role opens it); loaded with the screens that use them. */
import { defineCatalogue } from '../../messages'
import english from './en.json'

export const settingsCatalogue = defineCatalogue('settings', english, { es: () => import('./es.json') })
