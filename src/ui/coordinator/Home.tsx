import { useState } from 'react'
import { localDateOf } from '../../domain/dates'
import * as describe from '../../i18n/describe'
import { dueFollowUp } from '../../domain/ending'
import type { DeviceCircle } from '../../local/circles'
import { createExampleCircle } from '../../sync/circles'
import { routeOf } from '../../sync/join'
import { problemOf } from '../../sync/persistence'
import { deviceTimeZone, useNow } from '../hooks/useNow'
import { useDeviceCircles } from '../hooks/useDeviceCircles'
import { href, navigate } from '../hooks/router'
import { OpenUpdate } from '../shared/OpenUpdate'
import { RestoreBackup } from './RestoreBackup'
import { sharedText } from '../shared/text'
import { text } from './text'

export function Home() {
  const { circles, error } = useDeviceCircles()
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)
  const now = useNow()

  async function loadExample(which: 'maria' | 'alex') {
    setBusy(true)
    setFailure(null)
    try {
      const docId = await createExampleCircle(which, Date.now(), deviceTimeZone())
      navigate(`c/${docId}/needs`)
    } catch (e) {
      setFailure(`${sharedText.storage.exampleNotLoaded} ${sharedText.storage.refused(problemOf(e))}`)
      setBusy(false)
    }
  }

  return (
    <main id="main" className="page home">
      <header className="home-header">
        <p className="brand" aria-hidden="true">Kith</p>
        <h1>{circles && circles.length > 0 ? text.home.title : text.home.welcomeTitle}</h1>
      </header>
      {(error || failure) && <p className="notice warning" role="alert">{failure ?? sharedText.storageSlow}</p>}
      {circles === null && !error && <p className="muted">{sharedText.loading}</p>}
      {circles && circles.length > 0 && (
        <ul className="card-list" aria-label={text.home.title}>
          {circles.map((circle) => (
            <li key={circle.docId}>
              <a className="card card-link" href={href(circle.role === 'coordinator' ? `c/${circle.docId}/needs` : routeOf(circle.role, circle.docId))}>
                <span className="card-title">{circle.label || text.home.unnamed}</span>
                <span className="muted">{text.home.role[circle.role]}{circle.ending ? <span className="tag ended-tag">{text.home.archived}</span>
                  : circle.resting && <span className="tag ended-tag">{text.home.resting}</span>}</span>
                <FollowUpDue circle={circle} now={now} />
              </a>
            </li>
          ))}
        </ul>
      )}
      {circles && circles.length === 0 && (
        <>
          <p className="lead">{text.home.welcome}</p>
          <p className="muted">{text.home.privacy}</p>
        </>
      )}
      <a className="button primary block" href={href('new')}>
        {text.home.start}
      </a>
      {circles && (
        <section className="examples" aria-labelledby="examples-title">
          <h2 id="examples-title">{text.home.examplesTitle}</h2>
          <p className="muted">{text.home.examplesIntro}</p>
          <div className="example-buttons">
            <button type="button" className="card card-button" disabled={busy} onClick={() => loadExample('maria')}>
              <span className="card-title">{text.home.exampleMaria}</span>
              <span className="muted">{text.home.exampleMariaHint}</span>
            </button>
            <button type="button" className="card card-button" disabled={busy} onClick={() => loadExample('alex')}>
              <span className="card-title">{text.home.exampleAlex}</span>
              <span className="muted">{text.home.exampleAlexHint}</span>
            </button>
          </div>
        </section>
      )}
      <OpenUpdate />
      <RestoreBackup />
      <p className="settings-link"><a href={href('settings')}>{text.home.settings}</a></p>
    </main>
  )
}

/** An ended circle's follow-up, once its day has come (domain/ending.ts). */
function FollowUpDue({ circle, now }: { circle: DeviceCircle; now: number }) {
  if (!circle.ending) return null
  const due = dueFollowUp(circle.ending.followUps, localDateOf(now, circle.ending.timeZone))
  if (!due) return null
  return <span className="notice small">{text.home.followUpDue(due.kind === 'oneMonth' ? 1 : 3, describe.formatLocalDate(due.date))}</span>
}
