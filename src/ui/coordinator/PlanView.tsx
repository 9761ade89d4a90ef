/**
 * Assign once the planner's worker has answered: its proposals with their reasons, what
 * accepting them changes, the plan's bound, who was left out. In its own chunk with the planner's
 * and people's words, so opening Assign downloads only what shows while the plan is computed
 * (AssignScreen.tsx), and this comes while the worker plans. What grows with the circle (reasons,
 * counts, plan changes) comes worked out from the worker (workers/planWork.ts): this renders it,
 * a screen's worth first.
 */
import type { Assignment, Instant } from '../../domain/model'
import { isExcluded } from '../../domain/planner/rules'
import { describeSeries } from '../../i18n/describe'
import { href } from '../hooks/router'
import { showNotice, showSavedNotice } from '../hooks/notice'
import { useFirstScreenFirst } from '../hooks/useFirstScreenFirst'
import type { PlanView as PlanResult } from '../hooks/usePlan'
import type { AssignDigest } from '../workers/planAnswer'
import { PlanBoundNote } from './PlanBoundNote'
import { LeftOutPanel } from './LeftOutPanel'
import { openRest } from '../../domain/resting'
import { SafetyFirstPanel } from './Safety'
import type { CircleViewProps } from './CircleScreen'
import { sharedCatalogue, useText } from '../../i18n'
import { assignCatalogue } from '../../i18n/catalogues/assign'
import { plannerCatalogue } from '../../i18n/catalogues/planner'
import type { Phrase } from '../../domain/phrase'
import { peopleCatalogue } from '../../i18n/catalogues/people'
import { reassessCatalogue } from '../../i18n/catalogues/reassess'
import { refusalText } from './refusals'

const say = sharedCatalogue.format

/** How many of an ascending list of instants are still ahead of `now`. */
function countAfter(ascending: readonly Instant[], now: Instant): number {
  let low = 0
  let high = ascending.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (ascending[middle] > now) high = middle
    else low = middle + 1
  }
  return ascending.length - low
}

/** A proposal with the planner's reasons for it (those of its first planned occurrence). */
interface Proposal {
  series: Assignment
  reasons: Phrase[]
}

export function PlanView({ docId, store, snapshot, view, now }: Pick<CircleViewProps, 'docId' | 'store' | 'snapshot'> & { view: PlanResult; now: number }) {
  const t = useText(assignCatalogue)
  const tPlanner = useText(plannerCatalogue)
  const tReassess = useText(reassessCatalogue)
  const tPeople = useText(peopleCatalogue)
  // Only what the worker worked out for Assign: `view.plan` would read the whole plan on this thread.
  const plan = view.assign
  const helperName = (id: string) => snapshot.helpers.find((h) => h.id === id)?.name ?? '—'
  const proposals: Proposal[] = plan.assignments.flatMap((series, i) => (series.accepted ? [] : [{ series, reasons: plan.reasons[i] }]))
  const live = countAfter(plan.liveEnds, now)
  const covered = countAfter(plan.coveredEnds, now)
  // A long plan: the first screen's worth of proposals and accepted series first, the rest once that has painted.
  const proposalsShown = useFirstScreenFirst(proposals.length)
  const acceptedShown = useFirstScreenFirst(snapshot.assignments.length)

  function accept(chosen: Proposal[]) {
    const result = store.run('assignment/accept', {
      // Stored as the coordinator read them when accepting (the schema keeps text).
      assignments: chosen.map(({ series, reasons }) => ({ ...series, reasons: reasons.slice(0, 12).map(tPlanner.phrase) })),
    }, Date.now())
    if (result.ok) showSavedNotice(t('assign.accepted', { n: chosen.length }))
    else showNotice(refusalText(result.problems))
  }

  // While the circle rests nothing is planned: no proposals, gaps or "left out" (their reasons would be the rest).
  const resting = openRest(snapshot.rests) !== null
  const byNeed = <T,>(list: readonly T[], needIdOf: (item: T) => string) =>
    snapshot.needs.map((need) => ({ need, items: list.filter((item) => needIdOf(item) === need.id) })).filter((g) => g.items.length > 0)

  return (
    <main id="main" className="page">
      <h1>{t('assign.title')}</h1>
      <SafetyFirstPanel docId={docId} store={store} snapshot={snapshot} />
      <p className="muted">{resting ? tReassess('reassess.rest.assign') : t('assign.intro')}</p>
      {!resting && (
        <>
          <p className="summary-line">{t('assign.summary', { covered, total: live })}</p>
          <PlanBoundNote quality={plan.quality} />
          {plan.unfilled > 0 && <p><a href={href(`c/${docId}/coverage`)}>{t('assign.gapsLink', { n: plan.unfilled })}</a></p>}
        </>
      )}
      {snapshot.documents.some((d) => d.revokedAt === null) && <p><a href={href(`c/${docId}/send`)}>{tPeople('people.send.assignLink')}</a></p>}

      {!resting && plan.droppedAccepted.length > 0 && (
        <section className="panel attention" aria-labelledby="dropped-title">
          <h2 id="dropped-title">{t('assign.droppedTitle')}</h2>
          <ul className="plain-list">
            {plan.droppedAccepted.map((d, i) => {
              const occurrence = plan.dropped[i]
              const need = snapshot.needs.find((n) => n.id === occurrence?.needId)
              const when = occurrence && need ? t('assign.droppedWhen', { need: need.title, date: t.date(occurrence.date, 'short') }) : ''
              return <li key={`${d.assignmentId}-${d.occurrenceId}`}>{when}{tPlanner.phrase(d.detail)}</li>
            })}
          </ul>
        </section>
      )}

      {!resting && proposals.length > 0 && plan.changes && <PlanChanges changes={plan.changes} snapshot={snapshot} />}

      {!resting && <section aria-labelledby="proposals-title">
        <div className="section-head">
          <h2 id="proposals-title">{t('assign.proposalsTitle')}</h2>
          {proposals.length > 1 && <button type="button" className="button small primary" onClick={() => accept(proposals)}>{t('assign.acceptAll', { n: proposals.length })}</button>}
        </div>
        {proposals.length === 0 ? <p className="muted">{t('assign.noProposals')}</p> : (
          <ul className="card-list" aria-label={t('assign.proposalsTitle')}>
            {byNeed(proposals.slice(0, proposalsShown), (p) => p.series.needId).map(({ need, items }) => (
              <li key={need.id} className="card">
                <span className="card-title">{need.title}</span>
                <ul className="row-list proposal-list">
                  {items.map((proposal) => {
                    const { series: s, reasons } = proposal
                    const name = helperName(s.helperId)
                    return (
                      <li key={`${s.slotKey}-${s.role}-${s.helperId}-${s.from}-${s.weekdays.join('')}`}>
                        <span>
                          <strong>{name}</strong> <span className={`tag ${s.role === 'primary' ? 'priority-high' : ''}`}>{s.role === 'primary' ? t('assign.primary') : t('assign.backup')}</span>
                          <span className="block small">{describeSeries(s, need)}</span>
                          <span className="block small muted">{reasons.map(tPlanner.phrase).join(' · ')}</span>
                        </span>
                        <span className="proposal-actions">
                          <button type="button" className="button small primary" aria-label={t('assign.acceptLabel', { name, need: need.title })} onClick={() => accept([proposal])}>{t('assign.accept')}</button>
                          <button type="button" className="button small quiet" aria-label={t('assign.declineLabel', { name, need: need.title })}
                            onClick={() => store.run('proposal/decline', { needId: need.id, helperId: s.helperId }, Date.now())}>{t('assign.decline', { name })}</button>
                        </span>
                      </li>
                    )
                  })}
                </ul>
                <a className="button small" href={href(`c/${docId}/assign/${need.id}`)}>{t('assign.chooseOther')}</a>
              </li>
            ))}
          </ul>
        )}
      </section>}

      {!resting && <LeftOutPanel plan={plan} store={store} snapshot={snapshot} />}

      {snapshot.declined.length > 0 && (
        <section className="panel" aria-labelledby="declined-title">
          <h2 id="declined-title">{t('assign.declinedTitle')}</h2>
          <ul className="row-list">
            {snapshot.declined.map((d) => {
              const title = snapshot.needs.find((n) => n.id === d.needId)?.title ?? '—'
              const label = d.from && d.until
                ? t('assign.declinedDates', { name: helperName(d.helperId), need: title, from: t.date(d.from, 'short'), until: t.date(d.until, 'short') })
                : t('assign.declinedPair', { name: helperName(d.helperId), need: title })
              return (
                <li key={d.id}>
                  <span>{label}</span>
                  <button type="button" className="button small quiet" aria-label={t('assign.undeclineLabel', { declined: label })} onClick={() => store.run('proposal/undecline', { id: d.id }, Date.now())}>{t('assign.undecline')}</button>
                </li>
              )
            })}
          </ul>
        </section>
      )}

      <section aria-labelledby="accepted-title">
        <h2 id="accepted-title">{t('assign.acceptedTitle')}</h2>
        {snapshot.assignments.length === 0 ? <p className="muted">{t('assign.noAccepted')}</p> : (
          <ul className="card-list" aria-label={t('assign.acceptedTitle')}>
            {byNeed(snapshot.assignments.slice(0, acceptedShown), (s) => s.needId).map(({ need, items }) => (
              <li key={need.id} className="card">
                <span className="card-title">{need.title}</span>
                <ul className="row-list">
                  {items.map((s) => {
                    const name = helperName(s.helperId)
                    return (
                      <li key={s.id}>
                        <span>
                          <strong>{name}</strong> <span className="muted small">({s.role === 'primary' ? t('assign.primary') : t('assign.backup')})</span>
                          <span className="block small">{describeSeries(s, need)}</span>
                          {s.override && <span className="block small warning-text">{t('assign.overrideNote')} {s.override}</span>}
                        </span>
                        <button type="button" className="button small quiet" aria-label={t('assign.removeSeries', { who: name })}
                          onClick={() => store.run('assignment/remove', { id: s.id }, Date.now())}>{say('shared.remove')}</button>
                      </li>
                    )
                  })}
                </ul>
                <a className="button small" href={href(`c/${docId}/assign/${need.id}`)}>{t('assign.change')}</a>
              </li>
            ))}
          </ul>
        )}
      </section>

      {snapshot.helpers.length > 0 && (
        <section className="panel" aria-labelledby="briefs-title">
          <h2 id="briefs-title">{t('assign.briefsTitle')}</h2>
          <p className="hint">{t('assign.briefsIntro')}</p>
          <ul className="plain-list">
            {snapshot.helpers.filter((h) => !isExcluded(h, snapshot.boundaries)).map((h) => <li key={h.id}><a href={href(`c/${docId}/brief/${h.id}`)}>{t('assign.brief.title', { name: h.name })}</a></li>)}
          </ul>
        </section>
      )}
    </main>
  )
}

/**
 * Who gains and who loses what if every proposal is accepted, against what is accepted now:
 * the coordinator sees a re-plan's effect on people before saying yes.
 */
function PlanChanges({ changes, snapshot }: { changes: NonNullable<AssignDigest['changes']>; snapshot: CircleViewProps['snapshot'] }) {
  const t = useText(assignCatalogue)
  const nameOf = (id: string) => snapshot.helpers.find((h) => h.id === id)?.name ?? '—'
  const titles = (needIds: ReadonlyArray<string | null>) => {
    const counts = new Map<string, number>()
    for (const needId of needIds) {
      const title = snapshot.needs.find((n) => n.id === needId)?.title ?? '—'
      counts.set(title, (counts.get(title) ?? 0) + 1)
    }
    return [...counts].map(([title, n]) => `${n} × ${title}`).join(', ')
  }
  return (
    <details className="panel plan-changes">
      <summary>{t('assign.changesTitle', { covered: changes.covered })}</summary>
      <ul className="plain-list small">
        {changes.helpers.map((h) => (
          <li key={h.helperId}>
            <strong>{nameOf(h.helperId)}</strong>
            {h.gains.length > 0 && <span className="block">{t('assign.gains', { what: titles(h.gains) })}</span>}
            {h.losses.length > 0 && <span className="block">{t('assign.losses', { what: titles(h.losses) })}</span>}
          </li>
        ))}
      </ul>
    </details>
  )
}
