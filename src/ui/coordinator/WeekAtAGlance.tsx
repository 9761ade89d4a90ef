import { useState } from 'react'
import * as describe from '../../i18n/describe'
import { parseOccurrenceId } from '../../domain/model'
import type { MissedNeed, WeekLine, WeekSummary } from '../../domain/weekSummary'
import type { CircleViewProps } from './CircleScreen'
import { text } from './text'

const t = text.checkIn
const w = t.week

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
  const [open, setOpen] = useState(false)
  const nameOf = (id: string) => snapshot.helpers.find((h) => h.id === id)?.name ?? w.someone
  const titleOf = (needId: string) => snapshot.needs.find((n) => n.id === needId)?.title ?? w.removedNeed
  const { details } = summary
  const hasDetails = details.missed.length + details.quiet.length + details.changes.length > 0

  function missedLine(missed: MissedNeed): string {
    const several = missed.coveredBy.length > 1 || missed.uncovered > 0
    const covered = describe.joinWithAnd(missed.coveredBy.map((c) => w.coverer(nameOf(c.helperId), c.times, several)))
    const uncovered = missed.uncovered === 0 ? '' : missed.uncovered === missed.times ? w.allUncovered(missed.times) : w.someUncovered(missed.uncovered)
    return `${w.missed(titleOf(missed.needId), missed.times)}${covered ? w.coveredBy(covered) : ''}${uncovered}.`
  }

  function line(item: WeekLine): string {
    switch (item.kind) {
      case 'done': return `${w.done(item.done, item.of)}${item.unmarked > 0 ? w.unmarked(item.unmarked) : ''}`
      case 'nothing-planned': return w.nothingPlanned
      case 'missed': return missedLine(item.missed)
      case 'quiet': return item.helper.missed > 0 ? w.quietMissed(nameOf(item.helper.helperId), item.helper.missed) : w.quiet(nameOf(item.helper.helperId))
      case 'change': return item.change.summary
      case 'more': return w.more[item.section](item.count, item.shownAny)
    }
  }

  return (
    <section className="panel week-glance" aria-labelledby="week-glance-title">
      <h2 id="week-glance-title">{w.title}</h2>
      <p className="small muted">{w.range(describe.formatLocalDate(summary.from), describe.formatLocalDate(summary.to))}</p>
      <ul className="week-lines">
        {summary.lines.map((item, i) => <li key={i} className={`week-line week-${item.kind}`}>{line(item)}</li>)}
      </ul>
      {hasDetails && (
        <details className="week-details" onToggle={(event) => setOpen(event.currentTarget.open)}>
          <summary>{w.details}</summary>
          {open && (
            <>
              {details.missed.length > 0 && (
                <>
                  <h3>{w.missedTitle}</h3>
                  <ul className="plain-list small">
                    {details.missed.flatMap((missed) => missed.occurrenceIds.map((id) => {
                      const status = snapshot.statuses[id]
                      const what = status?.status === 'covered' ? w.missedWhat.covered(nameOf(status.coveredBy ?? '')) : status?.status === 'missed' ? w.missedWhat.missed : w.missedWhat['needs-cover']
                      const date = parseOccurrenceId(id)?.date
                      return <li key={id}>{w.missedOn(titleOf(missed.needId), date ? describe.formatLocalDate(date) : '', what)}</li>
                    }))}
                  </ul>
                </>
              )}
              {details.quiet.length > 0 && (
                <>
                  <h3>{t.wordTitle}</h3>
                  <ul className="plain-list small">
                    {details.quiet.map((q) => <li key={q.helperId}>{q.missed > 0 ? t.wordMissed(nameOf(q.helperId), q.missed) : t.wordQuiet(nameOf(q.helperId))}</li>)}
                  </ul>
                </>
              )}
              <h3>{w.changesTitle}</h3>
              {details.changes.length === 0 ? <p className="small muted">{w.noChanges}</p> : (
                <ul className="plain-list small">
                  {details.changes.map((change) => {
                    const author = authorOf(snapshot.activity.find((a) => a.id === change.id)?.by ?? null)
                    return <li key={change.id}>{change.summary}{author && <span className="muted">{text.coordinators.by(author)}</span>}</li>
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
