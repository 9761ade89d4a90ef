import { useCallback, useSyncExternalStore } from 'react'
import type { FoldReport } from '../../store'
import { circleSyncOf, subscribeCircleSync } from '../../sync/circleSyncs'

const none: FoldReport[] = []

/**
 * What the last fold of a circle could not take in from helpers' and the recipient's phones,
 * kept current: also when the circle's sync starts after the screen mounted (at start-up it does).
 */
export function useFoldReports(mapDocId: string): FoldReport[] {
  const subscribe = useCallback((listener: () => void) => subscribeCircleSync(mapDocId, listener), [mapDocId])
  return useSyncExternalStore(subscribe, () => circleSyncOf(mapDocId)?.reports() ?? none)
}
