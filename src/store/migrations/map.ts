import * as Y from 'yjs'
import { collection } from '../entities'
import { NEEDS } from '../schema/need'

/**
 * Migrations of the map document, one per version step, named by intent. Each edits the
 * document in place inside the migration transaction; versions rise by exactly one.
 */
export interface Migration {
  id: string
  to: number
  up(doc: Y.Doc): void
}

export const mapMigrations: Migration[] = [
  {
    // v1 kept one `details` text per need. v2 splits it by audience: sensitive details become
    // private (coordinator only); the rest reach the assigned helper, as v1 showed them.
    id: 'map/SplitNeedDetails',
    to: 2,
    up(doc) {
      collection(doc, NEEDS).forEach((need) => {
        if (!(need instanceof Y.Map) || need.has('assignedDetails')) return
        const details = typeof need.get('details') === 'string' ? (need.get('details') as string) : ''
        const sensitive = need.get('sensitive') === true
        need.set('privateDetails', sensitive ? details : '')
        need.set('assignedDetails', sensitive ? '' : details)
        need.set('shareDetails', !sensitive && details.length > 0)
        need.delete('details')
      })
    },
  },
]

export const MAP_SCHEMA_VERSION = 1 + mapMigrations.length
