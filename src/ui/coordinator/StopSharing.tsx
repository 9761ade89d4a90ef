import { useState } from 'react'
import type { DeviceCircle } from '../../local/db'
import { liveDocumentOf, ownViewCoordinating, type CoordinatorDevice } from '../../store'
import type { CircleDocument } from '../../store/schema/document'
import { showNotice, showSavedNotice } from '../hooks/notice'
import { useDeviceCircles } from '../hooks/useDeviceCircles'
import type { CircleViewProps } from './CircleScreen'
import { useText } from '../../i18n'
import { peopleCatalogue } from '../../i18n/catalogues/people'
import { refusalText } from './refusals'

type Props = Pick<CircleViewProps, 'store' | 'snapshot'>

/**
 * Where the person's live document is seen, from this coordinator device:
 * - `this-phone`: in a circle for oneself, this device holds it as the person's own view (the
 *   same replica, sync/ownView.ts);
 * - `coordinating`: the person's own view is on a coordinator device still listed in the map
 *   (a friend's device sees this before the hand-over): it has everything through the map;
 * - `own-phone`: on a phone of its own, to send updates to and, if need be, stop sharing with
 *   (in a circle for oneself too, once the person's coordinator device was removed);
 * - `unknown` until this device's list of circles is read.
 */
export type PersonView = 'unknown' | 'this-phone' | 'coordinating' | 'own-phone'

export function personViewOf(
  document: Pick<CircleDocument, 'id'>,
  circles: ReadonlyArray<Pick<DeviceCircle, 'docId'>> | null,
  devices: ReadonlyArray<Pick<CoordinatorDevice, 'removedAt' | 'ownView'>>,
): PersonView {
  if (circles === null) return 'unknown'
  if (circles.some((c) => c.docId === document.id)) return 'this-phone'
  return ownViewCoordinating(devices) ? 'coordinating' : 'own-phone'
}

/**
 * Whether the person's document is on a phone of its own, so that there is something to send
 * it, and stopping sharing withdraws it from there. Never for the person's own view (withdrawing
 * the person from their own circle would only wipe their view from their phone); not offered
 * while unknown.
 */
export function sharedWithAnotherPhone(...args: Parameters<typeof personViewOf>): boolean {
  return personViewOf(...args) === 'own-phone'
}

/**
 * "Stop sharing with this phone": the recipient's document is revoked (`document/revoke`), so
 * projection empties it and their phone forgets it when it next connects, as a removed helper's
 * does. Asked once, in words that say what happens; the person can be invited again on a new
 * document and key. Not offered for the person's own view (a circle for oneself, on this device
 * or on the coordinator device they use): that is not a phone to stop sharing with.
 */
export function StopSharing({ store, snapshot }: Props) {
  const t = useText(peopleCatalogue)
  const [asking, setAsking] = useState(false)
  const { circles } = useDeviceCircles()
  const document = liveDocumentOf(snapshot.documents, null)
  const name = snapshot.circle.recipientName
  if (!document || !sharedWithAnotherPhone(document, circles, snapshot.coordinatorDevices)) return null

  function stop() {
    const result = store.run('document/revoke', { docId: document!.id }, Date.now())
    setAsking(false)
    if (!result.ok) return showNotice(refusalText(result.problems))
    showSavedNotice(t('people.withdraw.done', { name }))
  }

  return (
    <section className="panel danger-zone" aria-labelledby="stop-sharing">
      <h3 id="stop-sharing">{t('people.withdraw.title', { name })}</h3>
      <p className="hint">{t('people.withdraw.hint', { name })}</p>
      {!asking ? (
        <button type="button" className="button danger" onClick={() => setAsking(true)}>{t('people.withdraw.button')}</button>
      ) : (
        <div role="group" aria-labelledby="stop-sharing-ask">
          <p id="stop-sharing-ask"><strong>{t('people.withdraw.confirmTitle', { name })}</strong></p>
          <p>{t('people.withdraw.confirmText', { name })}</p>
          <p className="hint">{t('people.withdraw.again', { name })}</p>
          <div className="card-actions">
            <button type="button" className="button danger" onClick={stop}>{t('people.withdraw.confirm')}</button>
            <button type="button" className="button" onClick={() => setAsking(false)}>{t('people.withdraw.cancel')}</button>
          </div>
        </div>
      )}
    </section>
  )
}
