import { useEffect, useRef, useState, type ComponentType } from 'react'
import type { HelperStore } from '../../store/roles/helperStore'
import { href } from '../hooks/router'
import { useDocSnapshot } from '../hooks/useRoleDoc'
import { useNow } from '../hooks/useNow'
import { CrisisHelp } from '../shared/CrisisHelp'
import { NoticeToast } from '../shared/NoticeToast'
import { sharedText } from '../shared/text'
import { AboutScreen } from './AboutScreen'
import { OfferScreen } from './OfferScreen'
import { TasksScreen } from './TasksScreen'
import { helperText } from './text'
import type { HelperScreenProps } from './types'

const t = helperText

const screens: Array<{ route: string; label: string; view: ComponentType<HelperScreenProps> }> = [
  { route: 'tasks', label: t.tabs.tasks, view: TasksScreen },
  { route: 'offer', label: t.tabs.offer, view: OfferScreen },
  { route: 'about', label: t.tabs.about, view: AboutScreen },
]

export interface HelperViewProps {
  docId: string
  store: HelperStore
  /** The route after `#/h/<docId>/`: `tasks`, `offer` or `about`. */
  path: string[]
  /** The current instant; the live clock when left out (tests pass a fixed one). */
  now?: number
  /** Called once when the coordinator has ended this helper's part: forget the document here. */
  onRevoked?: () => Promise<void> | void
}

/** A helper's own phone, once their document is open: each state of the document, then their screens. */
export function HelperView({ docId, store, path, now: fixedNow, onRevoked }: HelperViewProps) {
  const snapshot = useDocSnapshot(store)
  const liveNow = useNow()
  const now = fixedNow ?? liveNow
  const forgotten = useRef(false)
  const [forgetting, setForgetting] = useState<'pending' | 'done' | 'failed'>('done')
  const { state, joined } = snapshot

  useEffect(() => {
    // Joining tells the coordinator this phone has the link; a revoked document is not rejoined.
    if ((state === 'ready' || state === 'waiting') && !joined) store.join(now)
  }, [store, state, joined, now])
  useEffect(() => {
    if (state !== 'revoked' || forgotten.current) return
    forgotten.current = true
    if (!onRevoked) return
    setForgetting('pending')
    Promise.resolve()
      .then(onRevoked)
      .then(() => setForgetting('done'), () => setForgetting('failed'))
  }, [state, onRevoked])

  if (state === 'revoked') {
    // Say "this phone no longer keeps any of it" only once that is true.
    const message = forgetting === 'pending' ? t.states.forgetting : forgetting === 'failed' ? t.states.forgetFailed : t.states.revoked
    return <Message title={t.states.revokedTitle} message={message} />
  }
  if (state === 'too-new') return <Message title={sharedText.appName} message={t.states.tooNew} warning />
  if (state === 'waiting' || !snapshot.brief) return <Message title={t.states.waitingTitle} message={t.states.waiting} />

  const brief = snapshot.brief
  const [route = 'tasks'] = path
  const screen = screens.find((s) => s.route === route) ?? screens[0]
  const Screen = screen.view
  const coordinator = firstName(brief.coordinatorName) || brief.coordinatorName
  const crisis = brief.crisisResources.map((resource, index) => ({ id: String(index), ...resource }))

  return (
    <div className="circle-layout">
      <a className="skip-link" href="#main">{sharedText.skipToContent}</a>
      <header className="top-bar">
        <a className="top-home" href={href('')}>
          <span aria-hidden="true">‹</span>
          <span className="visually-hidden">{t.allCircles}</span>
        </a>
        <p className="top-title">{t.title(brief.recipientFirstName)}</p>
        <CrisisHelp resources={crisis} />
      </header>
      <nav className="tabs" aria-label={t.nav}>
        {screens.map((s) => (
          <a key={s.route} href={href(`h/${docId}/${s.route}`)} aria-current={s === screen ? 'page' : undefined}>{s.label}</a>
        ))}
      </nav>
      <Screen store={store} snapshot={snapshot} brief={brief} coordinator={coordinator} now={now} />
      <NoticeToast />
    </div>
  )
}

const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? ''

/** A whole-page message for the states before and after the helper's part. */
function Message({ title, message, warning = false }: { title: string; message: string; warning?: boolean }) {
  return (
    <main id="main" className="page role-message">
      <h1>{title}</h1>
      <p className={warning ? 'notice warning' : 'lead'} role="status">{message}</p>
      <a className="button block" href={href('')}>{t.states.home}</a>
    </main>
  )
}
