import { useState } from 'react'
import { addDays, localDateOf } from '../../domain/dates'
import * as describe from '../../i18n/describe'
import { openRest } from '../../domain/resting'
import { thankYouNote } from '../../i18n/describe'
import { showNotice, showSavedNotice } from '../hooks/notice'
import { CalendarSection } from '../shared/CalendarSection'
import { useNow } from '../hooks/useNow'
import type { CircleViewProps } from './CircleScreen'
import { RestPanel } from './RestPanel'
import { text } from './text'

const t = text.end

export function EndScreen({ docId, store, snapshot }: CircleViewProps) {
  const { circle } = snapshot
  const now = useNow()
  const [followUps, setFollowUps] = useState(true)
  const run = (...args: Parameters<typeof store.run>) => {
    const result = store.run(...args)
    if (!result.ok) showNotice(result.problems.map((p) => p.message).join(' '))
    return result.ok
  }

  if (circle.status === 'archived') {
    const endedOn = circle.endedAt ? localDateOf(circle.endedAt, circle.timeZone) : circle.endDate
    return (
      <main id="main" className="page">
        <h1>{t.endedTitle}</h1>
        <p className="muted">{t.endedOn(describe.formatLocalDate(endedOn))}</p>
        <section aria-labelledby="thanks-title">
          <h2 id="thanks-title" className="section-title">{t.thanksTitle}</h2>
          <p className="hint">{t.thanksIntro}</p>
          <ul className="card-list" aria-label={t.thanksTitle}>
            {snapshot.helpers.map((helper) => {
              const note = thankYouNote({ helper, circle, needs: snapshot.needs, assignments: snapshot.assignments })
              return (
                <li key={helper.id} className="card">
                  <span className="card-title">{helper.name}</span>
                  <p className="note">{note}</p>
                  <button type="button" className="button small" onClick={() => navigator.clipboard?.writeText(note).then(() => showNotice(t.copied), () => undefined)}>
                    {t.copy(helper.name)}
                  </button>
                </li>
              )
            })}
          </ul>
        </section>
        {(circle.followUps.oneMonth || circle.followUps.threeMonths) && (
          <section className="panel" aria-labelledby="followups-title">
            <h2 id="followups-title">{t.followUpsTitle}</h2>
            <ul className="plain-list">
              {[circle.followUps.oneMonth, circle.followUps.threeMonths].filter(Boolean).map((date) => <li key={date}>{t.followUpOn(describe.formatLocalDate(date!))}</li>)}
            </ul>
            <CalendarSection words={t.followUpsCalendar} make={async () => {
              const { exportCoordinatorCalendar } = await import('./calendarExport')
              return exportCoordinatorCalendar(docId, circle, localDateOf(now, circle.timeZone), Date.now(), openRest(snapshot.rests))
            }} />
          </section>
        )}
        <button type="button" className="button block" onClick={() => run('circle/reopen', {}, Date.now()) && showSavedNotice(t.reopened)}>{t.reopen}</button>
      </main>
    )
  }

  return (
    <main id="main" className="page">
      <h1>{t.title}</h1>
      <p>{t.current(describe.formatLocalDate(circle.endDate))}</p>
      <section className="panel" aria-labelledby="extend-title">
        <h2 id="extend-title">{t.extendTitle}</h2>
        <p className="hint">{t.extendHint}</p>
        <div className="card-actions">
          {[1, 2, 4].map((weeks) => (
            <button key={weeks} type="button" className="button small" onClick={() => {
              const endDate = addDays(circle.endDate, weeks * 7)
              if (run('circle/extend', { endDate }, Date.now())) showSavedNotice(t.extended(describe.formatLocalDate(endDate)))
            }}>{t.extendBy(weeks)}</button>
          ))}
        </div>
      </section>
      <RestPanel store={store} snapshot={snapshot} />
      <section className="panel" aria-labelledby="end-title">
        <h2 id="end-title">{t.endTitle}</h2>
        <p className="hint">{t.endHint(circle.recipientName)}</p>
        <label className="check">
          <input type="checkbox" checked={followUps} onChange={(e) => setFollowUps(e.target.checked)} />
          <span>{t.followUps}</span>
        </label>
        <button type="button" className="button danger" onClick={() => {
          if (window.confirm(t.endConfirm)) run('circle/end', { followUps }, now)
        }}>{t.endButton}</button>
      </section>
    </main>
  )
}
