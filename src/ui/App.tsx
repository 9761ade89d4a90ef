import { useRoute } from './hooks/router'
import { Home } from './coordinator/Home'
import { NewCircle } from './coordinator/NewCircle'
import { CircleScreen } from './coordinator/CircleScreen'
import { UpdatePrompt } from './shared/UpdatePrompt'

export function App() {
  const [section, ...rest] = useRoute()
  return (
    <>
      {section === 'new' ? <NewCircle /> : section === 'c' && rest[0] ? <CircleScreen docId={rest[0]} path={rest.slice(1)} /> : <Home />}
      <UpdatePrompt />
    </>
  )
}
