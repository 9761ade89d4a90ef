import { useState } from 'react'
import { liveDocumentOf } from '../../store'
import { showNotice, showSavedNotice } from '../hooks/notice'
import { useDeviceCircles } from '../hooks/useDeviceCircles'
import type { CircleViewProps } from './CircleScreen'
import { useText } from '../../i18n'
import { peopleCatalogue } from '../../i18n/catalogues/people'
import { refusalText } from './refusals'

type Props = Pick<CircleViewProps, 'store' | 'snapshot'>

/**
 * "Stop sharing with this phone": the recipient's document is revoked (`document/revoke`), so
 * projection empties it and their phone forgets it when it next connects, as a removed helper's
 * does. Asked once, in words that say what happens; the person can be invited again on a new
 * document and key. Not offered for the person's own view on this very device (a circle for
 * oneself): that is not a phone to stop sharing with.
 */
export function StopSharing({ store, snapshot }: Props) {
  const t = useText(peopleCatalogue)
  const [asking, setAsking] = useState(false)
  const { circles } = useDeviceCircles()
  const document = liveDocumentOf(snapshot.documents, null)
  const name = snapshot.circle.recipientName
  if (!document || !circles || circles.some((c) => c.docId === document.id)) return null

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
