import type { CircleDocument } from '../../store'
import { worthSending } from '../../sync/waiting'
import { useDeviceCircles } from '../hooks/useDeviceCircles'
import { useSendable } from '../hooks/useSendable'
import { firstName } from '../shared/RoleShell'
import { SendUpdate } from '../shared/SendUpdate'
import { shareTextTo, waitingSentence } from '../shared/waitingWords'
import type { CircleViewProps } from './CircleScreen'
import { useText } from '../../i18n'
import { peopleCatalogue } from '../../i18n/catalogues/people'
import { WithdrawalLink, withdrawnDocuments } from './WithdrawalLink'
import { sharedWithAnotherPhone } from './StopSharing'

/**
 * After planning: everyone whose phone is missing something, each with one-tap sending; and
 * each phone that has not yet heard it was withdrawn (a removed helper's), so it forgets.
 */
export function SendScreen({ snapshot }: CircleViewProps) {
  const t = useText(peopleCatalogue)
  const { circles } = useDeviceCircles()
  const people = snapshot.documents
    // The person's own view (a circle for oneself) has everything already, through the map.
    .filter((d) => d.revokedAt === null && (d.audience === 'helper' || sharedWithAnotherPhone(d, circles, snapshot.coordinatorDevices)))
    .map((document) => ({
      document,
      name: document.helperId === null ? snapshot.circle.recipientName : snapshot.helpers.find((h) => h.id === document.helperId)?.name ?? '',
    }))
    .filter((p) => p.name)
  const withdrawn = withdrawnDocuments(snapshot.documents)
  const coordinator = firstName(snapshot.circle.coordinator.name) || snapshot.circle.coordinator.name
  return (
    <main id="main" className="page">
      <h1>{t('people.send.title')}</h1>
      <p className="muted">{t('people.send.intro')}</p>
      {/* Said only once this device's circles are read: until then the person's own view may look like a phone to send to. */}
      {!circles ? null : people.length === 0 && withdrawn.length === 0 ? <p className="empty">{t('people.send.none')}</p> : (
        <ul className="card-list" aria-label={t('people.send.title')}>
          {people.map((p) => <PersonUpdate key={p.document.id} document={p.document} name={p.name} coordinator={coordinator} />)}
          {withdrawn.map((document) => <WithdrawalLink key={document.id} snapshot={snapshot} document={document} card />)}
        </ul>
      )}
    </main>
  )
}

function PersonUpdate({ document, name, coordinator }: { document: CircleDocument; name: string; coordinator: string }) {
  const sendable = useSendable(document.id, document.key, document.audience, 'coordinator')
  const waiting = sendable !== null && worthSending(sendable.waiting)
  return (
    <li className="card" aria-label={name}>
      <span className="card-title">{name}</span>
      <p className="small" data-testid={`waiting-for-${document.id}`}>
        {waitingSentence(name, sendable?.waiting ?? [])}
      </p>
      {waiting && <SendUpdate link={sendable.link} name={name} shareText={(link) => shareTextTo(document.audience, coordinator, link)} />}
    </li>
  )
}
