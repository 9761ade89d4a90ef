import type { Plan } from '../../domain/planner'
import { localDateOf } from '../../domain/dates'
import { showNotice, showSavedNotice } from '../hooks/notice'
import { undoAction } from '../hooks/undoAction'
import type { CircleViewProps } from './CircleScreen'
import { sharedCatalogue, useText } from '../../i18n'
import { assignCatalogue } from '../../i18n/catalogues/assign'
import { plannerCatalogue } from '../../i18n/catalogues/planner'
import { refusalText } from './refusals'

const say = sharedCatalogue.format

/**
 * Nobody silently left out: each helper with no task of their own in the plan, in the plan's
 * words why (domain/planner/leftOut.ts), and one tap to thank them and keep them in reserve —
 * their phone then says so kindly. Someone without an offer yet is not thanked for one.
 */
export function LeftOutPanel({ plan, store, snapshot }: { plan: Pick<Plan, 'leftOut'> } & Pick<CircleViewProps, 'store' | 'snapshot'>) {
  const t = useText(assignCatalogue)
  const tPlanner = useText(plannerCatalogue)
  if (plan.leftOut.length === 0) return null
  const timeZone = snapshot.circle?.timeZone ?? 'UTC'
  const nameOf = (id: string) => snapshot.helpers.find((h) => h.id === id)?.name ?? '—'
  const thanks = new Map(snapshot.reserveThanks.map((entry) => [entry.id, entry.at]))

  function run(command: 'helper/thank-reserve' | 'helper/unthank-reserve', helperId: string) {
    const result = store.run(command, { helperId }, Date.now())
    if (!result.ok) showNotice(refusalText(result.problems))
    else if (command === 'helper/thank-reserve') showSavedNotice(t('assign.thanked', { name: nameOf(helperId) }), undoAction(store, result))
  }

  return (
    <section className="panel" aria-labelledby="left-out-title">
      <h2 id="left-out-title">{t('assign.leftOutTitle')}</h2>
      <p className="hint">{t('assign.leftOutIntro')}</p>
      <ul className="row-list" aria-label={t('assign.leftOutTitle')}>
        {plan.leftOut.map(({ helperId, reason, sentence }) => {
          const name = nameOf(helperId)
          const thankedAt = thanks.get(helperId)
          return (
            <li key={helperId} className="left-out">
              <span>
                <strong>{name}</strong>
                <span className="block small">{tPlanner.phrase(sentence)}</span>
                {thankedAt !== undefined && <span className="block small muted">{t('assign.thankedOn', { date: t.date(localDateOf(thankedAt, timeZone), 'short') })}</span>}
              </span>
              {thankedAt !== undefined
                ? <button type="button" className="button small quiet" aria-label={t('assign.unthankLabel', { name })} onClick={() => run('helper/unthank-reserve', helperId)}>{say('shared.undo')}</button>
                : reason.kind !== 'no-offer' && (
                  <button type="button" className="button small" aria-label={t('assign.thankLabel', { name })} onClick={() => run('helper/thank-reserve', helperId)}>{t('assign.thank')}</button>
                )}
            </li>
          )
        })}
      </ul>
    </section>
  )
}
