import { useState } from 'react'
import { localDateOf } from '../../domain/dates'
import { dueFollowUp } from '../../domain/ending'
import type { DeviceCircle } from '../../local/circles'
import { routeOf } from '../routes'
import { deviceTimeZone, useNow } from '../hooks/useNow'
import { useDeviceCircles } from '../hooks/useDeviceCircles'
import { href, navigate } from '../hooks/router'
import { OpenUpdate } from '../shared/OpenUpdate'
import { RestoreBackup } from './RestoreBackup'
import { sharedCatalogue, useText } from '../../i18n'
import { coordinatorCatalogue } from '../../i18n/catalogues/coordinator'

const say = sharedCatalogue.format

export function Home() {
  const t = useText(coordinatorCatalogue)
  const { circles, error } = useDeviceCircles()
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)
  const now = useNow()

  async function loadExample(which: 'maria' | 'alex') {
    setBusy(true)
    setFailure(null)
    try {
      // The store, Yjs and storage load when an example is asked for, not with the list.
      const { createExampleCircle } = await import('../../sync/newCircle')
      const docId = await createExampleCircle(which, Date.now(), deviceTimeZone())
      navigate(`c/${docId}/needs`)
    } catch (e) {
      const problem = await import('../../sync/persistence').then(({ problemOf }) => problemOf(e), () => 'unknown' as const)
      setFailure(`${say('shared.storage.exampleNotLoaded')} ${say(`shared.storage.refused.${problem}`)}`)
      setBusy(false)
    }
  }

  return (
    <main id="main" className="page home">
      <header className="home-header">
        <p className="brand" aria-hidden="true">Kith</p>
        <h1>{circles && circles.length > 0 ? t('coordinator.home.title') : t('coordinator.home.welcomeTitle')}</h1>
      </header>
      {(error || failure) && <p className="notice warning" role="alert">{failure ?? say('shared.storageSlow')}</p>}
      {circles === null && !error ? <p className="muted">{say('shared.loading')}</p> : (
        // Nothing shows below the heading until the list is read: what shows then is added
        // under it, never pushed down by the list arriving above it (no layout shift).
        <>
          {circles && circles.length > 0 && (
            <ul className="card-list" aria-label={t('coordinator.home.title')}>
              {circles.map((circle) => (
                <li key={circle.docId}>
                  <a className="card card-link" href={href(circle.role === 'coordinator' ? `c/${circle.docId}/needs` : routeOf(circle.role, circle.docId))}>
                    <span className="card-title">{circle.label || t('coordinator.home.unnamed')}</span>
                    <span className="muted">{t(`coordinator.home.role.${circle.role}`)}{circle.ending ? <span className="tag ended-tag">{t('coordinator.home.archived')}</span>
                      : circle.resting && <span className="tag ended-tag">{t('coordinator.home.resting')}</span>}</span>
                    <FollowUpDue circle={circle} now={now} />
                  </a>
                </li>
              ))}
            </ul>
          )}
          {circles && circles.length === 0 && (
            <>
              <p className="lead">{t('coordinator.home.welcome')}</p>
              <p className="muted">{t('coordinator.home.privacy')}</p>
            </>
          )}
          <a className="button primary block" href={href('new')}>
            {t('coordinator.home.start')}
          </a>
          {circles && (
            <section className="examples" aria-labelledby="examples-title">
              <h2 id="examples-title">{t('coordinator.home.examplesTitle')}</h2>
              <p className="muted">{t('coordinator.home.examplesIntro')}</p>
              <div className="example-buttons">
                <button type="button" className="card card-button" disabled={busy} onClick={() => loadExample('maria')}>
                  <span className="card-title">{t('coordinator.home.exampleMaria')}</span>
                  <span className="muted">{t('coordinator.home.exampleMariaHint')}</span>
                </button>
                <button type="button" className="card card-button" disabled={busy} onClick={() => loadExample('alex')}>
                  <span className="card-title">{t('coordinator.home.exampleAlex')}</span>
                  <span className="muted">{t('coordinator.home.exampleAlexHint')}</span>
                </button>
              </div>
            </section>
          )}
          <OpenUpdate />
          <RestoreBackup />
          <p className="settings-link"><a href={href('settings')}>{t('coordinator.home.settings')}</a></p>
        </>
      )}
    </main>
  )
}

/** An ended circle's follow-up, once its day has come (domain/ending.ts). */
function FollowUpDue({ circle, now }: { circle: DeviceCircle; now: number }) {
  const t = useText(coordinatorCatalogue)
  if (!circle.ending) return null
  const due = dueFollowUp(circle.ending.followUps, localDateOf(now, circle.ending.timeZone))
  if (!due) return null
  return <span className="notice small">{t('coordinator.home.followUpDue', { months: due.kind === 'oneMonth' ? 1 : 3, date: t.date(due.date, 'long') })}</span>
}
