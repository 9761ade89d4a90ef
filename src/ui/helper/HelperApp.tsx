import { useState } from 'react'
import { readHelperPaint } from '../../sync/firstPaint'
import { useAfterFirstPaint } from '../hooks/useAfterFirstPaint'
import { PaintBoundary } from '../shared/PaintBoundary'
import { sharedCatalogue } from '../../i18n'
import { HelperView } from './HelperView'

const say = sharedCatalogue.format
const loadLive = () => import('./HelperLive')

/**
 * `#/h/<docId>/…`: a helper's own phone. Their tasks are painted at once from the copy stored
 * beside their document (sync/firstPaint.ts), with no Yjs; then the document, the store
 * and sync load (HelperLive) and take over the same screen. Until then nothing can be sent.
 */
export function HelperApp({ docId, path }: { docId: string; path: string[] }) {
  // Read once per opening: the live document replaces it, never the other way round.
  const [painted] = useState(() => readHelperPaint(docId))
  const tasksScreen = (path[0] ?? 'tasks') === 'tasks'
  const live = useAfterFirstPaint(loadLive, painted !== null && tasksScreen)
  const loading = <main id="main" className="page"><p className="muted">{say('shared.loading')}</p></main>
  const paint = painted && tasksScreen
    ? <PaintBoundary fallback={loading}><HelperView docId={docId} store={null} painted={painted} path={path} /></PaintBoundary>
    : loading
  if (!live) return paint
  return <live.HelperLive docId={docId} path={path} painted={paint} />
}
