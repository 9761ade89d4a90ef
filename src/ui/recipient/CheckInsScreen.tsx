import { CheckInCard } from './CheckInCard'
import { recipientText } from './text'
import type { RecipientScreenProps } from './types'

const t = recipientText.checkIns

/** The weekly check-ins, newest first: the coordinator's notes and the recipient's own answers. */
export function CheckInsScreen({ store, snapshot, circle, coordinator, now }: RecipientScreenProps) {
  const ended = circle.status === 'archived'
  return (
    <main id="main" className="page">
      <h1>{t.title}</h1>
      <p className="muted">{ended ? t.endedIntro(coordinator) : t.intro(coordinator)}</p>
      {snapshot.checkIns.length === 0 ? <p className="empty">{t.none(coordinator)}</p> : (
        <ul className="card-list">
          {snapshot.checkIns.map((checkIn) => (
            <li key={checkIn.id}><CheckInCard store={store} checkIn={checkIn} coordinator={coordinator} now={now} ended={ended} /></li>
          ))}
        </ul>
      )}
    </main>
  )
}
