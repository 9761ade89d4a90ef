import { useRoute } from './hooks/router'
import { Home } from './coordinator/Home'
import { NewCircle } from './coordinator/NewCircle'
import { CircleScreen } from './coordinator/CircleScreen'
import { HelperApp } from './helper/HelperApp'
import { RecipientApp } from './recipient/RecipientApp'
import { DeviceSettings } from './shared/DeviceSettings'
import { JoinScreen } from './shared/JoinScreen'
import { NoticeToast } from './shared/NoticeToast'
import { SaveProblems } from './shared/StorageNotes'
import { UpdatePrompt } from './shared/UpdatePrompt'
import { UpdateScreen } from './shared/UpdateScreen'

function Screen({ route }: { route: string[] }) {
  const [section, ...rest] = route
  if (section === 'new') return <NewCircle />
  if (section === 'join') return <JoinScreen parts={rest} />
  if (section === 'u') return <UpdateScreen parts={rest} />
  if (section === 'settings') return <DeviceSettings />
  if (section === 'c' && rest[0]) return <CircleScreen docId={rest[0]} path={rest.slice(1)} />
  if (section === 'h' && rest[0]) return <HelperApp docId={rest[0]} path={rest.slice(1)} />
  if (section === 'r' && rest[0]) return <RecipientApp docId={rest[0]} path={rest.slice(1)} />
  return <Home />
}

export function App() {
  return (
    <>
      <SaveProblems />
      <Screen route={useRoute()} />
      <NoticeToast />
      <UpdatePrompt />
    </>
  )
}
