import { useEffect } from 'react'
import { prepareHelperValidators, type HelperSnapshot, type HelperStore } from '../../store/roles/helperStore'
import { yieldToPage } from '../../sync/slices'
import { openHelperDoc } from '../../sync/roleDocs'
import { RoleLive, type OpenedRoleDoc } from '../shared/RoleLive'
import type { LiveState } from '../shared/PaintThenLive'
import { helperCatalogue } from '../../i18n/catalogues/helper'
import { stateWords } from '../shared/stateWords'

const t = helperCatalogue.format

const entryOf = ({ brief }: HelperSnapshot) => !brief?.recipientFirstName ? null : {
  label: t('helper.title', { recipient: brief.recipientFirstName }), timeZone: brief.timeZone, ended: brief.circleStatus === 'archived', resting: brief.resting === true,
}

export type OpenedHelperDoc = OpenedRoleDoc<HelperStore>

/**
 * A helper's phone with their document open: Yjs, the stores and sync, loaded by HelperApp right
 * after the first paint, beside the painted tasks, which stay on screen until the document is open.
 */
export function HelperLive({ docId, path, onState }: { docId: string; path: string[]; onState: (state: LiveState<OpenedHelperDoc>) => void }) {
  // While IndexedDB opens the document (RoleLive's effect, which runs first), the snapshot's validators are built in short tasks.
  useEffect(() => void prepareHelperValidators(yieldToPage), [])
  return <RoleLive docId={docId} role="helper" path={path} open={openHelperDoc} words={stateWords(helperCatalogue)} entry={entryOf} onState={onState} />
}
