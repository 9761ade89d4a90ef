import type { Occurrence } from '../../domain/model'
import { groupAskItems } from '../../domain/groupAsk'
import { showNotice, showSavedNotice } from '../hooks/notice'
import { firstName } from '../shared/RoleShell'
import { AskGroup } from './AskGroup'
import type { CircleViewProps } from './CircleScreen'
import { useFillCandidates } from './fillCandidates'
import { AnswerNotice } from '../shared/PlanningNotice'
import { useText } from '../../i18n'
import { reassessCatalogue } from '../../i18n/catalogues/reassess'
import { plannerCatalogue } from '../../i18n/catalogues/planner'
import { refusalText } from './refusals'

/** An open call on Today: who could take it (from the worker's plan), who took it, withdrawing it, asking the group. */
export function OpenCallPanel({ store, snapshot, occurrence, callId, now }: Pick<CircleViewProps, 'store' | 'snapshot'> & { occurrence: Occurrence; callId: string; now: number }) {
  const t = useText(reassessCatalogue)
  const tPlanner = useText(plannerCatalogue)
  const found = useFillCandidates(snapshot, occurrence, now)
  return (
    <section className="open-call" aria-label={t('reassess.today.openCallTitle')} data-not-stored="">
      <h3>{t('reassess.today.openCallTitle')}</h3>
      <p className="small muted">{t('reassess.today.openCallIntro')}</p>
      {found.status !== 'ready' ? <AnswerNotice answer={found} working={t('reassess.today.findLoading')} />
        : found.answer.length === 0 ? <p className="small">{t('reassess.today.noCandidates')}</p> : (
        <ul className="row-list">
          {found.answer.map((c) => (
            <li key={c.helperId}>
              <span className="small">{tPlanner.phrase(c.sentence)}</span>
              <button type="button" className="button small" onClick={() => {
                const result = store.run('open-call/record-taker', { id: callId, helperId: c.helperId }, Date.now())
                if (result.ok) showSavedNotice(t('reassess.today.takenBy', { name: c.name }))
                else showNotice(refusalText(result.problems))
              }}>{t('reassess.today.tookIt', { name: c.name })}</button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="button small quiet" onClick={() => store.run('open-call/withdraw', { id: callId }, Date.now())}>{t('reassess.today.withdraw')}</button>
      <AskGroup items={groupAskItems(snapshot.needs, [occurrence])} timeZone={snapshot.circle.timeZone}
        coordinator={firstName(snapshot.circle.coordinator.name) || snapshot.circle.coordinator.name} />
    </section>
  )
}
