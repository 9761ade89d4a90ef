import { useState } from 'react'
import type { DeviceCircle } from '../../local/db'
import { liveDocumentOf } from '../../store'
import type { CircleDocument } from '../../store/schema/document'
import { showNotice, showSavedNotice } from '../hooks/notice'
import { useDeviceCircles } from '../hooks/useDeviceCircles'
import type { CircleViewProps } from './CircleScreen'
import { useText } from '../../i18n'
import { peopleCatalogue } from '../../i18n/catalogues/people'
import { refusalText } from './refusals'

type Props = Pick<CircleViewProps, 'store' | 'snapshot'>

/**
 * Whether the person's live document is on another phone, so that stopping sharing withdraws it
 * from there. In a circle for oneself this device holds it as the person's own view (the same
 * replica, sync/ownView.ts): "Stop sharing" would only make this phone forget its own view, so it
 * is not offered. Another coordinator device of that circle (a friend's it is handed to) holds no
 * such view: there the person's phone is a phone like any other, and it is offered. Unknown until
 * this device's list of circles is read: not offered meanwhile.
 */
export function sharedWithAnotherPhone(document: Pick<CircleDocument, 'id'>, circles: ReadonlyArray<Pick<DeviceCircle, 'docId'>> | null): boolean {
  return circles !== null && !circles.some((c) => c.docId === document.id)
}

/**
 * "Stop sharing with this phone": the recipient's document is revoked (`document/revoke`), so
 * projection empties it and their phone forgets it when it next connects, as a removed helper's
 * does. Asked once, in words that say what happens; the person can be invited again on a new
 * document and key. Not offered for the person's own view on this very device (a circle for
 * oneself): that is not a phone to stop sharing with (`sharedWithAnotherPhone`).
 */
export function StopSharing({ store, snapshot }: Props) {
  const t = useText(peopleCatalogue)
  const [asking, setAsking] = useState(false)
  const { circles } = useDeviceCircles()
  const document = liveDocumentOf(snapshot.documents, null)
  const name = snapshot.circle.recipientName
  if (!document || !sharedWithAnotherPhone(document, circles)) return null

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
