import type { ReactNode } from 'react'
import type { RecipientSnapshot, RecipientStore } from '../../store/roles/recipientStore'
import { openRecipientDoc } from '../../sync/roleDocs'
import { coordinatingMapOf } from '../../sync/ownView'
import { useDeviceCircles } from '../hooks/useDeviceCircles'
import { RoleLive } from '../shared/RoleLive'
import { RecipientView } from './RecipientView'
import { recipientCatalogue } from '../../i18n/catalogues/recipient'
import { stateWords } from '../shared/stateWords'

const t = recipientCatalogue.format

const entryOf = ({ circle }: RecipientSnapshot) => !circle?.recipientName ? null : {
  label: t('recipient.title', { name: circle.recipientName }), timeZone: circle.timeZone, ended: circle.status === 'archived', resting: circle.resting !== undefined,
}

/**
 * The recipient's phone with their document open: Yjs, the store and sync, loaded by RecipientApp
 * right after the first paint. Until the stored document is loaded, what was painted stays on screen.
 */
export function RecipientLive({ docId, path, painted }: { docId: string; path: string[]; painted: ReactNode }) {
  return (
    <RoleLive docId={docId} role="recipient" path={path} open={openRecipientDoc} painted={painted} words={stateWords(recipientCatalogue)} entry={entryOf}>
      {(store, forget) => <OpenRecipient docId={docId} store={store} path={path} forget={forget} />}
    </RoleLive>
  )
}

function OpenRecipient({ docId, store, path, forget }: { docId: string; store: RecipientStore; path: string[]; forget: () => Promise<void> }) {
  // The person's own circle, coordinated on this device too: one tap back to coordinating (sync/ownView.ts).
  const { circles } = useDeviceCircles()
  const coordinatingHere = circles ? coordinatingMapOf(circles.find((c) => c.docId === docId), circles) : null
  return <RecipientView docId={docId} store={store} path={path} onRevoked={forget} coordinatingHere={coordinatingHere} />
}
