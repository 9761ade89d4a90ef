import { Suspense, useEffect, useLayoutEffect, type ComponentType } from 'react'
import { openRest } from '../../domain/resting'
import { circleLabel, touchCircle } from '../../local/circles'
import { deleteMapCircle, onCircleRemovedHere, syncCircle } from '../../sync/circles'
import { StorageError } from '../../sync/persistence'
import type { MapSnapshot, MapStore } from '../../store'
import { showNotice } from '../hooks/notice'
import { href, navigate } from '../hooks/router'
import { parseRoute } from '../routes'
import { DraftScopeProvider } from '../hooks/useDraft'
import { useDeviceCircles } from '../hooks/useDeviceCircles'
import { useMapCircle, useMapSnapshot } from '../hooks/useMapStore'
import { CrisisHelp } from '../shared/CrisisHelp'
import { DamagedNote } from '../shared/StorageNotes'
import { lazyScreen, ScreenLoading, type LazyScreen } from '../lazyScreen'
import { PleaseStopBanner } from './PleaseStopBanner'
import { RestingBanner } from './RestPanel'
import { sharedCatalogue, useText } from '../../i18n'
import { coordinatorCatalogue } from '../../i18n/catalogues/coordinator'
import { warmDateFormatting } from '../warmDates'
import { afterStartUp } from '../shared/afterStartUp'
import { takeOverBootScreen } from '../shared/bootScreen'

const say = sharedCatalogue.format

// A circle's screens format dates soon after they open: ICU's date data loads in a worker meanwhile.
warmDateFormatting()

// One chunk per screen: opening Today does not download the planner's Assign screens or the
// forms (`npm run bench` prints what the coordinator's phone loads first).
const AssignNeedScreen = lazyScreen(() => import('./AssignNeedScreen'), (m) => m.AssignNeedScreen)
const AssignScreen = lazyScreen(() => import('./AssignScreen'), (m) => m.AssignScreen)
const BoundariesScreen = lazyScreen(() => import('./BoundariesScreen'), (m) => m.BoundariesScreen)
const BriefScreen = lazyScreen(() => import('./BriefScreen'), (m) => m.BriefScreen)
const CheckInScreen = lazyScreen(() => import('./CheckInScreen'), (m) => m.CheckInScreen)
const CircleSettings = lazyScreen(() => import('./CircleSettings'), (m) => m.CircleSettings)
const EndScreen = lazyScreen(() => import('./EndScreen'), (m) => m.EndScreen)
const TodayScreen = lazyScreen(() => import('./TodayScreen'), (m) => m.TodayScreen)
const CoverageScreen = lazyScreen(() => import('./CoverageScreen'), (m) => m.CoverageScreen)
const HelperForm = lazyScreen(() => import('./HelperForm'), (m) => m.HelperForm)
const HelpersScreen = lazyScreen(() => import('./HelpersScreen'), (m) => m.HelpersScreen)
const NeedForm = lazyScreen(() => import('./NeedForm'), (m) => m.NeedForm)
const NeedsScreen = lazyScreen(() => import('./NeedsScreen'), (m) => m.NeedsScreen)
const SendScreen = lazyScreen(() => import('./SendScreen'), (m) => m.SendScreen)
const BackupScreen = lazyScreen(() => import('./BackupScreen'), (m) => m.BackupScreen)
const CoordinatorsScreen = lazyScreen(() => import('./CoordinatorsScreen'), (m) => m.CoordinatorsScreen)

export interface CircleViewProps {
  docId: string
  store: MapStore
  snapshot: MapSnapshot & { circle: NonNullable<MapSnapshot['circle']> }
  /** The rest of the route after the screen's own name, e.g. a need id. */
  params: string[]
}

type Phase = 'assess' | 'map' | 'assign' | 'reassess'
type Preloadable = Pick<LazyScreen<never>, 'preload'>

/**
 * Each screen of a circle: its route name, the phase tab it belongs to, its view, and, where the
 * view picks one of two screens by the route's rest, the chunk it renders (`chunk`; otherwise the
 * view is itself a lazy screen).
 */
const screens: Record<string, { phase: Phase | null; view: ComponentType<CircleViewProps>; chunk?: (params: string[]) => Preloadable }> = {
  needs: {
    phase: 'assess',
    chunk: ([needId]) => (needId ? NeedForm : NeedsScreen),
    view: (props) => {
      const [needId] = props.params
      if (!needId) return <NeedsScreen {...props} />
      return <NeedForm key={needId} {...props} needId={needId === 'new' ? undefined : needId} initialTitle={needId === 'new' ? props.params[1] : undefined} />
    },
  },
  boundaries: { phase: 'assess', view: BoundariesScreen },
  map: {
    phase: 'map',
    chunk: ([helperId]) => (helperId ? HelperForm : HelpersScreen),
    view: (props) => {
      const [helperId] = props.params
      if (!helperId) return <HelpersScreen {...props} />
      return <HelperForm key={helperId} {...props} helperId={helperId === 'new' ? undefined : helperId} />
    },
  },
  coverage: { phase: 'map', view: CoverageScreen },
  send: { phase: 'map', view: SendScreen },
  assign: {
    phase: 'assign',
    chunk: ([needId]) => (needId ? AssignNeedScreen : AssignScreen),
    view: (props) => (props.params[0] ? <AssignNeedScreen key={props.params[0]} {...props} /> : <AssignScreen {...props} />),
  },
  brief: { phase: 'assign', view: BriefScreen },
  today: { phase: 'reassess', view: TodayScreen },
  'check-in': { phase: 'reassess', view: CheckInScreen },
  end: { phase: 'reassess', view: EndScreen },
  circle: { phase: null, view: CircleSettings },
  backup: { phase: null, view: BackupScreen },
  coordinators: { phase: null, view: CoordinatorsScreen },
}

type NavId = Parameters<typeof coordinatorCatalogue.format>[0]
const phases: Array<{ phase: Phase; label: NavId; route: string; subRoutes?: Array<[string, NavId]> }> = [
  { phase: 'assess', label: 'coordinator.nav.assess', route: 'needs', subRoutes: [['needs', 'coordinator.nav.needs'], ['boundaries', 'coordinator.nav.boundaries']] },
  { phase: 'map', label: 'coordinator.nav.map', route: 'map', subRoutes: [['map', 'coordinator.nav.helpers'], ['coverage', 'coordinator.nav.coverage'], ['send', 'coordinator.nav.send']] },
  { phase: 'assign', label: 'coordinator.nav.assign', route: 'assign' },
  {
    phase: 'reassess', label: 'coordinator.nav.reassess', route: 'today',
    subRoutes: [['today', 'coordinator.nav.today'], ['check-in', 'coordinator.nav.checkIn'], ['end', 'coordinator.nav.end']],
  },
]

// Listened to once for the page, not by a circle's screens: by the time this device has
// forgotten a circle it was removed from, those screens may be gone already (its store is closed
// and the circle is reloading), and the notice went with them about one time in three.
onCircleRemovedHere((removed, keptOwnView) => {
  showNotice(coordinatorCatalogue.format(keptOwnView ? 'coordinator.circle.removedHereOwnViewKept' : 'coordinator.circle.removedHere'))
  const route = parseRoute(window.location.hash)
  if ('docId' in route && route.docId === removed) navigate('', { replace: true })
})

/** The code of the screen a route opens on (as LoadedCircle picks it), to fetch ahead. */
function chunkOf(route = 'needs', firstParam?: string): Preloadable {
  const screen = screens[route] ?? screens.needs
  return screen.chunk?.(firstParam === undefined ? [] : [firstParam]) ?? (screen.view as LazyScreen<CircleViewProps>)
}

export function CircleScreen({ docId, path }: { docId: string; path: string[] }) {
  const t = useText(coordinatorCatalogue)
  const loaded = useMapCircle(docId)
  // The screen's code is fetched while the circle's document is read from IndexedDB, not after:
  // on a launch it was asked for only once the map had loaded, one more round of fetching and
  // evaluating before Today or Assign could show.
  const [route, firstParam] = path
  useEffect(() => chunkOf(route, firstParam).preload(), [route, firstParam])
  useTakeOverWhen(loaded.status === 'error')
  if (loaded.status === 'loading') return <main id="main" className="page"><p className="muted">{say('shared.loading')}</p></main>
  if (loaded.status === 'error') {
    const missing = loaded.error instanceof StorageError && loaded.error.problem === 'missing'
    return missing ? <LostCircle docId={docId} message={t('coordinator.errors.missing')} /> : <Problem message={say('shared.storageSlow')} />
  }
  return <LoadedCircle docId={docId} store={loaded.store} path={path} />
}

function LoadedCircle({ docId, store, path }: { docId: string; store: MapStore; path: string[] }) {
  const t = useText(coordinatorCatalogue)
  const snapshot = useMapSnapshot(store)
  const label = snapshot.circle?.recipientName
  // What Home shows of an ended circle: kept in the device's list, which opens no document.
  const ending = snapshot.circle?.status === 'archived'
    ? JSON.stringify({ followUps: snapshot.circle.followUps, timeZone: snapshot.circle.timeZone })
    : null
  const resting = openRest(snapshot.rests) !== null
  useTakeOverWhen(!snapshot.circle)
  // A circle the person started for themselves: this device also holds their own view (sync/ownView.ts).
  const ownView = useDeviceCircles().circles?.find((c) => c.role === 'recipient' && c.ownMapDocId === docId)
  useEffect(() => {
    if (label) touchCircle(docId, { label, ending: ending === null ? null : JSON.parse(ending), resting, now: Date.now() }).catch(() => undefined)
  }, [docId, label, ending, resting])
  useEffect(() => {
    // Going online waits until the first screen is up: it is none of what the screen shows first,
    // and its start (each person's document read and folded, the rooms entered) competed with it.
    let live = true
    void afterStartUp().then(() => live && syncCircle(docId, store))
    return () => {
      live = false
    }
  }, [docId, store])
  if (!snapshot.circle) return snapshot.state === 'too-new' ? <Problem message={say('shared.tooNew')} /> : <LostCircle docId={docId} message={t('coordinator.errors.empty')} />
  const [route = 'needs', ...params] = path
  const screen = screens[route] ?? screens.needs
  const Screen = screen.view
  const current = phases.find((p) => p.phase === screen.phase)
  const props: CircleViewProps = { docId, store, snapshot: snapshot as CircleViewProps['snapshot'], params }

  return (
    <div className="circle-layout">
      <a className="skip-link" href="#main">{say('shared.skipToContent')}</a>
      <div className="circle-head">
        <header className="top-bar">
          <a className="top-home" href={href('')} aria-label={t('coordinator.nav.allCircles')}>
            <span aria-hidden="true">‹</span>
          </a>
          <p className="top-title">{snapshot.circle.recipientName}</p>
          <a className="top-icon" href={href(`c/${docId}/circle`)} aria-label={t('coordinator.nav.settings')} aria-current={route === 'circle' ? 'page' : undefined}>
            <svg aria-hidden="true" viewBox="0 0 24 24" width="22" height="22"><path fill="currentColor" d="M19.4 13a7.5 7.5 0 0 0 0-2l2-1.6-2-3.4-2.4 1a7.4 7.4 0 0 0-1.7-1L15 3.5h-4l-.4 2.5a7.4 7.4 0 0 0-1.7 1l-2.4-1-2 3.4 2 1.6a7.5 7.5 0 0 0 0 2l-2 1.6 2 3.4 2.4-1c.5.4 1.1.8 1.7 1l.4 2.5h4l.4-2.5c.6-.2 1.2-.6 1.7-1l2.4 1 2-3.4-2-1.6ZM13 15.5a3.5 3.5 0 1 1 0-7 3.5 3.5 0 0 1 0 7Z" transform="translate(-1 0)"/></svg>
          </a>
          <CrisisHelp resources={snapshot.circle.crisisResources} />
        </header>
        {phases.length > 1 && (
          <nav className="tabs" aria-label={t('coordinator.nav.phases')}>
            {phases.map((p) => (
              <a key={p.phase} href={href(`c/${docId}/${p.route}`)} aria-current={screen.phase === p.phase ? 'page' : undefined}>
                {t(p.label)}
              </a>
            ))}
          </nav>
        )}
      </div>
      {current?.subRoutes && (
        <nav className="subtabs" aria-label={t(current.label)}>
          {current.subRoutes.map(([subRoute, subLabel]) => (
            <a key={subRoute} href={href(`c/${docId}/${subRoute}`)} aria-current={route === subRoute ? 'page' : undefined}>
              {t(subLabel)}
            </a>
          ))}
        </nav>
      )}
      {ownView && <p className="switch-view" data-not-stored=""><a href={href(`r/${ownView.docId}/today`)}>{t('coordinator.ownView.toMine')}</a></p>}
      <DamagedNote docId={docId} />
      <PleaseStopBanner store={store} snapshot={props.snapshot} />
      {snapshot.state === 'too-new' && <p className="notice warning">{say('shared.tooNew')}</p>}
      {snapshot.circle.status === 'archived' && route !== 'end' && (
        <p className="notice">{t('coordinator.circle.archivedBanner')} <a href={href(`c/${docId}/end`)}>{t('coordinator.circle.archivedLink')}</a></p>
      )}
      {resting && snapshot.circle.status !== 'archived' && route !== 'end' && <RestingBanner {...props} />}
      {snapshot.problems.length > 0 && <p className="notice">{say('shared.unreadable', { count: snapshot.problems.length })}</p>}
      <DraftScopeProvider value={docId}>
        <Suspense fallback={<ScreenLoading />}>
          <Screen {...props} />
        </Suspense>
      </DraftScopeProvider>
    </div>
  )
}

/**
 * Today's stored markup (index.html's boot screen) stays until Today draws itself; a circle that
 * cannot be shown says so at once instead.
 */
function useTakeOverWhen(cannotShow: boolean): void {
  useLayoutEffect(() => {
    if (cannotShow) takeOverBootScreen()
  }, [cannotShow])
}

function Problem({ message }: { message: string }) {
  const t = useText(coordinatorCatalogue)
  return (
    <main id="main" className="page">
      <p className="notice warning" role="alert">{message}</p>
      <a className="button block" href={href('')}>{t('coordinator.errors.backHome')}</a>
    </main>
  )
}

/** A listed circle with nothing stored: say so, and let the person take it off the list. */
function LostCircle({ docId, message }: { docId: string; message: string }) {
  const t = useText(coordinatorCatalogue)
  const { circles } = useDeviceCircles()
  // Deleted on purpose (in another tab, say): it is on no list, so there is nothing to take off.
  if (circles && !circles.some((circle) => circle.docId === docId)) return <Problem message={t('coordinator.errors.notFound')} />
  const takeOff = async () => {
    const label = (await circleLabel(docId)) || t('coordinator.home.unnamed')
    await deleteMapCircle(docId)
    showNotice(t('coordinator.errors.takenOff', { name: label }))
    navigate('')
  }
  return (
    <main id="main" className="page">
      <h1>{t('coordinator.errors.lostTitle')}</h1>
      <p className="notice warning" role="alert">{message}</p>
      <button type="button" className="button block" onClick={takeOff}>{t('coordinator.errors.takeOff')}</button>
      <a className="button block quiet" href={href('')}>{t('coordinator.errors.backHome')}</a>
    </main>
  )
}
