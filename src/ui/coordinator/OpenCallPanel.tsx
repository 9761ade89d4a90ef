import type { Occurrence } from '../../domain/model'
import { groupAskItems } from '../../domain/groupAsk'
import { whoCouldFill } from '../../domain/planner/coverage'
import { planInputOf } from '../../domain/planner/input'
import { showNotice, showSavedNotice } from '../hooks/notice'
import { usePlan } from '../hooks/usePlan'
import { firstName } from '../shared/RoleShell'
import { AskGroup } from './AskGroup'
import type { CircleViewProps } from './CircleScreen'
import { text } from './text'

const t = text.today

/** An open call on Today: who could take it (from the worker's plan), who took it, withdrawing it, asking the group. */
export function OpenCallPanel({ store, snapshot, occurrence, callId, now }: Pick<CircleViewProps, 'store' | 'snapshot'> & { occurrence: Occurrence; callId: string; now: number }) {
  const view = usePlan(snapshot, now)
  // The plan's horizon starts today; an occurrence on another day is checked on its own.
  const input = view && view.input.occurrences.some((o) => o.id === occurrence.id)
    ? view.input
    : planInputOf({ ...snapshot, offers: snapshot.offers }, now, { from: occurrence.date, to: occurrence.date })
  const candidates = whoCouldFill(occurrence, input, view && input === view.input ? { plan: view.plan } : {}).filter((c) => c.canTake)
  return (
    <section className="open-call" aria-label={t.openCallTitle}>
      <h3>{t.openCallTitle}</h3>
      <p className="small muted">{t.openCallIntro}</p>
      {candidates.length === 0 ? <p className="small">{t.noCandidates}</p> : (
        <ul className="row-list">
          {candidates.map((c) => (
            <li key={c.helperId}>
              <span className="small">{c.sentence}</span>
              <button type="button" className="button small" onClick={() => {
                const result = store.run('open-call/record-taker', { id: callId, helperId: c.helperId }, Date.now())
                if (result.ok) showSavedNotice(t.takenBy(c.name))
                else showNotice(result.problems.map((p) => p.message).join(' '))
              }}>{t.tookIt(c.name)}</button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="button small quiet" onClick={() => store.run('open-call/withdraw', { id: callId }, Date.now())}>{t.withdraw}</button>
      <AskGroup items={groupAskItems(snapshot.needs, [occurrence])} timeZone={snapshot.circle.timeZone}
        coordinator={firstName(snapshot.circle.coordinator.name) || snapshot.circle.coordinator.name} />
    </section>
  )
}
