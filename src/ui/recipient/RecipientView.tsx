import { useEffect, useRef, useState, type ComponentType } from 'react'
import type { RecipientStore } from '../../store/roles/recipientStore'
import { href } from '../hooks/router'
import { useDocSnapshot } from '../hooks/useRoleDoc'
import { useNow } from '../hooks/useNow'
import { CrisisHelp } from '../shared/CrisisHelp'
import { NoticeToast } from '../shared/NoticeToast'
import { sharedText } from '../shared/text'
import { CheckInsScreen } from './CheckInsScreen'
import { NeedsScreen } from './NeedsScreen'
import { recipientText } from './text'
import { TodayScreen } from './TodayScreen'
import type { RecipientScreenProps } from './types'

const t = recipientText

const screens: Array<{ route: string; label: string; view: ComponentType<RecipientScreenProps> }> = [
  { route: 'today', label: t.tabs.today, view: TodayScreen },
  { route: 'needs', label: t.tabs.needs, view: NeedsScreen },
  { route: 'check-ins', label: t.tabs.checkIns, view: CheckInsScreen },
]

export interface RecipientViewProps {
  docId: string
  store: RecipientStore
  /** The route after `#/r/<docId>/`: `today`, `needs` or `check-ins`. */
  path: string[]
  /** The current instant; the live clock when left out (tests pass a fixed one). */
  now?: number
  /** Called once when the coordinator has closed this document: forget it on this device. */
  onRevoked?: () => Promise<void> | void
}

/** The recipient's own phone, once their document is open: each state of the document, then their screens. */
export function RecipientView({ docId, store, path, now: fixedNow, onRevoked }: RecipientViewProps) {
  const snapshot = useDocSnapshot(store)
  const liveNow = useNow()
  const now = fixedNow ?? liveNow
  const forgotten = useRef(false)
  const [forgetting, setForgetting] = useState<'pending' | 'done' | 'failed'>('done')
  const { state } = snapshot

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
  if (state === 'waiting' || !snapshot.circle) return <Message title={t.states.waitingTitle} message={t.states.waiting} />

  const circle = snapshot.circle
  const [route = 'today'] = path
  const screen = screens.find((s) => s.route === route) ?? screens[0]
  const Screen = screen.view
  const coordinator = firstName(circle.coordinatorName) || circle.coordinatorName
  const crisis = circle.crisisResources.map((resource, index) => ({ id: String(index), ...resource }))

  return (
    <div className="circle-layout">
      <a className="skip-link" href="#main">{sharedText.skipToContent}</a>
      <header className="top-bar">
        <a className="top-home" href={href('')}>
          <span aria-hidden="true">‹</span>
          <span className="visually-hidden">{t.allCircles}</span>
        </a>
        <p className="top-title">{t.title(circle.recipientName)}</p>
        <CrisisHelp resources={crisis} />
      </header>
      <nav className="tabs" aria-label={t.nav}>
        {screens.map((s) => (
          <a key={s.route} href={href(`r/${docId}/${s.route}`)} aria-current={s === screen ? 'page' : undefined}>{s.label}</a>
        ))}
      </nav>
      <Screen store={store} snapshot={snapshot} circle={circle} coordinator={coordinator} now={now} />
      <NoticeToast />
    </div>
  )
}

const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? ''

/** A whole-page message for the states before and after the circle. */
function Message({ title, message, warning = false }: { title: string; message: string; warning?: boolean }) {
  return (
    <main id="main" className="page role-message">
      <h1>{title}</h1>
      <p className={warning ? 'notice warning' : 'lead'} role="status">{message}</p>
      <a className="button block" href={href('')}>{t.states.home}</a>
    </main>
  )
}
