import { readRecipientPaint } from '../../sync/recipientPaint'
import { isFirstScreen } from '../../sync/firstPaint'
import { PaintThenLive } from '../shared/PaintThenLive'
import { RecipientView } from './RecipientView'
import type { OpenedRecipientDoc } from './RecipientLive'

const loadLive = () => import('./RecipientLive')

/**
 * `#/r/<docId>/…`: the recipient's own phone. Their Today is painted at once from the copy stored
 * beside their document (sync/firstPaint.ts), with no Yjs; then the document, the store and sync
 * load (RecipientLive) and take over the same screen. Until then nothing can be sent.
 */
export function RecipientApp({ docId, path }: { docId: string; path: string[] }) {
  return (
    <PaintThenLive readPaint={() => readRecipientPaint(docId)} paintable={isFirstScreen('recipient', path)} load={loadLive}
      view={(opened: OpenedRecipientDoc | null, painted) => (
        <RecipientView docId={docId} store={opened?.store ?? null} painted={painted ?? undefined} path={path} onRevoked={opened?.forget} coordinatingHere={opened?.coordinatingHere ?? null} />
      )}
      live={(live, onState) => <live.RecipientLive docId={docId} path={path} onState={onState} />} />
  )
}
