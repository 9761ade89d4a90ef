import { useCallback, useEffect, type ReactNode } from 'react'
import { touchCircle } from '../../local/circles'
import type { MovedTo } from '../../store/fold/fresh'
import type { DocStore } from '../../store/roles/docStore'
import { isFirstScreen } from '../../sync/firstPaint'
import { forgetRoleDoc, type OpenRoleDoc } from '../../sync/roleDocs'
import { useStoredFirstScreen } from './bootScreen'
import { useFreshDocument } from '../hooks/useFreshDocument'
import { useDocSnapshot, useRoleDoc } from '../hooks/useRoleDoc'
import { OpenFailedMessage, type StateWords } from './RoleShell'

/** What the device's list of circles shows for a person's document, once it says. */
export interface CircleEntry {
  label: string
  timeZone: string
  ended: boolean
  resting: boolean
}

type RoleSnapshot = { state: string; movedTo: MovedTo | null; replaces: string | null }

export interface RoleLiveProps<Snapshot extends RoleSnapshot, S extends DocStore<Snapshot>> {
  docId: string
  role: 'helper' | 'recipient'
  path: string[]
  open: (docId: string) => OpenRoleDoc<S>
  /** Shown until the stored document is loaded: the screen painted from its copy, or "Loading". */
  painted: ReactNode
  words: StateWords
  /** The list's entry for this document; null before the first sync brought its name. */
  entry: (snapshot: Snapshot) => CircleEntry | null
  /** The person's screens over the open document; `forget` clears it from this device once revoked. */
  children: (store: S, forget: () => Promise<void>) => ReactNode
}

/**
 * The live part of a helper's or the recipient's phone (loaded behind PaintThenLive): opens their
 * document from IndexedDB, keeps what was painted on screen until it is loaded, follows a move to
 * a fresh document, and keeps the device's list of circles up to date.
 */
export function RoleLive<Snapshot extends RoleSnapshot, S extends DocStore<Snapshot>>(props: RoleLiveProps<Snapshot, S>) {
  const opened = useRoleDoc(props.docId, props.open)
  if (opened.status === 'loading') return props.painted
  if (opened.status === 'error') return <OpenFailedMessage error={opened.error} words={props.words} />
  return <OpenRole {...props} store={opened.store} />
}

function OpenRole<Snapshot extends RoleSnapshot, S extends DocStore<Snapshot>>({ docId, role, path, store, entry, children }: RoleLiveProps<Snapshot, S> & { store: S }) {
  const snapshot = useDocSnapshot(store)
  useFreshDocument(docId, role, snapshot.movedTo, snapshot.replaces, path)
  // The next launch shows this screen's markup before any script runs (bootScreen.ts).
  useStoredFirstScreen(docId, role, store, snapshot, isFirstScreen(role, path))
  const { label, timeZone, ended, resting } = entry(snapshot) ?? {}
  useEffect(() => {
    // The device's list of circles shows this name, and whether the support ended or rests; before the first sync it has none.
    if (!label || !timeZone) return
    const ending = ended ? { followUps: { oneMonth: null, threeMonths: null }, timeZone } : null
    touchCircle(docId, { label, ending, resting, now: Date.now() }).catch(() => undefined)
  }, [docId, label, timeZone, ended, resting])
  // Revocation clears the whole local database and the device's entry, not just the Yjs content.
  const forget = useCallback(() => forgetRoleDoc(docId), [docId])
  return children(store, forget)
}
