import { useState } from 'react'
import type { DeviceCircle } from '../../local/db'
import { newDocumentId, newDocumentKey } from '../../sync/invite'
import { isExcluded } from '../../domain/planner/rules'
import { liveDocumentOf } from '../../store'
import { showNotice } from '../hooks/notice'
import { useInviteLink } from '../hooks/useInviteLink'
import { useDeviceCircles } from '../hooks/useDeviceCircles'
import { useQrCode } from '../hooks/useQrCode'
import { useSendable } from '../hooks/useSendable'
import { Field } from '../shared/Field'
import { firstName } from '../shared/RoleShell'
import { SendUpdate } from '../shared/SendUpdate'
import { shareTextTo, waitingSentence } from '../shared/waitingWords'
import type { CircleViewProps } from './CircleScreen'
import { currentLocale, useText } from '../../i18n'
import { peopleCatalogue } from '../../i18n/catalogues/people'
import { refusalText } from './refusals'
import { personViewOf, StopSharing } from './StopSharing'
import { lastWithdrawn, WithdrawalLink } from './WithdrawalLink'

/** "now", "5 minutes ago", "3 hours ago", then the date: in the app's language, not the browser's. */
export function relative(ms: number, now: number): string {
  const { tag } = currentLocale()
  const ago = new Intl.RelativeTimeFormat(tag, { numeric: 'auto' })
  const minutes = Math.round((now - ms) / 60_000)
  if (minutes < 1) return ago.format(0, 'second')
  if (minutes < 60) return ago.format(-minutes, 'minute')
  const hours = Math.round(minutes / 60)
  return hours < 24 ? ago.format(-hours, 'hour') : new Intl.DateTimeFormat(tag, { dateStyle: 'medium' }).format(ms)
}

type InviteProps = Pick<CircleViewProps, 'store' | 'snapshot'> & { helperId: string | null; name: string }

/** An invitation for one person (a helper, or the recipient when `helperId` is null), and how their phone is syncing. */
export function InvitePanel(props: InviteProps) {
  return <InviteFor {...props} circles={useDeviceCircles().circles} />
}

/** The panel, given the circles this device holds (null until read): they say whether the person's view is on this phone. */
export function InviteFor({ store, snapshot, helperId, name, circles }: InviteProps & { circles: ReadonlyArray<Pick<DeviceCircle, 'docId'>> | null }) {
  const t = useText(peopleCatalogue)
  const document = liveDocumentOf(snapshot.documents, helperId)
  const excluded = helperId !== null && isExcluded({ name }, snapshot.boundaries)
  const coordinator = firstName(snapshot.circle.coordinator.name) || snapshot.circle.coordinator.name
  const revoked = !document && snapshot.documents.some((d) => d.helperId === helperId && d.revokedAt !== null)
  // The person's own view (a circle for oneself) is no phone to invite, sync or send to.
  const view = helperId === null && document ? personViewOf(document, circles, snapshot.coordinatorDevices) : 'own-phone'
  const toPhone = view === 'own-phone' ? document : undefined
  const link = useInviteLink(toPhone)
  const [showQr, setShowQr] = useState(false)
  const qr = useQrCode(link, showQr, 240)
  const sendable = useSendable(toPhone?.id ?? null, toPhone?.key ?? null, helperId ? 'helper' : 'recipient', 'coordinator')
  const sync = sendable?.sync

  function create() {
    const result = store.run('document/add', { audience: helperId ? 'helper' : 'recipient', helperId, docId: newDocumentId(), key: newDocumentKey() }, Date.now())
    if (!result.ok) showNotice(refusalText(result.problems))
  }

  return (
    <section className="panel" aria-labelledby={`invite-${helperId ?? 'recipient'}`}>
      <h2 id={`invite-${helperId ?? 'recipient'}`}>{t('people.invite.title', { name })}</h2>
      {view === 'this-phone' ? <p className="hint">{t('people.invite.ownViewHere')}</p>
        : view === 'coordinating' ? <p className="hint">{t('people.invite.ownViewCoordinating', { name })}</p>
        : <p className="hint">{helperId ? t('people.invite.intro', { name }) : t('people.invite.recipientIntro', { name })}</p>}
      {revoked && <p className="notice">{t('people.invite.revoked')}</p>}
      {excluded && !document ? <p className="notice warning">{t('people.invite.excluded', { name })}</p> : !document ? (
        <button type="button" className="button" onClick={create}>{t('people.invite.create')}</button>
      ) : (
        <>
          {toPhone && <>
            <Field label={t('people.invite.link')} hint={t('people.invite.linkHint', { name })}>
              {({ id, describedBy }) => <input id={id} aria-describedby={describedBy} readOnly value={link ?? ''} onFocus={(e) => e.target.select()} />}
            </Field>
            {link && <div className="card-actions">
              <button type="button" className="button small" onClick={() => navigator.clipboard?.writeText(link).then(() => showNotice(t('people.invite.copied')), () => undefined)}>{t('people.invite.copy')}</button>
              {typeof navigator.share === 'function' && (
                <button type="button" className="button small" onClick={() => navigator.share({ title: 'Kith', url: link }).catch(() => undefined)}>{t('people.invite.share')}</button>
              )}
              <button type="button" className="button small" aria-expanded={showQr} onClick={() => setShowQr(!showQr)}>{showQr ? t('people.invite.hideQr') : t('people.invite.showQr')}</button>
            </div>}
            {showQr && qr.kind === 'image' && <img className="qr" src={qr.src} width={240} height={240} alt={t('people.invite.qrAlt', { name })} />}
            {showQr && qr.kind === 'too-long' && <p className="notice small" role="status">{t('people.invite.qrTooLong')}</p>}
            <p className="small sync-line" data-testid={`sync-${helperId ?? 'recipient'}`}>
              {sync?.online ? t('people.invite.online') : sync?.lastSeenAt ? t('people.invite.lastSynced', { when: relative(sync.lastSeenAt, Date.now()) }) : t('people.invite.never')}{' '}
              {sync && sync.lastSeenAt !== null && (sync.waiting ? t('people.invite.waiting') : t('people.invite.upToDate'))}
            </p>
            <p className="hint">{t('people.invite.offlineNote')}</p>
            <section className="send-section" aria-labelledby={`send-${helperId ?? 'recipient'}`}>
              <h3 id={`send-${helperId ?? 'recipient'}`}>{t('people.invite.updatesTitle', { name })}</h3>
              <p className="small" data-testid={`waiting-${helperId ?? 'recipient'}`}>
                {waitingSentence(name, sendable?.waiting ?? [])}
              </p>
              <SendUpdate link={sendable?.link ?? null} name={name} shareText={(update) => shareTextTo(helperId ? 'helper' : 'recipient', coordinator, update)} />
            </section>
          </>}
          {!helperId && (
            <>
              <label className="check">
                <input type="checkbox" checked={snapshot.inbox.recipientSeesHelpers}
                  onChange={(e) => store.run('circle/set-recipient-sees-helpers', { enabled: e.target.checked }, Date.now())} />
                <span>{t('people.invite.seesHelpers', { name })}</span>
              </label>
              <p className="hint">{t('people.invite.seesHelpersHint', { name })}</p>
              <StopSharing store={store} snapshot={snapshot} />
            </>
          )}
        </>
      )}
      {!helperId && <WithdrawalLink snapshot={snapshot} document={lastWithdrawn(snapshot.documents)} />}
    </section>
  )
}
