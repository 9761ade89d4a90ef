import { useSyncExternalStore } from 'react'
import type { DocStatus } from '../../sync/persistence'
import { storageStatuses, subscribeStorage } from '../../sync/storageStatus'

/** Every open document's storage state: saved, saving, failing (retrying), removed. */
export function useStorageStatuses(): DocStatus[] {
  return useSyncExternalStore(subscribeStorage, storageStatuses)
}

export function useStorageStatus(docId: string): DocStatus | undefined {
  return useStorageStatuses().find((status) => status.docId === docId)
}
