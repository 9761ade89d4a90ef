import { useCallback } from 'react'
import type { RecipientSnapshot, RecipientStore } from '../../store/roles/recipientStore'
import { openRecipientDoc } from '../../sync/roleDocs'
import { coordinatingMapOf } from '../../sync/ownView'
import { useDeviceCircles } from '../hooks/useDeviceCircles'
import { RoleLive, type OpenedRoleDoc } from '../shared/RoleLive'
import type { LiveState } from '../shared/PaintThenLive'
import { recipientCatalogue } from '../../i18n/catalogues/recipient'
import { stateWords } from '../shared/stateWords'

const t = recipientCatalogue.format

const entryOf = ({ circle }: RecipientSnapshot) => !circle?.recipientName ? null : {
  label: t('recipient.title', { name: circle.recipientName }), timeZone: circle.timeZone, ended: circle.status === 'archived', resting: circle.resting !== undefined,
}

export interface OpenedRecipientDoc extends OpenedRoleDoc<RecipientStore> {
  /** The map this device also coordinates this circle with (the person's own circle), if it does. */
  coordinatingHere: string | null
}

/**
 * The recipient's phone with their document open: Yjs, the store and sync, loaded by RecipientApp
 * right after the first paint, beside the painted Today, which stays on screen until the document is open.
 */
export function RecipientLive({ docId, path, onState }: { docId: string; path: string[]; onState: (state: LiveState<OpenedRecipientDoc>) => void }) {
  // The person's own circle, coordinated on this device too: one tap back to coordinating (sync/ownView.ts).
  const { circles } = useDeviceCircles()
  const coordinatingHere = circles ? coordinatingMapOf(circles.find((c) => c.docId === docId), circles) : null
  const withCoordinating = useCallback((state: LiveState<OpenedRoleDoc<RecipientStore>>) => onState(
    state.status === 'ready' ? { status: 'ready', opened: { ...state.opened, coordinatingHere } } : state,
  ), [onState, coordinatingHere])
  return <RoleLive docId={docId} role="recipient" path={path} open={openRecipientDoc} words={stateWords(recipientCatalogue)} entry={entryOf} onState={withCoordinating} />
}
