import { useEffect, useState, useSyncExternalStore } from 'react'
import type { DocStore } from '../../store/roles/docStore'
import type { OpenRoleDoc } from '../../sync/roleDocs'

export type RoleDocState<S> = { status: 'loading' } | { status: 'ready'; store: S } | { status: 'error'; error: Error }

/** Opens (once per page) a helper's or recipient's own document and waits until it is loaded. */
export function useRoleDoc<S>(docId: string, open: (docId: string) => OpenRoleDoc<S>): RoleDocState<S> {
  const [state, setState] = useState<RoleDocState<S>>({ status: 'loading' })
  useEffect(() => {
    let live = true
    const opened = open(docId)
    opened.ready.then(
      () => live && setState({ status: 'ready', store: opened.store }),
      (error: Error) => live && setState({ status: 'error', error }),
    )
    return () => {
      live = false
    }
  }, [docId, open])
  return state
}

export function useDocSnapshot<S>(store: DocStore<S>): S {
  return useSyncExternalStore(store.subscribe, store.getSnapshot)
}
