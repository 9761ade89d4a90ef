import type { RecipientCircle } from '../../store/recipientDoc/layout'
import type { RecipientSnapshot, RecipientStore } from '../../store/roles/recipientStore'

/** What each of the recipient's screens receives once their document is ready. */
export interface RecipientScreenProps {
  store: RecipientStore
  snapshot: RecipientSnapshot
  circle: RecipientCircle
  /** The coordinator's first name: "Priya has been told". */
  coordinator: string
  now: number
}
