import { Suspense, useEffect } from 'react'
import { rememberOpened } from '../local/lastOpened'
import { useAddress, useRoute } from './hooks/router'
import { useScreenChange } from './hooks/screenChange'
import { homeOf, type Route } from './routes'
import { lazyScreen, ScreenLoading } from './lazyScreen'
import { NoticeToast } from './shared/NoticeToast'
import { BadAddress, ScreenErrorBoundary } from './shared/ScreenErrorBoundary'
import { SaveProblems } from './shared/StorageNotes'
import { afterStartUp } from './shared/afterStartUp'

// Each role's screens load on demand: what a helper's or the recipient's phone downloads first
// holds none of the coordinator's screens (`npm run bench` prints each role's first load).
const Home = lazyScreen(() => import('./coordinator/Home'), (m) => m.Home)
const NewCircle = lazyScreen(() => import('./coordinator/NewCircle'), (m) => m.NewCircle)
const CircleScreen = lazyScreen(() => import('./coordinator/CircleScreen'), (m) => m.CircleScreen)
const HelperApp = lazyScreen(() => import('./helper/HelperApp'), (m) => m.HelperApp)
const RecipientApp = lazyScreen(() => import('./recipient/RecipientApp'), (m) => m.RecipientApp)
const DeviceSettings = lazyScreen(() => import('./shared/DeviceSettings'), (m) => m.DeviceSettings)
const JoinScreen = lazyScreen(() => import('./shared/JoinScreen'), (m) => m.JoinScreen)
const UpdateScreen = lazyScreen(() => import('./shared/UpdateScreen'), (m) => m.UpdateScreen)
// The offer of a new version (and the service worker's registration with it) is not part of any
// first screen: it loads once the screen is up, never in its way (and if it cannot load, the app
// goes on without it rather than failing).
const UpdatePrompt = lazyScreen(() => afterStartUp().then(() => import('./shared/UpdatePrompt')).catch(() => null), (m) => m?.UpdatePrompt ?? (() => null))

function Screen({ route }: { route: Route }) {
  switch (route.screen) {
    case 'new': return <NewCircle />
    case 'join': return <JoinScreen parts={route.rest} />
    case 'update': return <UpdateScreen parts={route.rest} />
    case 'settings': return <DeviceSettings />
    case 'circle': return <CircleScreen docId={route.docId} path={route.path} />
    case 'helper': return <HelperApp docId={route.docId} path={route.path} />
    case 'recipient': return <RecipientApp docId={route.docId} path={route.path} />
    case 'bad-address': return <BadAddress />
    case 'home': return <Home />
  }
}

export function App() {
  const route = useRoute()
  // Only a circle's own screens are remembered, never an address that did not open anything.
  useEffect(() => {
    if ('docId' in route) rememberOpened(route.parts)
  }, [route])
  useScreenChange(route.parts)
  return (
    <>
      <SaveProblems />
      {/* Around each role's app: a screen that fails offers "go back" and keeps every document. */}
      <ScreenErrorBoundary resetKey={useAddress()} home={homeOf(route)}>
        <Suspense fallback={<ScreenLoading />}>
          <Screen route={route} />
        </Suspense>
      </ScreenErrorBoundary>
      <NoticeToast />
      <Suspense fallback={null}>
        <UpdatePrompt />
      </Suspense>
    </>
  )
}
