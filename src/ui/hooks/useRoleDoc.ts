import { useEffect, useState, useSyncExternalStore } from 'react'
import type { DocStore } from '../../store/roles/docStore'
import type { OpenRoleDoc } from '../../sync/roleDocs'

export type RoleDocState<S> = { status: 'loading' } | { status: 'ready'; store: S } | { status: 'error'; error: Error }

/**
 * Opens (once per page) a helper's or recipient's own document: ready as soon as what this
 * device stores is loaded; going online happens behind it, and fails the screen only when the
 * circle is not on this device at all.
 */
export function useRoleDoc<S>(docId: string, open: (docId: string) => OpenRoleDoc<S>): RoleDocState<S> {
  const [state, setState] = useState<RoleDocState<S>>({ status: 'loading' })
  useEffect(() => {
    let live = true
    const opened = open(docId)
    const fail = (error: Error) => live && setState({ status: 'error', error })
    opened.ready.then(() => live && setState({ status: 'ready', store: opened.store }), fail)
    opened.online.catch(fail)
    return () => {
      live = false
    }
  }, [docId, open])
  return state
}

export function useDocSnapshot<S>(store: DocStore<S>): S {
  return useSyncExternalStore(store.subscribe, store.getSnapshot)
}
