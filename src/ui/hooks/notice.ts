import { useSyncExternalStore } from 'react'
import { sharedCatalogue } from '../../i18n'

/**
 * One short-lived message at a time ("Removed “Walk Bruno”. Undo"), shown by <NoticeToast>.
 *
 * Across a change of screen: a message alone ("Saved: Sam.", "Stopped sharing…") says what was
 * done, which the next screen shows too, so it stays its full time. A message with a button
 * ("Undo") belongs to the screen it was shown on: on another screen "Undo" would seem to act on
 * what is there, so the toast host drops it when the address changes (`screen`).
 */
export interface NoticeAction {
  label: string
  run: () => void
  /**
   * Calls `gone` once the action would no longer do what the message says (Undo after another
   * change, undoAction.ts): the toast then keeps its message without the button. Returns how to stop.
   */
  watch?: (gone: () => void) => () => void
}

export interface Notice {
  id: number
  message: string
  action?: NoticeAction
  /** The address (`location.hash`) a notice with an action belongs to; null for a message alone. */
  screen: string | null
}

let current: Notice | null = null
let nextId = 1
let stopWatching: (() => void) | null = null
const listeners = new Set<() => void>()
const emit = () => listeners.forEach((listener) => listener())

function show(notice: Notice | null) {
  stopWatching?.()
  stopWatching = null
  current = notice
  const watch = notice?.action?.watch
  if (notice && watch) {
    stopWatching = watch(() => {
      // The message stays, on any screen, without its button.
      if (current?.id === notice.id) show({ ...notice, action: undefined, screen: null })
    })
  }
  emit()
}

export function showNotice(message: string, action?: NoticeAction): void {
  // Read when shown, not when asked for: a saved notice is shown after the screen its action
  // moved to (a form saved, back to the list) is already in the address.
  const screen = action && typeof location !== 'undefined' ? location.hash : null
  show({ id: nextId++, message, action, screen })
}

/**
 * A message that claims a change was made ("Saved", "Check-in saved.", "Removed …"): shown
 * only once the change is on disk. When it is not, the person hears that instead, and the
 * note at the top of the page says what to do.
 */
export function showSavedNotice(message: string, action?: NoticeAction): void {
  // Persistence is loaded once anything could have been saved; importing it lazily keeps it off the first paint.
  import('../../sync/persistence').then(({ whenAllStored }) => whenAllStored()).then(
    () => showNotice(message, action),
    () => showNotice(sharedCatalogue.format('shared.storage.notSavedToast')),
  )
}

export function dismissNotice(id?: number): void {
  if (current && (id === undefined || current.id === id)) show(null)
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
