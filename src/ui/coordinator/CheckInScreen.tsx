import { useState, type FormEvent } from 'react'
import { useDraft } from '../hooks/useDraft'
import { DraftNote } from '../shared/DraftNote'
import { addDays, isoWeekKey, localDateOf } from '../../domain/dates'
import { WEEKDAYS, type Weekday } from '../../domain/model'
import { expandNeeds } from '../../domain/schedule'
import { openRest } from '../../domain/resting'
import { setAsideRulesOf, toDo } from '../../domain/setAside'
import { weekSummary } from '../../domain/weekSummary'
import { activitySince, type CheckInAnswer } from '../../store'
import { showNotice, showSavedNotice } from '../hooks/notice'
import { useNow } from '../hooks/useNow'
import { CalendarSection } from '../shared/CalendarSection'
import { Field } from '../shared/Field'
import { BackupReminder } from './BackupReminder'
import type { CircleViewProps } from './CircleScreen'
import { ClockNote } from './ClockNote'
import { WeekAtAGlance } from './WeekAtAGlance'
import { useText } from '../../i18n'
import { entryWords } from './activityWords'
import { weekdayValue } from '../../domain/phrase'
import { inboxCatalogue } from '../../i18n/catalogues/inbox'
import { keepingCatalogue } from '../../i18n/catalogues/keeping'
import { reassessCatalogue } from '../../i18n/catalogues/reassess'
import { refusalText } from './refusals'
const answers = ['worked', 'missing', 'stop', 'adjusted'] as const

export function CheckInScreen({ docId, store, snapshot }: CircleViewProps) {
  const t = useText(reassessCatalogue)
  const tKeeping = useText(keepingCatalogue)
  const { circle } = snapshot
  const now = useNow()
  const today = localDateOf(now, circle.timeZone)
  const since = activitySince(snapshot.activity, snapshot.checkIns[0] ?? null)
  const form = useDraft('check-in', () => ({ worked: '', missing: '', stop: '', adjusted: '' }))
  const { value: draft, set: setDraft } = form
  const [linked, setLinked] = useState<Set<string>>(() => new Set(since.map((a) => a.id)))
  // The linking list can be long: it renders once opened.
  const [linking, setLinking] = useState(false)
  const pastTwoWeeks = toDo(
    expandNeeds(snapshot.needs, { circleStart: circle.startDate, circleEnd: circle.endDate, timeZone: circle.timeZone, from: addDays(today, -14), to: today }),
    setAsideRulesOf(snapshot, circle.timeZone),
  )
  const week = weekSummary({ helpers: snapshot.helpers, assignments: snapshot.assignments, statuses: snapshot.statuses, occurrences: pastTwoWeeks, changes: since, timeZone: circle.timeZone, now })
  // With several coordinators, who made each change.
  const authorOf = (deviceId: string | null) => (deviceId === null ? null : snapshot.coordinatorDevices.find((d) => d.id === deviceId)?.name ?? null)

  function submit(event: FormEvent) {
    event.preventDefault()
    const result = store.run('check-in/record', {
      weekOf: isoWeekKey(today), ...draft, adjustmentIds: since.filter((a) => linked.has(a.id)).map((a) => a.id),
    }, Date.now())
    if (!result.ok) return showNotice(refusalText(result.problems))
    form.reset()
    showSavedNotice(t('reassess.checkIn.saved'))
  }

  return (
    <main id="main" className="page">
      <h1>{t('reassess.checkIn.title')}</h1>
      <DraftNote draft={form} />
      <p className="muted">{t('reassess.checkIn.intro', { name: circle.recipientName })}</p>
      <ClockNote snapshot={snapshot} now={now} />
      <BackupReminder docId={docId} />
      <WeekAtAGlance snapshot={snapshot} summary={week} authorOf={authorOf} />
      {circle.status === 'archived' ? <p className="muted">{t('reassess.checkIn.ended')}</p> : (
        <>
          <Field label={t('reassess.checkIn.day')} hint={t('reassess.checkIn.dayHint')}>
            {({ id, describedBy }) => (
              <select id={id} aria-describedby={describedBy} value={circle.checkInWeekday}
                onChange={(e) => store.run('circle/set-check-in-day', { weekday: Number(e.target.value) as Weekday }, Date.now())}>
                {WEEKDAYS.map((day) => <option key={day} value={day}>{t.value(weekdayValue(day, 'long'))}</option>)}
              </select>
            )}
          </Field>

          <form onSubmit={submit} noValidate>
            <fieldset>
              <legend>{t('reassess.checkIn.weekOf', { date: t.date(isoWeekKey(today), 'long') })}</legend>
              {answers.map((key) => (
                <Field key={key} label={t(`reassess.checkIn.${key}`)}>
                  {({ id }) => <textarea id={id} rows={2} value={draft[key]} onChange={(e) => setDraft({ ...draft, [key]: e.target.value })} />}
                </Field>
              ))}
              {since.length === 0 ? <p className="muted small">{t('reassess.checkIn.noAdjustments')}</p> : (
                <details className="week-details" onToggle={(event) => setLinking(event.currentTarget.open)}>
                  <summary>{t('reassess.checkIn.linkChanges', { linked: since.filter((a) => linked.has(a.id)).length, total: since.length })}</summary>
                  {linking && <fieldset className="inline-fieldset">
                    <legend>{t('reassess.checkIn.adjustments')}</legend>
                    <p className="hint">{t('reassess.checkIn.adjustmentsHint')}</p>
                    {since.map((entry) => (
                      <label className="check" key={entry.id}>
                        <input type="checkbox" checked={linked.has(entry.id)} onChange={(e) => {
                          const next = new Set(linked)
                          if (e.target.checked) next.add(entry.id)
                          else next.delete(entry.id)
                          setLinked(next)
                        }} />
                        <span>{entryWords(t, entry)}{authorOf(entry.by) && <span className="muted">{tKeeping('keeping.coordinators.by', { name: authorOf(entry.by)! })}</span>}</span>
                      </label>
                    ))}
                  </fieldset>}
                </details>
              )}
            </fieldset>
            <button type="submit" className="button primary block">{t('reassess.checkIn.save')}</button>
          </form>
        </>
      )}

      <section aria-labelledby="history-title">
        <h2 id="history-title" className="section-title">{t('reassess.checkIn.historyTitle')}</h2>
        {snapshot.checkIns.length === 0 ? <p className="muted">{t('reassess.checkIn.noHistory')}</p> : (
          <ul className="card-list">
            {snapshot.checkIns.map((checkIn) => (
              <li key={checkIn.id} className="card">
                <span className="card-title">{t('reassess.checkIn.weekOf', { date: t.date(checkIn.weekOf, 'long') })}</span>
                <dl className="answers">
                  {answers.map((key) => (
                    <div key={key}><dt>{t(`reassess.checkIn.${key}`)}</dt><dd>{checkIn[key] || <span className="muted">{t('reassess.checkIn.empty')}</span>}</dd></div>
                  ))}
                </dl>
                <RecipientAnswers answer={snapshot.inbox.checkInAnswers[checkIn.id]} name={circle.recipientName} />
                {checkIn.adjustmentIds.length > 0 && (
                  <ul className="plain-list small">
                    {checkIn.adjustmentIds.map((id) => { const entry = snapshot.activity.find((a) => a.id === id); return <li key={id}>{entry && entryWords(t, entry)}</li> })}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <CalendarSection words={{ title: t('reassess.checkIn.calendar.title'), intro: t('reassess.checkIn.calendar.intro'), button: t('reassess.checkIn.calendar.button'), saved: t('reassess.checkIn.calendar.saved'), failed: t('reassess.checkIn.calendar.failed') }} make={async () => {
        const { exportCoordinatorCalendar } = await import('./calendarExport')
        return exportCoordinatorCalendar(docId, circle, today, Date.now(), openRest(snapshot.rests))
      }} />
    </main>
  )
}

function RecipientAnswers({ answer, name }: { answer: CheckInAnswer | undefined; name: string }) {
  const t = useText(reassessCatalogue)
  const tInbox = useText(inboxCatalogue)
  if (!answer) return <p className="small muted">{tInbox('inbox.noAnswer', { name })}</p>
  return (
    <section className="recipient-answers" aria-label={tInbox('inbox.answersTitle', { name })}>
      <h3>{tInbox('inbox.answersTitle', { name })}</h3>
      <dl className="answers">
        {(['worked', 'missing', 'notHelpful'] as const).map((key) => (
          <div key={key}><dt>{tInbox(`inbox.${key}`)}</dt><dd>{answer[key] || <span className="muted">{t('reassess.checkIn.empty')}</span>}</dd></div>
        ))}
      </dl>
    </section>
  )
}
