import { Suspense, useCallback, useLayoutEffect, useState } from 'react'
import { addDays, localDateOf, localDayBounds, weekdayOf } from '../../domain/dates'
import { endedOn } from '../../domain/ending'
import { openRest, restOn } from '../../domain/resting'
import * as describe from '../../i18n/describe'
import type { Occurrence } from '../../domain/model'
import { matchesAssignment } from '../../domain/planner/series'
import { expandNeeds } from '../../domain/schedule'
import { setAsideReason, setAsideRulesOf, type SetAsideReason } from '../../domain/setAside'
import type { MapStore } from '../../store'
import { isMapOpen } from '../../sync/circles'
import { href } from '../hooks/router'
import { showNotice, showSavedNotice } from '../hooks/notice'
import { deviceTimeZone, useNow } from '../hooks/useNow'
import { lazyScreen } from '../lazyScreen'
import { storeTodayScreen, takeOverBootScreen, useStoredScreen } from '../shared/bootScreen'
import type { CircleViewProps } from './CircleScreen'
import { ClockNote } from './ClockNote'
import { SafetyFirstPanel } from './Safety'
import { useText } from '../../i18n'
import { reassessCatalogue } from '../../i18n/catalogues/reassess'
import { refusalText } from './refusals'
// Who could take a time comes from the planner: loaded only when a call is open or someone is sought.
const OpenCallPanel = lazyScreen(() => import('./OpenCallPanel'), (m) => m.OpenCallPanel)
const FindSomeonePanel = lazyScreen(() => import('./FindSomeonePanel'), (m) => m.FindSomeonePanel)
// Waits on this device's backup record anyway (it shows nothing until that is read): its code and
// words come with it, not in Today's first download.
const BackupReminder = lazyScreen(() => import('./BackupReminder'), (m) => m.BackupReminder)

export function TodayScreen(props: CircleViewProps) {
  const t = useText(reassessCatalogue)
  const { docId, snapshot } = props
  const { circle } = snapshot
  const now = useNow()
  const today = localDateOf(now, circle.timeZone)
  // Days from today, not a fixed date: left open across midnight, "Today" moves on with the clock.
  const [offset, setOffset] = useState(0)
  const day = addDays(today, offset)
  // Ended: read-only, and nothing after the last day (domain/ending.ts).
  const ended = endedOn(circle)
  const afterEnd = ended !== null && day > ended
  const all = afterEnd ? [] : expandNeeds(snapshot.needs, { circleStart: circle.startDate, circleEnd: circle.endDate, timeZone: circle.timeZone, from: day, to: day })
  const rules = setAsideRulesOf(snapshot, circle.timeZone)
  const occurrences = all.filter((o) => setAsideReason(o, rules) === null)
  const setAside = (reason: SetAsideReason) => describe.joinWithAnd([...new Set(all.filter((o) => setAsideReason(o, rules) === reason)
    .map((o) => `“${snapshot.needs.find((n) => n.id === o.needId)!.title}”`))])
  const stoppedTitles = setAside('stopped')
  const ruledOutTitles = setAside('ruled-out')
  const lastCheckIn = snapshot.checkIns[0]
  // No check-in while the circle rests: nobody is to be asked anything.
  const resting = restOn(snapshot.rests, day) !== null
  const checkInDue = ended === null && openRest(snapshot.rests) === null && day === today && weekdayOf(today) === circle.checkInWeekday && !(lastCheckIn && localDateOf(lastCheckIn.at, circle.timeZone) === today)
  // Drawn: the markup the boot script showed (index.html) leaves before the browser paints again;
  // and the next launch shows this day's screen as drawn now, while it is still this day.
  useLayoutEffect(takeOverBootScreen, [])
  const storeNow = useCallback(() => {
    const shownDay = localDayBounds(today, circle.timeZone)
    if (isMapOpen(docId, props.store) && Date.now() < shownDay.until) storeTodayScreen(docId, shownDay)
  }, [docId, props.store, today, circle.timeZone])
  useStoredScreen(props.store, snapshot, offset === 0, storeNow)

  return (
    <main id="main" className="page">
      <div className="week-switcher">
        <button type="button" className="button small" aria-label={t('reassess.today.previousDay')} onClick={() => setOffset(offset - 1)}>‹</button>
        <h1 className="day-title">{day === today ? t('reassess.today.title') : t.date(day, 'long')}</h1>
        <button type="button" className="button small" aria-label={t('reassess.today.nextDay')} onClick={() => setOffset(offset + 1)}>›</button>
      </div>
      {day === today && <p className="muted">{t.date(day, 'long')}</p>}
      <ClockNote snapshot={snapshot} now={now} />
      {ended === null && <SafetyFirstPanel {...props} />}
      {checkInDue && (
        <p className="notice">
          {t('reassess.today.checkInDue', { name: circle.recipientName })} <a href={href(`c/${docId}/check-in`)}>{t('reassess.today.checkInLink')}</a>
        </p>
      )}
      {checkInDue && <Suspense fallback={null}><BackupReminder docId={docId} /></Suspense>}
      {stoppedTitles && <p className="muted small">{t('reassess.today.stoppedToday', { titles: stoppedTitles })}</p>}
      {ruledOutTitles && <p className="muted small">{t('reassess.today.ruledOutToday', { name: circle.recipientName, titles: ruledOutTitles })}</p>}
      {ended !== null && !afterEnd && occurrences.length > 0 && <p className="muted small">{t('reassess.today.readOnly')}</p>}
      {occurrences.length === 0 ? <p className="empty">{afterEnd ? t('reassess.today.afterEnd', { date: t.date(ended!, 'long') }) : resting ? t('reassess.rest.today') : t('reassess.today.nothing')}</p> : (
        <ul className="card-list" aria-label={t('reassess.today.title')}>
          {occurrences.map((occurrence) => <li key={occurrence.id}><OccurrenceCard {...props} occurrence={occurrence} now={now} readOnly={ended !== null} /></li>)}
        </ul>
      )}
    </main>
  )
}

function OccurrenceCard({ store, snapshot, occurrence, now, readOnly }: CircleViewProps & { occurrence: Occurrence; now: number; readOnly: boolean }) {
  const t = useText(reassessCatalogue)
  const need = snapshot.needs.find((n) => n.id === occurrence.needId)!
  const status = snapshot.statuses[occurrence.id]
  const nameOf = (id: string | null | undefined) => snapshot.helpers.find((h) => h.id === id)?.name ?? null
  const seriesFor = (role: 'primary' | 'backup') => snapshot.assignments.find((a) => a.accepted && a.role === role && matchesAssignment(a, occurrence))
  const primary = nameOf(seriesFor('primary')?.helperId)
  const backupId = seriesFor('backup')?.helperId ?? null
  const backup = nameOf(backupId)
  const call = snapshot.openCalls.find((c) => c.occurrenceId === occurrence.id && c.state === 'open')
  const label = status ? (status.status === 'covered' && status.coveredBy ? t('reassess.today.coveredBy', { name: nameOf(status.coveredBy) ?? '—' }) : t(`reassess.today.status.${status.status}`)) : t('reassess.today.status.planned')
  const needsSomeone = status && ['missed', 'needs-cover'].includes(status.status)
  const [finding, setFinding] = useState(false)
  const run = (...args: Parameters<MapStore['run']>) => {
    const result = store.run(...args)
    if (!result.ok) showNotice(refusalText(result.problems))
    return result.ok
  }
  const setStatus = (kind: 'done' | 'missed' | 'needs-cover' | 'cancelled') => run('occurrence/set-status', { occurrenceId: occurrence.id, status: kind }, Date.now())

  return (
    <article className={`card occurrence status-${status?.status ?? 'planned'}`} aria-label={t('reassess.today.cardLabel', { title: need.title, status: label })}>
      <span className="card-title">{need.title}</span>
      <span className="small">{describe.describeOccurrenceTime(occurrence, snapshot.circle.timeZone, deviceTimeZone())}</span>
      <span>{primary ?? <span className="muted">{t('reassess.today.nobody')}</span>}{backup && <span className="muted small"> · {t('reassess.today.backupIs', { name: backup })}</span>}</span>
      <span className={`status-badge status-${status?.status ?? 'planned'}`}>{label}</span>
      {!readOnly && <span className="card-actions">
        {!status && !primary && (
          // Nobody is assigned: finding someone comes first; there is no one who "can't make it".
          <>
            <button type="button" className="button small primary" aria-expanded={finding} onClick={() => setFinding(!finding)}>{t('reassess.today.findSomeone')}</button>
            <button type="button" className="button small" onClick={() => setStatus('done')}>{t('reassess.today.markDone')}</button>
            <button type="button" className="button small quiet" onClick={() => setStatus('cancelled')}>{t('reassess.today.cancel')}</button>
          </>
        )}
        {!status && primary && (
          <>
            <button type="button" className="button small primary" onClick={() => setStatus('done')}>{t('reassess.today.markDone')}</button>
            <button type="button" className="button small" onClick={() => setStatus('missed')}>{t('reassess.today.markMissed')}</button>
            <button type="button" className="button small" onClick={() => setStatus('needs-cover')}>{t('reassess.today.cantMakeIt')}</button>
            <button type="button" className="button small quiet" onClick={() => setStatus('cancelled')}>{t('reassess.today.cancel')}</button>
          </>
        )}
        {needsSomeone && backupId && backup && (
          <button type="button" className="button small primary" onClick={() => run('occurrence/activate-backup', { occurrenceId: occurrence.id, helperId: backupId }, Date.now()) && showSavedNotice(t('reassess.today.isCovering', { name: backup }))}>
            {t('reassess.today.activateBackup', { name: backup })}
          </button>
        )}
        {needsSomeone && !call && (
          <button type="button" className="button small" onClick={() => run('open-call/post', { occurrenceId: occurrence.id }, Date.now())}>{t('reassess.today.postOpenCall')}</button>
        )}
        {status && <button type="button" className="button small quiet" onClick={() => run('occurrence/clear-status', { occurrenceId: occurrence.id }, Date.now())}>{t('reassess.today.undo')}</button>}
      </span>}
      {!readOnly && finding && !status && !primary && (
        <Suspense fallback={<p className="small muted" data-not-stored="">{t('reassess.today.findLoading')}</p>}>
          <FindSomeonePanel store={store} snapshot={snapshot} occurrence={occurrence} backup={backupId && backup ? { id: backupId, name: backup } : null} now={now} />
        </Suspense>
      )}
      {!readOnly && call && <Suspense fallback={null}><OpenCallPanel store={store} snapshot={snapshot} occurrence={occurrence} callId={call.id} now={now} /></Suspense>}
    </article>
  )
}
