import { useCallback, useEffect } from 'react'
import { touchCircle } from '../../local/circles'
import type { RecipientStore } from '../../store/roles/recipientStore'
import { forgetRoleDoc, openRecipientDoc } from '../../sync/roleDocs'
import { useFreshDocument } from '../hooks/useFreshDocument'
import { useDocSnapshot, useRoleDoc } from '../hooks/useRoleDoc'
import { OpenFailedMessage } from '../shared/RoleShell'
import { useDeviceCircles } from '../hooks/useDeviceCircles'
import { coordinatingMapOf } from '../../sync/ownView'
import { sharedCatalogue } from '../../i18n'
import { RecipientView } from './RecipientView'
import { recipientCatalogue } from '../../i18n/catalogues/recipient'
import { stateWords } from '../shared/stateWords'

const say = sharedCatalogue.format
const t = recipientCatalogue.format

/** `#/r/<docId>/…`: the recipient's own phone. Opens their document, then hands over to RecipientView. */
export function RecipientApp({ docId, path }: { docId: string; path: string[] }) {
  const opened = useRoleDoc(docId, openRecipientDoc)
  if (opened.status === 'loading') return <main id="main" className="page"><p className="muted">{say('shared.loading')}</p></main>
  if (opened.status === 'error') return <OpenFailedMessage error={opened.error} words={stateWords(recipientCatalogue)} />
  return <OpenRecipient docId={docId} store={opened.store} path={path} />
}

function OpenRecipient({ docId, store, path }: { docId: string; store: RecipientStore; path: string[] }) {
  const snapshot = useDocSnapshot(store)
  const circle = snapshot.circle
  useFreshDocument(docId, 'recipient', snapshot.movedTo, snapshot.replaces, path)
  const recipient = circle?.recipientName
  const timeZone = circle?.timeZone
  const ended = circle?.status === 'archived'
  const resting = circle?.resting !== undefined
  useEffect(() => {
    // The device's list of circles shows this name, and whether the support ended or rests; before the first sync it has none.
    if (!recipient || !timeZone) return
    const ending = ended ? { followUps: { oneMonth: null, threeMonths: null }, timeZone } : null
    touchCircle(docId, { label: t('recipient.title', { name: recipient }), ending, resting, now: Date.now() }).catch(() => undefined)
  }, [docId, recipient, timeZone, ended, resting])
  // Revocation clears the whole local database and the device's entry, not just the Yjs content.
  const forget = useCallback(() => forgetRoleDoc(docId), [docId])
  // The person's own circle, coordinated on this device too: one tap back to coordinating (sync/ownView.ts).
  const { circles } = useDeviceCircles()
  const coordinatingHere = circles ? coordinatingMapOf(circles.find((c) => c.docId === docId), circles) : null
  return <RecipientView docId={docId} store={store} path={path} onRevoked={forget} coordinatingHere={coordinatingHere} />
}
