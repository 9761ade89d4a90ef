import { CheckInCard } from './CheckInCard'
import { recipientCatalogue } from '../../i18n/catalogues/recipient'
import type { RecipientScreenProps } from './types'

const t = recipientCatalogue.format

/** The weekly check-ins, newest first: the coordinator's notes and the recipient's own answers. */
export function CheckInsScreen({ store, snapshot, circle, coordinator, now }: RecipientScreenProps) {
  const ended = circle.status === 'archived'
  return (
    <main id="main" className="page">
      <h1>{t('recipient.checkIns.title')}</h1>
      <p className="muted">{ended ? t('recipient.checkIns.endedIntro', { coordinator }) : t('recipient.checkIns.intro', { coordinator })}</p>
      {snapshot.checkIns.length === 0 ? <p className="empty">{t('recipient.checkIns.none', { coordinator })}</p> : (
        <ul className="card-list">
          {snapshot.checkIns.map((checkIn) => (
            <li key={checkIn.id}><CheckInCard store={store} checkIn={checkIn} coordinator={coordinator} now={now} ended={ended} /></li>
          ))}
        </ul>
      )}
    </main>
  )
}
