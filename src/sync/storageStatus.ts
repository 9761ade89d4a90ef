import type { DocStatus } from './persistence'

/**
 * Every open document's storage state, as one cached list for the screen. Kept apart from
 * persistence.ts (which publishes it) so that the note about failing saves, on every page, does
 * not bring Yjs into a phone's first download: nothing can fail before a document is open.
 */
let statuses: DocStatus[] = []
const listeners = new Set<() => void>()

export function publishStorageStatuses(next: DocStatus[]): void {
  statuses = next
  listeners.forEach((listener) => listener())
}

export function subscribeStorage(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function storageStatuses(): DocStatus[] {
  return statuses
}
