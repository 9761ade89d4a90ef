import type { ReactNode } from 'react'
import type { HelperSnapshot } from '../../store/roles/helperStore'
import { openHelperDoc } from '../../sync/roleDocs'
import { RoleLive } from '../shared/RoleLive'
import { HelperView } from './HelperView'
import { helperCatalogue } from '../../i18n/catalogues/helper'
import { stateWords } from '../shared/stateWords'

const t = helperCatalogue.format

const entryOf = ({ brief }: HelperSnapshot) => !brief?.recipientFirstName ? null : {
  label: t('helper.title', { recipient: brief.recipientFirstName }), timeZone: brief.timeZone, ended: brief.circleStatus === 'archived', resting: brief.resting === true,
}

/**
 * A helper's phone with their document open: Yjs, the stores and sync, loaded by HelperApp right
 * after the first paint. Until the stored document is loaded, what was painted stays on screen.
 */
export function HelperLive({ docId, path, painted }: { docId: string; path: string[]; painted: ReactNode }) {
  return (
    <RoleLive docId={docId} role="helper" path={path} open={openHelperDoc} painted={painted} words={stateWords(helperCatalogue)} entry={entryOf}>
      {(store, forget) => <HelperView docId={docId} store={store} path={path} onRevoked={forget} />}
    </RoleLive>
  )
}
