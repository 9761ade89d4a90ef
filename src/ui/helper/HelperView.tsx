import { Suspense, useEffect, type ComponentType } from 'react'
import type { HelperSnapshot, HelperStore } from '../../store/roles/helperStore'
import { href } from '../hooks/router'
import { lazyScreen, ScreenLoading } from '../lazyScreen'
import { useNow } from '../hooks/useNow'
import { useSnapshotOrPaint } from '../shared/PaintThenLive'
import { DocStateMessage, firstName, RoleLayout } from '../shared/RoleShell'
import { TasksScreen } from './TasksScreen'
import { helperCatalogue } from '../../i18n/catalogues/helper'
import { useStandIns } from '../hooks/useStandIns'
import { stateWords } from '../shared/stateWords'
import type { HelperScreenProps } from './types'

const t = helperCatalogue.format

// What waits to be sent loads behind the first screen: it shows only once there is something to send.
const SendBack = lazyScreen(() => import('../shared/SendBack'), (m) => m.SendBack)
const NotLiveLine = lazyScreen(() => import('../shared/NotLiveLine'), (m) => m.NotLiveLine)
// The tasks come with the first screen; the other tabs load when opened.
const OfferScreen = lazyScreen(() => import('./OfferScreen'), (m) => m.OfferScreen)
const AboutScreen = lazyScreen(() => import('./AboutScreen'), (m) => m.AboutScreen)

// Labels are read when drawn, in the reader's language at that moment.
const screens: Array<{ route: string; label: () => string; view: ComponentType<HelperScreenProps> }> = [
  { route: 'tasks', label: () => t('helper.tabs.tasks'), view: TasksScreen },
  { route: 'offer', label: () => t('helper.tabs.offer'), view: OfferScreen },
  { route: 'about', label: () => t('helper.tabs.about'), view: AboutScreen },
]

export interface HelperViewProps {
  docId: string
  /** Null while the screen is painted from the stored copy (`painted`): nothing is sent until the document is open. */
  store: HelperStore | null
  painted?: HelperSnapshot
  /** The route after `#/h/<docId>/`: `tasks`, `offer` or `about`. */
  path: string[]
  /** The current instant; the live clock when left out (tests pass a fixed one). */
  now?: number
  /** Called once when the coordinator has ended this helper's part: forget the document here. */
  onRevoked?: () => Promise<void> | void
}

/** A helper's own phone, once their document is open (or painted from its stored copy): each state of the document, then their screens. */
export function HelperView({ docId, store, painted, path, now: fixedNow, onRevoked }: HelperViewProps) {
  const snapshot = useStandIns(useSnapshotOrPaint(store, painted))
  const liveNow = useNow()
  const now = fixedNow ?? liveNow
  const { state, joined } = snapshot
  useEffect(() => {
    // Joining tells the coordinator this phone has the link; a revoked document is not rejoined.
    if (store && (state === 'ready' || state === 'waiting') && !joined) store.join(now)
  }, [store, state, joined, now])
  const notReady = <DocStateMessage docId={docId} state={state} ready={Boolean(snapshot.brief)} words={stateWords(helperCatalogue)} onRevoked={onRevoked} />
  if (state !== 'ready' || !snapshot.brief) return notReady
  const brief = snapshot.brief
  const [route = 'tasks'] = path
  const screen = screens.find((s) => s.route === route) ?? screens[0]
  const Screen = screen.view
  const coordinator = firstName(brief.coordinatorName) || brief.coordinatorName

  return (
    <RoleLayout docId={docId} title={t('helper.title', { recipient: brief.recipientFirstName })} allCircles={t('helper.allCircles')} navLabel={t('helper.nav')} crisis={brief.crisisResources}
      tabs={screens.map((s) => ({ href: href(`h/${docId}/${s.route}`), label: s.label(), current: s === screen }))}>
      {/* Nothing waits to be sent before the document is open: SendBack (and Yjs with it) loads with the live screen. */}
      {store && <Suspense fallback={null}><NotLiveLine docId={docId} /><SendBack docId={docId} audience="helper" coordinator={coordinator} sender={brief.helperFirstName} /></Suspense>}
      <Suspense fallback={<ScreenLoading />}><Screen docId={docId} store={store} snapshot={snapshot} brief={brief} coordinator={coordinator} now={now} /></Suspense>
    </RoleLayout>
  )
}
