import { useCallback, useEffect, useMemo } from 'react'
import { touchCircle } from '../../local/circles'
import type { MovedTo } from '../../store/fold/fresh'
import type { DocStore } from '../../store/roles/docStore'
import { isFirstScreen } from '../../sync/firstPaint'
import { forgetRoleDoc, type OpenRoleDoc } from '../../sync/roleDocs'
import { useStoredFirstScreen } from './bootScreen'
import type { LiveState } from './PaintThenLive'
import { useFreshDocument } from '../hooks/useFreshDocument'
import { useDocSnapshot, useRoleDoc } from '../hooks/useRoleDoc'
import { OpenFailedMessage, type StateWords } from './RoleShell'
import { afterStartUp } from './afterStartUp'

/** What the device's list of circles shows for a person's document, once it says. */
export interface CircleEntry {
  label: string
  timeZone: string
  ended: boolean
  resting: boolean
}

type RoleSnapshot = { state: string; movedTo: MovedTo | null; replaces: string | null }

/** The open document, as the person's screens take it: its store, and `forget` to clear it from this device once revoked. */
export interface OpenedRoleDoc<S> {
  store: S
  forget: () => Promise<void>
}

export interface RoleLiveProps<Snapshot extends RoleSnapshot, S extends DocStore<Snapshot>> {
  docId: string
  role: 'helper' | 'recipient'
  path: string[]
  open: (docId: string) => OpenRoleDoc<S>
  words: StateWords
  /** The list's entry for this document; null before the first sync brought its name. */
  entry: (snapshot: Snapshot) => CircleEntry | null
  /** Told when the document is open (PaintThenLive hands it to the person's screens) or could not be. */
  onState: (state: LiveState<OpenedRoleDoc<S>>) => void
}

/**
 * The live part of a helper's or the recipient's phone (loaded behind PaintThenLive, beside their
 * screens): opens their document from IndexedDB and says when it is open, follows a move to a
 * fresh document, and keeps the device's list of circles up to date. It draws nothing itself but
 * the reason a document could not be opened.
 */
export function RoleLive<Snapshot extends RoleSnapshot, S extends DocStore<Snapshot>>(props: RoleLiveProps<Snapshot, S>) {
  const opened = useRoleDoc(props.docId, props.open)
  const { onState } = props
  const failed = opened.status === 'error'
  useEffect(() => {
    if (failed) onState({ status: 'failed' })
  }, [failed, onState])
  if (opened.status === 'loading') return null
  if (opened.status === 'error') return <OpenFailedMessage error={opened.error} words={props.words} />
  return <OpenRole {...props} store={opened.store} />
}

function OpenRole<Snapshot extends RoleSnapshot, S extends DocStore<Snapshot>>({ docId, role, path, store, entry, onState }: RoleLiveProps<Snapshot, S> & { store: S }) {
  const snapshot = useDocSnapshot(store)
  useFreshDocument(docId, role, snapshot.movedTo, snapshot.replaces, path)
  // The next launch shows this screen's markup before any script runs (bootScreen.ts).
  useStoredFirstScreen(docId, role, store, snapshot, isFirstScreen(role, path))
  // Revocation clears the whole local database and the device's entry, not just the Yjs content.
  const forget = useCallback(() => forgetRoleDoc(docId), [docId])
  const opened = useMemo(() => ({ store, forget }), [store, forget])
  useEffect(() => onState({ status: 'ready', opened }), [opened, onState])
  const { label, timeZone, ended, resting } = entry(snapshot) ?? {}
  useEffect(() => {
    // The device's list of circles shows this name, and whether the support ended or rests; before the first sync it has none.
    if (!label || !timeZone) return
    const ending = ended ? { followUps: { oneMonth: null, threeMonths: null }, timeZone } : null
    const now = Date.now()
    // Once the screen is up: the device database is not needed to draw it.
    let current = true
    afterStartUp().then(() => (current ? touchCircle(docId, { label, ending, resting, now }) : undefined)).catch(() => undefined)
    return () => {
      current = false
    }
  }, [docId, label, timeZone, ended, resting])
  return null
}
