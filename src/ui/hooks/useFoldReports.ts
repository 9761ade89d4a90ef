import { useSyncExternalStore } from 'react'
import type { FoldReport } from '../../store'
import { circleSyncOf } from '../../sync/coordinatorSync'

const none: FoldReport[] = []
const noop = () => () => undefined

/** What the last fold of a circle could not take in from helpers' and the recipient's phones. */
export function useFoldReports(mapDocId: string): FoldReport[] {
  const sync = circleSyncOf(mapDocId)
  return useSyncExternalStore(sync?.subscribe ?? noop, () => sync?.reports() ?? none)
}
