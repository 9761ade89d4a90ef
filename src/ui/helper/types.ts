import type { HelperBriefFields } from '../../store/helperDoc/layout'
import type { HelperSnapshot, HelperStore } from '../../store/roles/helperStore'

/** What each of the helper's screens receives once their document is ready. */
export interface HelperScreenProps {
  docId: string
  /** Null while painted from the stored copy: buttons wait for the document. */
  store: HelperStore | null
  snapshot: HelperSnapshot
  brief: HelperBriefFields
  /** The coordinator's first name, as helpers call them: "Sent to Priya". */
  coordinator: string
  now: number
}
