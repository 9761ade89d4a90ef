import { useId, useState } from 'react'
import type { CrisisResource, Need, RiskAnswer } from '../../domain/model'
import { isHeldBack, safetyStateOf } from '../../domain/safetyVerdict'
import type { CommandName, CommandInput } from '../../store'
import { href } from '../hooks/router'
import { showNotice } from '../hooks/notice'
import { Segmented } from '../shared/Choices'
import { CrisisList } from '../shared/CrisisHelp'
import type { CircleViewProps } from './CircleScreen'
import { useText } from '../../i18n'
import { assessCatalogue } from '../../i18n/catalogues/assess'
import { refusalText } from './refusals'

type Store = CircleViewProps['store']

function run<N extends CommandName>(store: Store, name: N, input: CommandInput<N>, done: string): boolean {
  const result = store.run(name, input, Date.now())
  showNotice(result.ok ? done : refusalText(result.problems))
  return result.ok
}

function answer(store: Store, need: Need, value: RiskAnswer): void {
  run(store, 'need/answer-safety-question', { id: need.id, answer: value }, value === 'yes' ? assessCatalogue.format('assess.safety.done.yes', { title: need.title }) : assessCatalogue.format('assess.safety.done.no', { title: need.title }))
}

/** The question in words, with the crisis contacts beside it. */
function QuestionWords({ id, recipientName, resources }: { id: string; recipientName: string; resources: readonly CrisisResource[] }) {
  const t = useText(assessCatalogue)
  return (
    <>
      <p id={id} className="safety-question"><strong>{t('assess.safety.question', { name: recipientName })}</strong></p>
      <p className="small">{t('assess.safety.yesMeans')}</p>
      <p className="small">{t('assess.safety.crisisBeside')}</p>
      <CrisisList resources={resources} />
    </>
  )
}

/** In the form for a new need: answer now, or leave it for later (the need waits, held back). */
export function SafetyQuestionField({ recipientName, resources, value, onChange }: {
  recipientName: string
  resources: readonly CrisisResource[]
  value: RiskAnswer | null
  onChange: (value: RiskAnswer | null) => void
}) {
  const t = useText(assessCatalogue)
  const id = useId()
  return (
    <section className="safety-callout" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('assess.safety.questionTitle')}</h2>
      <p className="small">{t('assess.safety.questionWhy')}</p>
      <Segmented legend={t('assess.safety.question', { name: recipientName })} hint={t('assess.safety.yesMeans')} value={value ?? 'later'}
        options={[['yes', t('assess.safety.answerYes')], ['no', t('assess.safety.answerNo')], ['later', t('assess.safety.answerLater')]]}
        onChange={(answer) => onChange(answer === 'later' ? null : answer)} />
      <p className="small">{t('assess.safety.crisisBeside')}</p>
      <CrisisList resources={resources} />
    </section>
  )
}

/** Held-back needs, first on the screen until each is settled. */
export function SafetyFirstPanel({ docId, store, snapshot }: Pick<CircleViewProps, 'docId' | 'store' | 'snapshot'>) {
  const t = useText(assessCatalogue)
  const id = useId()
  const held = snapshot.needs.filter(isHeldBack)
  if (held.length === 0) return null
  const { circle } = snapshot
  return (
    <section className="safety-callout" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('assess.safety.panelTitle')}</h2>
      <p className="small">{t('assess.safety.panelIntro')}</p>
      <ul className="plain-list safety-list" aria-label={t('assess.safety.heldList')}>
        {held.map((need) => (
          <li key={need.id}>
            <p className="card-title" id={`${id}-${need.id}`}>{need.title}</p>
            {safetyStateOf(need) === 'question' ? (
              <>
                <p className="small">{t('assess.safety.heldQuestion')}</p>
                <p className="safety-question"><strong>{t('assess.safety.question', { name: circle.recipientName })}</strong></p>
                <span className="card-actions">
                  <button type="button" className="button small" aria-label={t('assess.safety.answerFor', { answer: t('assess.safety.answerYes'), title: need.title })} onClick={() => answer(store, need, 'yes')}>{t('assess.safety.answerYes')}</button>
                  <button type="button" className="button small" aria-label={t('assess.safety.answerFor', { answer: t('assess.safety.answerNo'), title: need.title })} onClick={() => answer(store, need, 'no')}>{t('assess.safety.answerNo')}</button>
                </span>
              </>
            ) : <p className="small">{t('assess.safety.heldProfessional')}</p>}
            <a className="small" href={href(`c/${docId}/needs/${need.id}`)} aria-describedby={`${id}-${need.id}`}>{t('assess.safety.openNeed')}</a>
          </li>
        ))}
      </ul>
      <p className="small">{t('assess.safety.crisisBeside')}</p>
      <CrisisList resources={circle.crisisResources} />
    </section>
  )
}

/** On a need's own page: where it stands, the question if it waits, and the professional-first control. */
export function SafetyControl({ store, snapshot, need }: Pick<CircleViewProps, 'store' | 'snapshot'> & { need: Need }) {
  const t = useText(assessCatalogue)
  const id = useId()
  const [reason, setReason] = useState('')
  const [missing, setMissing] = useState(false)
  const state = safetyStateOf(need)
  const { professionalFirst, peerConfirmed } = need.safety

  function withReason(action: () => boolean, required = true) {
    if (required && reason.trim() === '') {
      setMissing(true)
      document.getElementById(`${id}-reason`)?.focus()
      return
    }
    setMissing(false)
    if (action()) setReason('')
  }

  const setFirst = (on: boolean) => withReason(() => run(store, 'need/set-professional-first',
    { id: need.id, professionalFirst: on, reason: reason.trim() }, on ? t('assess.safety.done.marked', { title: need.title }) : t('assess.safety.done.cleared', { title: need.title })))
  const confirm = (on: boolean) => withReason(() => run(store, 'need/confirm-peer-help',
    { id: need.id, confirmed: on, reason: reason.trim() }, on ? t('assess.safety.done.confirmed', { title: need.title }) : t('assess.safety.done.withdrawn', { title: need.title })), on)

  return (
    <section className={state === 'clear' ? 'panel' : 'safety-callout'} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('assess.safety.controlTitle')}</h2>
      <p data-testid="safety-state">{t(`assess.safety.state.${state}`)}</p>
      {state === 'question' && (
        <>
          <QuestionWords id={`${id}-question`} recipientName={snapshot.circle.recipientName} resources={snapshot.circle.crisisResources} />
          <span className="card-actions" role="group" aria-labelledby={`${id}-question`}>
            <button type="button" className="button small" onClick={() => answer(store, need, 'yes')}>{t('assess.safety.answerYes')}</button>
            <button type="button" className="button small" onClick={() => answer(store, need, 'no')}>{t('assess.safety.answerNo')}</button>
          </span>
        </>
      )}
      {state === 'professional-first' && (
        <>
          <p className="small">{t('assess.safety.body')}</p>
          <CrisisList resources={snapshot.circle.crisisResources} />
        </>
      )}
      <div className="field">
        <label htmlFor={`${id}-reason`}>{t('assess.safety.reason')}</label>
        <p id={`${id}-hint`} className="hint">{t('assess.safety.reasonHint')}</p>
        <input id={`${id}-reason`} value={reason} maxLength={200} aria-invalid={missing}
          aria-describedby={missing ? `${id}-hint ${id}-error` : `${id}-hint`} onChange={(e) => setReason(e.target.value)} />
        {missing && <p id={`${id}-error`} className="error" role="alert">{t('assess.safety.reasonMissing')}</p>}
      </div>
      <span className="card-actions">
        {professionalFirst
          ? <button type="button" className="button small" onClick={() => setFirst(false)}>{t('assess.safety.clear')}</button>
          : <button type="button" className="button small" onClick={() => setFirst(true)}>{t('assess.safety.mark')}</button>}
        {professionalFirst && !peerConfirmed && <button type="button" className="button small" onClick={() => confirm(true)}>{t('assess.safety.confirmPeer')}</button>}
        {professionalFirst && peerConfirmed && <button type="button" className="button small" onClick={() => confirm(false)}>{t('assess.safety.withdrawPeer')}</button>}
      </span>
      {professionalFirst && !peerConfirmed && <p className="hint">{t('assess.safety.confirmHint')}</p>}
    </section>
  )
}
