import { useState } from 'react'
import { addDays, localDateOf } from '../../domain/dates'
import { openRest } from '../../domain/resting'
import { thankYouNote } from '../../i18n/describeBrief'
import { showNotice, showSavedNotice } from '../hooks/notice'
import { CalendarSection } from '../shared/CalendarSection'
import { useNow } from '../hooks/useNow'
import type { CircleViewProps } from './CircleScreen'
import { RestPanel } from './RestPanel'
import { StopSharing } from './StopSharing'
import { lastWithdrawn, WithdrawalLink } from './WithdrawalLink'
import { useText } from '../../i18n'
import { reassessCatalogue } from '../../i18n/catalogues/reassess'
import { refusalText } from './refusals'

export function EndScreen({ docId, store, snapshot }: CircleViewProps) {
  const t = useText(reassessCatalogue)
  const { circle } = snapshot
  const now = useNow()
  const [followUps, setFollowUps] = useState(true)
  const run = (...args: Parameters<typeof store.run>) => {
    const result = store.run(...args)
    if (!result.ok) showNotice(refusalText(result.problems))
    return result.ok
  }

  if (circle.status === 'archived') {
    const endedOn = circle.endedAt ? localDateOf(circle.endedAt, circle.timeZone) : circle.endDate
    return (
      <main id="main" className="page">
        <h1>{t('reassess.end.endedTitle')}</h1>
        <p className="muted">{t('reassess.end.endedOn', { date: t.date(endedOn, 'long') })}</p>
        <section aria-labelledby="thanks-title">
          <h2 id="thanks-title" className="section-title">{t('reassess.end.thanksTitle')}</h2>
          <p className="hint">{t('reassess.end.thanksIntro')}</p>
          <ul className="card-list" aria-label={t('reassess.end.thanksTitle')}>
            {snapshot.helpers.map((helper) => {
              const note = thankYouNote({ helper, circle, needs: snapshot.needs, assignments: snapshot.assignments })
              return (
                <li key={helper.id} className="card">
                  <span className="card-title">{helper.name}</span>
                  <p className="note">{note}</p>
                  <button type="button" className="button small" onClick={() => navigator.clipboard?.writeText(note).then(() => showNotice(t('reassess.end.copied')), () => undefined)}>
                    {t('reassess.end.copy', { name: helper.name })}
                  </button>
                </li>
              )
            })}
          </ul>
        </section>
        {(circle.followUps.oneMonth || circle.followUps.threeMonths) && (
          <section className="panel" aria-labelledby="followups-title">
            <h2 id="followups-title">{t('reassess.end.followUpsTitle')}</h2>
            <ul className="plain-list">
              {[circle.followUps.oneMonth, circle.followUps.threeMonths].filter(Boolean).map((date) => <li key={date}>{t('reassess.end.followUpOn', { date: t.date(date!, 'long') })}</li>)}
            </ul>
            <CalendarSection words={{ title: t('reassess.end.followUpsCalendar.title'), intro: t('reassess.end.followUpsCalendar.intro'), button: t('reassess.end.followUpsCalendar.button'), saved: t('reassess.end.followUpsCalendar.saved'), failed: t('reassess.end.followUpsCalendar.failed') }} make={async () => {
              const { exportCoordinatorCalendar } = await import('./calendarExport')
              return exportCoordinatorCalendar(docId, circle, localDateOf(now, circle.timeZone), Date.now(), openRest(snapshot.rests))
            }} />
          </section>
        )}
        {/* The support is over: the person's phone may be let go of too (it thanks them meanwhile). */}
        <StopSharing store={store} snapshot={snapshot} />
        <WithdrawalLink snapshot={snapshot} document={lastWithdrawn(snapshot.documents)} />
        <button type="button" className="button block" onClick={() => run('circle/reopen', {}, Date.now()) && showSavedNotice(t('reassess.end.reopened'))}>{t('reassess.end.reopen')}</button>
      </main>
    )
  }

  return (
    <main id="main" className="page">
      <h1>{t('reassess.end.title')}</h1>
      <p>{t('reassess.end.current', { date: t.date(circle.endDate, 'long') })}</p>
      <section className="panel" aria-labelledby="extend-title">
        <h2 id="extend-title">{t('reassess.end.extendTitle')}</h2>
        <p className="hint">{t('reassess.end.extendHint')}</p>
        <div className="card-actions">
          {[1, 2, 4].map((weeks) => (
            <button key={weeks} type="button" className="button small" onClick={() => {
              const endDate = addDays(circle.endDate, weeks * 7)
              if (run('circle/extend', { endDate }, Date.now())) showSavedNotice(t('reassess.end.extended', { date: t.date(endDate, 'long') }))
            }}>{t('reassess.end.extendBy', { weeks })}</button>
          ))}
        </div>
      </section>
      <RestPanel store={store} snapshot={snapshot} />
      <section className="panel" aria-labelledby="end-title">
        <h2 id="end-title">{t('reassess.end.endTitle')}</h2>
        <p className="hint">{t('reassess.end.endHint', { name: circle.recipientName })}</p>
        <label className="check">
          <input type="checkbox" checked={followUps} onChange={(e) => setFollowUps(e.target.checked)} />
          <span>{t('reassess.end.followUps')}</span>
        </label>
        <button type="button" className="button danger" onClick={() => {
          if (window.confirm(t('reassess.end.endConfirm'))) run('circle/end', { followUps }, now)
        }}>{t('reassess.end.endButton')}</button>
      </section>
    </main>
  )
}
