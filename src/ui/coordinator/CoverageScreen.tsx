import { useState } from 'react'
import { addDays, datesBetween, localDateOf } from '../../domain/dates'
import * as describe from '../../i18n/describe'
import type { CoverageCell, GapFix } from '../../domain/planner'
import { href } from '../hooks/router'
import { showNotice, showSavedNotice } from '../hooks/notice'
import { useNow } from '../hooks/useNow'
import { usePlan, usePlanQuestion } from '../hooks/usePlan'
import type { WeekCoverage } from '../workers/planQuestion'
import { AnswerNotice, PlanningNotice } from '../shared/PlanningNotice'
import type { CircleViewProps } from './CircleScreen'
import { useText } from '../../i18n'
import { mapCatalogue } from '../../i18n/catalogues/map'
import { plannerCatalogue } from '../../i18n/catalogues/planner'
import { AskGroup } from './AskGroup'
import { groupAskItems } from '../../domain/groupAsk'
import { firstName } from '../shared/RoleShell'
import { refusalText } from './refusals'

const cellLook: Record<CoverageCell['status'] | 'duplicated', { symbol: string; label: Parameters<typeof mapCatalogue.format>[0] }> = {
  covered: { symbol: '✓', label: 'map.coverage.covered' },
  'covered-with-backup': { symbol: '✓✓', label: 'map.coverage.coveredWithBackup' },
  gap: { symbol: '!', label: 'map.coverage.gap' },
  duplicated: { symbol: '2×', label: 'map.coverage.duplicated' },
}

export function CoverageScreen(props: CircleViewProps) {
  const t = useText(mapCatalogue)
  const { docId, snapshot, params } = props
  const now = useNow()
  const view = usePlan(snapshot, now)
  const today = localDateOf(now, snapshot.circle.timeZone)
  // Weeks from the current one, not a fixed date: left open across midnight, the week moves on with the clock.
  const [weekOffset, setWeekOffset] = useState(0)
  const weekStart = addDays(today > snapshot.circle.startDate ? today : snapshot.circle.startDate, 7 * weekOffset)
  const days = datesBetween(weekStart, addDays(weekStart, 6))
  // Worked out in the plan-question worker: the week's cells, the gaps, the week's open times.
  const detail = Boolean(params[0] && params[1])
  const week = usePlanQuestion(view, view && !detail ? `week:${snapshot.circle.createdAt}:${days[0]}` : null, days[0], () => ({ kind: 'week', from: days[0], until: days[6] }))
  if (!view) return <main id="main" className="page"><h1>{t('map.coverage.title')}</h1><PlanningNotice snapshot={snapshot} now={now} /></main>
  if (detail) return <GapDetail {...props} needId={params[0]} date={params[1]} />

  return (
    <main id="main" className="page">
      <h1>{t('map.coverage.title')}</h1>
      <p className="muted">{t('map.coverage.intro')}</p>
      {snapshot.needs.length === 0 ? <p className="empty">{t('map.coverage.noNeeds')}</p> : (
        <>
          <div className="week-switcher">
            <button type="button" className="button small" onClick={() => setWeekOffset(weekOffset - 1)} aria-label={t('map.coverage.previousWeek')}>‹</button>
            <h2 className="week-label">{t('map.coverage.weekOf', { label: t.date(weekStart, 'short') })}</h2>
            <button type="button" className="button small" onClick={() => setWeekOffset(weekOffset + 1)} aria-label={t('map.coverage.nextWeek')}>›</button>
          </div>
          {week.status === 'ready'
            ? <WeekView docId={docId} snapshot={snapshot} days={days} weekStart={weekStart} week={week.answer} now={now} />
            : <AnswerNotice answer={week} working={t('map.coverage.working')} />}
        </>
      )}
    </main>
  )
}

/** One week's table, its legend and the plan's gaps, as the plan-question worker worked them out. */
function WeekView({ docId, snapshot, days, weekStart, week, now }: Pick<CircleViewProps, 'docId' | 'snapshot'> & { days: string[]; weekStart: string; week: WeekCoverage; now: number }) {
  const t = useText(mapCatalogue)
  const tPlanner = useText(plannerCatalogue)
  const byKey = new Map(week.cells.map((cell) => [`${cell.needId}|${cell.date}`, cell]))
  const openThisWeek = week.unfilled.filter((o) => o.windowEnd > now)
  return (
    <>
      <div className="coverage-scroll">
        <table className="coverage">
          <caption className="visually-hidden">{t('map.coverage.weekOf', { label: t.date(weekStart, 'long') })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('map.coverage.need')}</th>
              {days.map((day) => (
                <th scope="col" key={day}>
                  <abbr title={t.date(day, 'long')}>{t.date(day, 'short', { withWeekday: true }).split(' ')[0]}</abbr>
                  <span className="day-number">{Number(day.slice(8))}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {snapshot.needs.map((need) => (
              <tr key={need.id}>
                <th scope="row">{need.title}</th>
                {days.map((day) => {
                  const cell = byKey.get(`${need.id}|${day}`)
                  if (!cell) return <td key={day} className="cell-none"><span className="visually-hidden">{t('map.coverage.none')}</span></td>
                  const look = cellLook[cell.status]
                  const label = `${need.title}, ${t.date(day, 'long')}: ${t(look.label)}${cell.duplicated ? `; ${t('map.coverage.duplicated')}` : ''}`
                  return (
                    <td key={day} className={`cell-${cell.status}${cell.duplicated ? ' cell-duplicated' : ''}`}>
                      <a href={href(`c/${docId}/coverage/${need.id}/${day}`)} title={label}>
                        <span aria-hidden="true">{look.symbol}{cell.duplicated ? cellLook.duplicated.symbol : ''}</span>
                        <span className="visually-hidden">{label}</span>
                      </a>
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="legend" aria-label={t('map.coverage.legend')}>
        {Object.values(cellLook).map((look) => <li key={look.label}><span aria-hidden="true" className="legend-symbol">{look.symbol}</span> {t(look.label)}</li>)}
      </ul>
      <section className="panel" aria-labelledby="gaps-title">
        <h2 id="gaps-title">{t('map.coverage.gapsTitle')}</h2>
        {week.gaps.length === 0 ? <p className="muted">{t('map.coverage.noGaps')}</p> : (
          <ul className="plain-list gap-list">{week.gaps.map(tPlanner.phrase).map((gap) => <li key={gap}>{gap}</li>)}</ul>
        )}
        {openThisWeek.length > 0 && (
          <AskGroup items={groupAskItems(snapshot.needs, openThisWeek)} timeZone={snapshot.circle.timeZone}
            coordinator={firstName(snapshot.circle.coordinator.name) || snapshot.circle.coordinator.name} />
        )}
      </section>
    </>
  )
}

function GapDetail({ docId, store, snapshot, needId, date }: CircleViewProps & { needId: string; date: string }) {
  const t = useText(mapCatalogue)
  const tPlanner = useText(plannerCatalogue)
  const now = useNow()
  const view = usePlan(snapshot, now)
  const need = snapshot.needs.find((n) => n.id === needId)
  const gap = usePlanQuestion(view, view && need ? `gap:${snapshot.circle.createdAt}:${needId}:${date}` : null, '', () => ({ kind: 'gap', needId, date }))
  if (!view || !need) return <main id="main" className="page"><a href={href(`c/${docId}/coverage`)}>{t('map.coverage.back')}</a></main>
  return (
    <main id="main" className="page">
      <a className="back-link" href={href(`c/${docId}/coverage`)}>← {t('map.coverage.back')}</a>
      <h1>{need.title}</h1>
      <p className="muted">{t.date(date, 'long')}</p>
      {gap.status !== 'ready' ? <AnswerNotice answer={gap} working={t('map.coverage.working')} /> : gap.answer.map(({ occurrence, unfilled, fix, candidates }) => (
        <section className="panel" key={occurrence.id} aria-label={describe.describeOccurrenceTime(occurrence, snapshot.circle.timeZone, snapshot.circle.timeZone)}>
          <h2>{describe.describeOccurrenceTime(occurrence, snapshot.circle.timeZone, snapshot.circle.timeZone)}</h2>
          {unfilled && <p className="notice warning">{tPlanner.phrase(unfilled)}</p>}
          {fix && <FixSuggestion fix={fix} store={store} snapshot={snapshot} occurrenceId={occurrence.id} />}
          <h3>{t('map.coverage.whoTitle')}</h3>
          <ul className="plain-list candidate-list">
            {candidates.map((c) => (
              <li key={c.helperId} className={c.canTake ? 'can-take' : 'cannot'}>
                <span className="visually-hidden">{c.canTake ? t('map.coverage.canTake') : t('map.coverage.cannot')}: </span>{tPlanner.phrase(c.sentence)}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </main>
  )
}

/**
 * The cheapest fix for a gap, as the planner checked it (planning again with the fix applied
 * fills it), with one tap to apply what the coordinator can apply here: an offer's window,
 * limit or dates once the helper agreed, or an open call.
 */
function FixSuggestion({ fix, store, snapshot, occurrenceId }: Pick<CircleViewProps, 'store' | 'snapshot'> & { fix: GapFix; occurrenceId: string }) {
  const t = useText(mapCatalogue)
  const tPlanner = useText(plannerCatalogue)
  const action = fix.fix
  function apply() {
    const now = Date.now()
    if (action.kind === 'open-call') return store.run('open-call/post', { occurrenceId }, now)
    if (action.kind === 'none') return
    const offer = snapshot.offers[action.helperId]
    if (!offer) return
    const changed = action.kind === 'raise-limit' ? { ...offer, weeklyLimit: action.to }
      : action.kind === 'extend-window' ? { ...offer, windows: [...offer.windows, { weekday: action.weekday, start: action.start, end: action.end }] }
        : { ...offer, from: action.from, until: action.until }
    const result = store.run('offer/save', changed, now)
    if (result.ok) showSavedNotice(t('map.coverage.fixApplied'))
    else showNotice(refusalText(result.problems))
  }
  return (
    <div className="fix">
      <p><strong>{t('map.coverage.fixTitle')}</strong> {tPlanner.phrase(fix.sentence)}</p>
      {action.kind !== 'none' && (
        <button type="button" className="button small" onClick={apply}>{action.kind === 'open-call' ? t('map.coverage.fixOpenCall') : t('map.coverage.fixApply')}</button>
      )}
    </div>
  )
}
