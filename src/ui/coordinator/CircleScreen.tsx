import { useEffect } from 'react'
import { touchCircle } from '../../local/circles'
import type { MapSnapshot, MapStore } from '../../store'
import { href } from '../hooks/router'
import { useMapCircle, useMapSnapshot } from '../hooks/useMapStore'
import { CrisisHelp } from '../shared/CrisisHelp'
import { NoticeToast } from '../shared/NoticeToast'
import { sharedText } from '../shared/text'
import { BoundariesScreen } from './BoundariesScreen'
import { CircleSettings } from './CircleSettings'
import { NeedForm } from './NeedForm'
import { NeedsScreen } from './NeedsScreen'
import { text } from './text'

export interface CircleViewProps {
  docId: string
  store: MapStore
  snapshot: MapSnapshot & { circle: NonNullable<MapSnapshot['circle']> }
}

export function CircleScreen({ docId, path }: { docId: string; path: string[] }) {
  const loaded = useMapCircle(docId)
  if (loaded.status === 'loading') return <main id="main" className="page"><p className="muted">{sharedText.loading}</p></main>
  if (loaded.status === 'error') return <Problem message={sharedText.storageSlow} />
  return <LoadedCircle docId={docId} store={loaded.store} path={path} />
}

function LoadedCircle({ docId, store, path }: { docId: string; store: MapStore; path: string[] }) {
  const snapshot = useMapSnapshot(store)
  const label = snapshot.circle?.recipientName
  useEffect(() => {
    if (label) touchCircle(docId, { label, now: Date.now() }).catch(() => undefined)
  }, [docId, label])
  if (!snapshot.circle) return <Problem message={snapshot.state === 'too-new' ? sharedText.tooNew : text.errors.notFound} />
  const props: CircleViewProps = { docId, store, snapshot: snapshot as CircleViewProps['snapshot'] }
  const [tab = 'needs', ...rest] = path
  const tabs = [
    ['needs', text.nav.needs],
    ['boundaries', text.nav.boundaries],
    ['circle', text.nav.circle],
  ] as const

  return (
    <div className="circle-layout">
      <a className="skip-link" href="#main">{sharedText.skipToContent}</a>
      <header className="top-bar">
        <a className="top-home" href={href('')} aria-label={text.nav.allCircles}>
          <span aria-hidden="true">‹</span>
        </a>
        <p className="top-title">{snapshot.circle.recipientName}</p>
        <CrisisHelp resources={snapshot.circle.crisisResources} />
      </header>
      <nav className="tabs" aria-label={`${snapshot.circle.recipientName}’s circle`}>
        {tabs.map(([key, label]) => (
          <a key={key} href={href(`c/${docId}/${key}`)} aria-current={tab === key ? 'page' : undefined}>
            {label}
          </a>
        ))}
      </nav>
      {snapshot.state === 'too-new' && <p className="notice warning">{sharedText.tooNew}</p>}
      {snapshot.problems.length > 0 && <p className="notice">{sharedText.unreadable(snapshot.problems.length)}</p>}
      {tab === 'needs' && rest[0] === 'new' && <NeedForm {...props} />}
      {tab === 'needs' && rest[0] && rest[0] !== 'new' && <NeedForm {...props} needId={rest[0]} />}
      {tab === 'needs' && !rest[0] && <NeedsScreen {...props} />}
      {tab === 'boundaries' && <BoundariesScreen {...props} />}
      {tab === 'circle' && <CircleSettings {...props} />}
      <NoticeToast />
    </div>
  )
}

function Problem({ message }: { message: string }) {
  return (
    <main id="main" className="page">
      <p className="notice warning" role="alert">{message}</p>
      <a className="button block" href={href('')}>{text.errors.backHome}</a>
    </main>
  )
}
