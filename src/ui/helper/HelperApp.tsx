import { readHelperPaint } from '../../sync/helperPaint'
import { isFirstScreen } from '../../sync/firstPaint'
import { PaintThenLive } from '../shared/PaintThenLive'
import { HelperView } from './HelperView'
import type { OpenedHelperDoc } from './HelperLive'

const loadLive = () => import('./HelperLive')

/**
 * `#/h/<docId>/…`: a helper's own phone. Their tasks are painted at once from the copy stored
 * beside their document (sync/firstPaint.ts), with no Yjs; then the document, the store and sync
 * load (HelperLive) and take over the same screen. Until then nothing can be sent.
 */
export function HelperApp({ docId, path }: { docId: string; path: string[] }) {
  return (
    <PaintThenLive readPaint={() => readHelperPaint(docId)} paintable={isFirstScreen('helper', path)} load={loadLive}
      view={(opened: OpenedHelperDoc | null, painted) => <HelperView docId={docId} store={opened?.store ?? null} painted={painted ?? undefined} path={path} onRevoked={opened?.forget} />}
      live={(live, onState) => <live.HelperLive docId={docId} path={path} onState={onState} />} />
  )
}
