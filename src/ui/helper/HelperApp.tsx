import { readHelperPaint } from '../../sync/helperPaint'
import { isFirstScreen } from '../../sync/firstPaint'
import { PaintThenLive } from '../shared/PaintThenLive'
import { HelperView } from './HelperView'

const loadLive = () => import('./HelperLive')

/**
 * `#/h/<docId>/…`: a helper's own phone. Their tasks are painted at once from the copy stored
 * beside their document (sync/firstPaint.ts), with no Yjs; then the document, the store
 * and sync load (HelperLive) and take over the same screen. Until then nothing can be sent.
 */
export function HelperApp({ docId, path }: { docId: string; path: string[] }) {
  return (
    <PaintThenLive readPaint={() => readHelperPaint(docId)} paintable={isFirstScreen('helper', path)} load={loadLive}
      paint={(painted) => <HelperView docId={docId} store={null} painted={painted} path={path} />}
      live={(live, painted) => <live.HelperLive docId={docId} path={path} painted={painted} />} />
  )
}
