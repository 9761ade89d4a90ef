import type { CommandResult, MapStore } from '../../store'
import { sharedCatalogue } from '../../i18n'
import { showNotice, type NoticeAction } from './notice'

const say = sharedCatalogue.format

/**
 * "Undo" for the toast that names one command's change: it takes back that change only, and
 * leaves the toast as soon as anything else is done on this device (the toast then just says what
 * was done). What other devices write is never undone. None when the command changed nothing.
 */
export function undoAction(store: MapStore, result: CommandResult): NoticeAction | undefined {
  const token = result.ok ? result.undo : undefined
  if (!token) return undefined
  return {
    label: say('shared.undo'),
    run: () => {
      if (!store.undo(token)) showNotice(say('shared.undoGone'))
    },
    watch: (gone) => {
      // Shown once the change is stored: something may have been done meanwhile.
      if (!store.canUndo(token)) {
        gone()
        return () => undefined
      }
      return store.subscribe(() => {
        if (!store.canUndo(token)) gone()
      })
    },
  }
}
