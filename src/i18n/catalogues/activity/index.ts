/**
 * The activity log's words: each entry is stored as a Phrase of these ids (schema/activity.ts),
 * so a coordinator reads it in their own language; its English rendering is kept beside it as
 * `summary` for older versions of Kith and entries written before.
 */
import { defineCatalogue } from '../../messages'
import { currentLocale } from '../../locale'
import english from './en.json' with { type: 'json' }

export const activityCatalogue = defineCatalogue('activity', english, { es: () => import('./es.json') })

// Loaded with the map's store, after the app started: its words arrive before the screens that show them.
await activityCatalogue.load(currentLocale().language)
