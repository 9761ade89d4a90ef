import type { Occurrence } from '../../domain/model'
import type { MapStore } from '../../store'
import { showNotice, showSavedNotice } from '../hooks/notice'
import type { CircleViewProps } from './CircleScreen'
import { useFillCandidates } from './fillCandidates'
import { AnswerNotice } from '../shared/PlanningNotice'
import { useText } from '../../i18n'
import { reassessCatalogue } from '../../i18n/catalogues/reassess'
import { plannerCatalogue } from '../../i18n/catalogues/planner'
import { refusalText } from './refusals'

type Props = Pick<CircleViewProps, 'store' | 'snapshot'> & {
  occurrence: Occurrence
  backup: { id: string; name: string } | null
  now: number
}

/**
 * A time nobody is assigned to, with the ways to fill it in the order a coordinator tries them:
 * the backup, a helper who is free and able (asked outside Kith, recorded here), or an open call
 * to everyone who qualifies.
 */
export function FindSomeonePanel({ store, snapshot, occurrence, backup, now }: Props) {
  const t = useText(reassessCatalogue)
  const tPlanner = useText(plannerCatalogue)
  const found = useFillCandidates(snapshot, occurrence, now)
  const candidates = found.status === 'ready' ? found.answer.filter((c) => c.helperId !== backup?.id) : []
  const run = (...args: Parameters<MapStore['run']>) => {
    const result = store.run(...args)
    if (!result.ok) showNotice(refusalText(result.problems))
    return result.ok
  }
  const cover = (helperId: string, name: string) => {
    if (run('occurrence/set-status', { occurrenceId: occurrence.id, status: 'covered', coveredBy: helperId }, Date.now())) showSavedNotice(t('reassess.today.isCovering', { name }))
  }
  return (
    <section className="open-call" aria-label={t('reassess.today.findTitle')} data-not-stored="">
      <h3>{t('reassess.today.findTitle')}</h3>
      {backup && (
        <button type="button" className="button small primary" onClick={() => run('occurrence/activate-backup', { occurrenceId: occurrence.id, helperId: backup.id }, Date.now()) && showSavedNotice(t('reassess.today.isCovering', { name: backup.name }))}>
          {t('reassess.today.activateBackup', { name: backup.name })}
        </button>
      )}
      {found.status !== 'ready' ? <AnswerNotice answer={found} working={t('reassess.today.findLoading')} />
        : candidates.length === 0 ? <p className="small">{t('reassess.today.noCandidates')}</p> : (
        <>
          <p className="small muted">{t('reassess.today.findIntro')}</p>
          <ul className="row-list">
            {candidates.map((c) => (
              <li key={c.helperId}>
                <span className="small">{tPlanner.phrase(c.sentence)}</span>
                <button type="button" className="button small" onClick={() => cover(c.helperId, c.name)}>{t('reassess.today.willDoIt', { name: c.name })}</button>
              </li>
            ))}
          </ul>
        </>
      )}
      <button type="button" className="button small" onClick={() => run('open-call/post', { occurrenceId: occurrence.id }, Date.now())}>{t('reassess.today.postOpenCall')}</button>
    </section>
  )
}
