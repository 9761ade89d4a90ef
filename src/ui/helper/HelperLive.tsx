import { useCallback, useEffect, type ReactNode } from 'react'
import { touchCircle } from '../../local/circles'
import type { HelperStore } from '../../store/roles/helperStore'
import { forgetRoleDoc, openHelperDoc } from '../../sync/roleDocs'
import { useFreshDocument } from '../hooks/useFreshDocument'
import { useDocSnapshot, useRoleDoc } from '../hooks/useRoleDoc'
import { OpenFailedMessage } from '../shared/RoleShell'
import { HelperView } from './HelperView'
import { helperCatalogue } from '../../i18n/catalogues/helper'
import { stateWords } from '../shared/stateWords'

const t = helperCatalogue.format

/**
 * A helper's phone with their document open: Yjs, the stores and sync, loaded by HelperApp right
 * after the first paint. Until the stored document is loaded, what was painted stays on screen.
 */
export function HelperLive({ docId, path, painted }: { docId: string; path: string[]; painted: ReactNode }) {
  const opened = useRoleDoc(docId, openHelperDoc)
  if (opened.status === 'loading') return painted
  if (opened.status === 'error') return <OpenFailedMessage error={opened.error} words={stateWords(helperCatalogue)} />
  return <OpenHelper docId={docId} store={opened.store} path={path} />
}

function OpenHelper({ docId, store, path }: { docId: string; store: HelperStore; path: string[] }) {
  const snapshot = useDocSnapshot(store)
  const brief = snapshot.brief
  useFreshDocument(docId, 'helper', snapshot.movedTo, snapshot.replaces, path)
  const recipient = brief?.recipientFirstName
  const timeZone = brief?.timeZone
  const ended = brief?.circleStatus === 'archived'
  const resting = brief?.resting === true
  useEffect(() => {
    // The device's list of circles shows this name, and whether the support ended or rests; before the first sync it has none.
    if (!recipient || !timeZone) return
    const ending = ended ? { followUps: { oneMonth: null, threeMonths: null }, timeZone } : null
    touchCircle(docId, { label: t('helper.title', { recipient }), ending, resting, now: Date.now() }).catch(() => undefined)
  }, [docId, recipient, timeZone, ended, resting])
  // Revocation clears the whole local database and the device's entry, not just the Yjs content.
  const forget = useCallback(() => forgetRoleDoc(docId), [docId])
  return <HelperView docId={docId} store={store} path={path} onRevoked={forget} />
}
