import { useSyncExternalStore } from 'react'
import { keyCheckOf, subscribeKeyCheck, type KeyCheck } from '../../sync/keyCheck'

/** Whether this device's key opens what others in the document's room send (sync/keyCheck.ts). */
export function useKeyCheck(docId: string): KeyCheck {
  return useSyncExternalStore(subscribeKeyCheck, () => keyCheckOf(docId, Date.now()))
}
