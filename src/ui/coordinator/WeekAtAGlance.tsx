import { useState } from 'react'
import { parseOccurrenceId } from '../../domain/model'
import type { MissedNeed, WeekLine, WeekSummary } from '../../domain/weekSummary'
import type { CircleViewProps } from './CircleScreen'
import { useText } from '../../i18n'
import { entryWords } from './activityWords'
import { keepingCatalogue } from '../../i18n/catalogues/keeping'
import { reassessCatalogue } from '../../i18n/catalogues/reassess'

interface Props {
  snapshot: CircleViewProps['snapshot']
  summary: WeekSummary
  /** With several coordinators, who made a change: " — Alex". */
  authorOf: (deviceId: string | null) => string | null
}

/**
 * The week in at most ten lines (domain/weekSummary.ts), and everything behind them in a
 * disclosure, rendered only once opened: a tired reader sees the short version first.
 */
export function WeekAtAGlance({ snapshot, summary, authorOf }: Props) {
  const t = useText(reassessCatalogue)
  const tKeeping = useText(keepingCatalogue)
  const [open, setOpen] = useState(false)
  const nameOf = (id: string) => snapshot.helpers.find((h) => h.id === id)?.name ?? t('reassess.checkIn.week.someone')
  const titleOf = (needId: string) => snapshot.needs.find((n) => n.id === needId)?.title ?? t('reassess.checkIn.week.removedNeed')
  const { details } = summary
  const hasDetails = details.missed.length + details.quiet.length + details.changes.length > 0

  function missedLine(missed: MissedNeed): string {
    const several = missed.coveredBy.length > 1 || missed.uncovered > 0
    const covered = t.list(missed.coveredBy.map((c) => t('reassess.checkIn.week.coverer', { name: nameOf(c.helperId), times: c.times, several: several ? 'yes' : 'no' })))
    const uncovered = missed.uncovered === 0 ? '' : missed.uncovered === missed.times ? t('reassess.checkIn.week.allUncovered', { times: missed.times }) : t('reassess.checkIn.week.someUncovered', { n: missed.uncovered })
    return `${t('reassess.checkIn.week.missed', { title: titleOf(missed.needId), times: missed.times })}${covered ? t('reassess.checkIn.week.coveredBy', { names: covered }) : ''}${uncovered}.`
  }

  function line(item: WeekLine): string {
    switch (item.kind) {
      case 'done': return `${t('reassess.checkIn.week.done', { done: item.done, of: item.of })}${item.unmarked > 0 ? t('reassess.checkIn.week.unmarked', { n: item.unmarked }) : ''}`
      case 'nothing-planned': return t('reassess.checkIn.week.nothingPlanned')
      case 'missed': return missedLine(item.missed)
      case 'quiet': return item.helper.missed > 0 ? t('reassess.checkIn.week.quietMissed', { name: nameOf(item.helper.helperId), n: item.helper.missed }) : t('reassess.checkIn.week.quiet', { name: nameOf(item.helper.helperId) })
      case 'change': return entryWords(t, item.change)
      case 'more': return t(`reassess.checkIn.week.more.${item.section}`, { n: item.count, shownAny: item.shownAny ? 'yes' : 'no' })
    }
  }

  return (
    <section className="panel week-glance" aria-labelledby="week-glance-title">
      <h2 id="week-glance-title">{t('reassess.checkIn.week.title')}</h2>
      <p className="small muted">{t('reassess.checkIn.week.range', { from: t.date(summary.from, 'long'), to: t.date(summary.to, 'long') })}</p>
      <ul className="week-lines">
        {summary.lines.map((item, i) => <li key={i} className={`week-line week-${item.kind}`}>{line(item)}</li>)}
      </ul>
      {hasDetails && (
        <details className="week-details" onToggle={(event) => setOpen(event.currentTarget.open)}>
          <summary>{t('reassess.checkIn.week.details')}</summary>
          {open && (
            <>
              {details.missed.length > 0 && (
                <>
                  <h3>{t('reassess.checkIn.week.missedTitle')}</h3>
                  <ul className="plain-list small">
                    {details.missed.flatMap((missed) => missed.occurrenceIds.map((id) => {
                      const status = snapshot.statuses[id]
                      const what = status?.status === 'covered' ? t('reassess.checkIn.week.missedWhat.covered', { name: nameOf(status.coveredBy ?? '') }) : status?.status === 'missed' ? t('reassess.checkIn.week.missedWhat.missed') : t(`reassess.checkIn.week.missedWhat.${'needs-cover'}`)
                      const date = parseOccurrenceId(id)?.date
                      return <li key={id}>{t('reassess.checkIn.week.missedOn', { title: titleOf(missed.needId), date: date ? t.date(date, 'long') : '', what })}</li>
                    }))}
                  </ul>
                </>
              )}
              {details.quiet.length > 0 && (
                <>
                  <h3>{t('reassess.checkIn.wordTitle')}</h3>
                  <ul className="plain-list small">
                    {details.quiet.map((q) => <li key={q.helperId}>{q.missed > 0 ? t('reassess.checkIn.wordMissed', { name: nameOf(q.helperId), n: q.missed }) : t('reassess.checkIn.wordQuiet', { name: nameOf(q.helperId) })}</li>)}
                  </ul>
                </>
              )}
              <h3>{t('reassess.checkIn.week.changesTitle')}</h3>
              {details.changes.length === 0 ? <p className="small muted">{t('reassess.checkIn.week.noChanges')}</p> : (
                <ul className="plain-list small">
                  {details.changes.map((change) => {
                    const author = authorOf(snapshot.activity.find((a) => a.id === change.id)?.by ?? null)
                    return <li key={change.id}>{entryWords(t, change)}{author && <span className="muted">{tKeeping('keeping.coordinators.by', { name: author })}</span>}</li>
                  })}
                </ul>
              )}
            </>
          )}
        </details>
      )}
    </section>
  )
}
