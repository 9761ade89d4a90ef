import { useAddress, useRoute } from './hooks/router'
import { homeOf, type Route } from './routes'
import { Home } from './coordinator/Home'
import { NewCircle } from './coordinator/NewCircle'
import { CircleScreen } from './coordinator/CircleScreen'
import { HelperApp } from './helper/HelperApp'
import { RecipientApp } from './recipient/RecipientApp'
import { DeviceSettings } from './shared/DeviceSettings'
import { JoinScreen } from './shared/JoinScreen'
import { NoticeToast } from './shared/NoticeToast'
import { BadAddress, ScreenErrorBoundary } from './shared/ScreenErrorBoundary'
import { SaveProblems } from './shared/StorageNotes'
import { UpdatePrompt } from './shared/UpdatePrompt'
import { UpdateScreen } from './shared/UpdateScreen'

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
  return (
    <>
      <SaveProblems />
      {/* Around each role's app: a screen that fails offers "go back" and keeps every document. */}
      <ScreenErrorBoundary resetKey={useAddress()} home={homeOf(route)}>
        <Screen route={route} />
      </ScreenErrorBoundary>
      <NoticeToast />
      <UpdatePrompt />
    </>
  )
}
