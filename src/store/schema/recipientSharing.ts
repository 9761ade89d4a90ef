import * as Y from 'yjs'
import { CIRCLE } from './circle'

/**
 * Whether the recipient asked to see who is helping (first names on the daily status, names
 * left in check-in notes). Default: no helper details. Kept as one extra field of the circle
 * profile; older apps' circle validator strips it, so it needs no migration.
 */
export const RECIPIENT_SEES_HELPERS = 'recipientSeesHelpers'

export function readRecipientSeesHelpers(doc: Y.Doc): boolean {
  return doc.getMap(CIRCLE).get(RECIPIENT_SEES_HELPERS) === true
}
