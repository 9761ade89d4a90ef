import { Suspense, type ComponentType } from 'react'
import type { RecipientSnapshot, RecipientStore } from '../../store/roles/recipientStore'
import { href } from '../hooks/router'
import { lazyScreen, ScreenLoading } from '../lazyScreen'
import { useSnapshotOrPaint } from '../shared/PaintThenLive'
import { useNow } from '../hooks/useNow'
import { DocStateMessage, firstName, RoleLayout } from '../shared/RoleShell'
import { recipientCatalogue } from '../../i18n/catalogues/recipient'
import { useStandIns } from '../hooks/useStandIns'
import { stateWords } from '../shared/stateWords'
import { TodayScreen } from './TodayScreen'
import type { RecipientScreenProps } from './types'

const t = recipientCatalogue.format

// What waits to be sent loads behind the first screen: it shows only once there is something to send.
const SendBack = lazyScreen(() => import('../shared/SendBack'), (m) => m.SendBack)
const NotLiveLine = lazyScreen(() => import('../shared/NotLiveLine'), (m) => m.NotLiveLine)
// Today comes with the first screen; the other tabs load when opened.
const NeedsScreen = lazyScreen(() => import('./NeedsScreen'), (m) => m.NeedsScreen)
const CheckInsScreen = lazyScreen(() => import('./CheckInsScreen'), (m) => m.CheckInsScreen)

// Labels are read when drawn, in the reader's language at that moment.
const screens: Array<{ route: string; label: () => string; view: ComponentType<RecipientScreenProps> }> = [
  { route: 'today', label: () => t('recipient.tabs.today'), view: TodayScreen },
  { route: 'needs', label: () => t('recipient.tabs.needs'), view: NeedsScreen },
  { route: 'check-ins', label: () => t('recipient.tabs.checkIns'), view: CheckInsScreen },
]

export interface RecipientViewProps {
  docId: string
  /** Null while Today is painted from the stored copy (`painted`): nothing is sent until the document is open. */
  store: RecipientStore | null
  painted?: RecipientSnapshot
  /** The route after `#/r/<docId>/`: `today`, `needs` or `check-ins`. */
  path: string[]
  /** The current instant; the live clock when left out (tests pass a fixed one). */
  now?: number
  /** The map this device also coordinates this circle with (the person's own circle), if it does. */
  coordinatingHere?: string | null
  /** Called once when the coordinator has closed this document: forget it on this device. */
  onRevoked?: () => Promise<void> | void
}

/** The recipient's own phone, once their document is open (or Today painted from its stored copy): each state of the document, then their screens. */
export function RecipientView({ docId, store, painted, path, now: fixedNow, onRevoked, coordinatingHere = null }: RecipientViewProps) {
  const snapshot = useStandIns(useSnapshotOrPaint(store, painted))
  const liveNow = useNow()
  const now = fixedNow ?? liveNow
  const { state } = snapshot
  const notReady = <DocStateMessage docId={docId} state={state} ready={Boolean(snapshot.circle)} words={stateWords(recipientCatalogue)} onRevoked={onRevoked} />
  if (state !== 'ready' || !snapshot.circle) return notReady
  const circle = snapshot.circle
  const [route = 'today'] = path
  // Painted from the stored copy, only Today is drawn (the copy holds nothing else).
  const screen = (store && screens.find((s) => s.route === route)) || screens[0]
  const Screen = screen.view
  const coordinator = firstName(circle.coordinatorName) || circle.coordinatorName

  return (
    <RoleLayout docId={docId} title={t('recipient.title', { name: circle.recipientName })} allCircles={t('recipient.allCircles')} navLabel={t('recipient.nav')} crisis={circle.crisisResources}
      tabs={screens.map((s) => ({ href: href(`r/${docId}/${s.route}`), label: s.label(), current: s === screen }))}>
      {/* Nothing waits to be sent before the document is open: SendBack (and Yjs with it) loads with the live screen. */}
      {!store ? null : coordinatingHere
        ? <p className="switch-view"><a href={href(`c/${coordinatingHere}/today`)}>{t('recipient.switchToCoordinating')}</a></p>
        // Nothing to send when the coordinator's side is this very device: it reads what is written here.
        : <Suspense fallback={null}><NotLiveLine docId={docId} /><SendBack docId={docId} audience="recipient" coordinator={coordinator} sender={circle.recipientName} /></Suspense>}
      <Suspense fallback={<ScreenLoading />}>
        {store ? <Screen store={store} snapshot={snapshot} circle={circle} coordinator={coordinator} now={now} />
          : <TodayScreen store={null} snapshot={snapshot} circle={circle} coordinator={coordinator} now={now} />}
      </Suspense>
    </RoleLayout>
  )
}
