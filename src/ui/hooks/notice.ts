import { useSyncExternalStore } from 'react'
import { sharedCatalogue } from '../../i18n'

/** One short-lived message at a time ("Removed “Walk Bruno”. Undo"), shown by <NoticeToast>. */
export interface Notice {
  id: number
  message: string
  action?: { label: string; run: () => void }
}

let current: Notice | null = null
let nextId = 1
const listeners = new Set<() => void>()
const emit = () => listeners.forEach((listener) => listener())

export function showNotice(message: string, action?: Notice['action']): void {
  current = { id: nextId++, message, action }
  emit()
}

/**
 * A message that claims a change was made ("Saved", "Check-in saved.", "Removed …"): shown
 * only once the change is on disk. When it is not, the person hears that instead, and the
 * note at the top of the page says what to do.
 */
export function showSavedNotice(message: string, action?: Notice['action']): void {
  // Persistence is loaded once anything could have been saved; importing it lazily keeps it off the first paint.
  import('../../sync/persistence').then(({ whenAllStored }) => whenAllStored()).then(
    () => showNotice(message, action),
    () => showNotice(sharedCatalogue.format('shared.storage.notSavedToast')),
  )
}

export function dismissNotice(id?: number): void {
  if (current && (id === undefined || current.id === id)) {
    current = null
    emit()
  }
}

export function useNotice(): Notice | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => current,
  )
}
