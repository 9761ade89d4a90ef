import { useId, useState } from 'react'
import type { CrisisResource, Need, RiskAnswer } from '../../domain/model'
import { isHeldBack, safetyStateOf } from '../../domain/safety'
import type { CommandName, CommandInput } from '../../store'
import { href } from '../hooks/router'
import { showNotice } from '../hooks/notice'
import { Segmented } from '../shared/Choices'
import { CrisisList } from '../shared/CrisisHelp'
import type { CircleViewProps } from './CircleScreen'
import { text } from './text'

/**
 * Safety that asks: the one plain question, the "Safety first" panel that puts held-back needs
 * first on Assess, Assign and Today, and the manual "professional first" control on a need's
 * page. Every decision goes through its command, which logs it with its reason.
 */
const t = text.safety

type Store = CircleViewProps['store']

function run<N extends CommandName>(store: Store, name: N, input: CommandInput<N>, done: string): boolean {
  const result = store.run(name, input, Date.now())
  showNotice(result.ok ? done : result.problems.map((p) => p.message).join(' '))
  return result.ok
}

function answer(store: Store, need: Need, value: RiskAnswer): void {
  run(store, 'need/answer-safety-question', { id: need.id, answer: value }, value === 'yes' ? t.done.yes(need.title) : t.done.no(need.title))
}

/** The question in words, with the crisis contacts beside it. */
function QuestionWords({ id, recipientName, resources }: { id: string; recipientName: string; resources: readonly CrisisResource[] }) {
  return (
    <>
      <p id={id} className="safety-question"><strong>{t.question(recipientName)}</strong></p>
      <p className="small">{t.yesMeans}</p>
      <p className="small">{t.crisisBeside}</p>
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
  const id = useId()
  return (
    <section className="safety-callout" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t.questionTitle}</h2>
      <p className="small">{t.questionWhy}</p>
      <Segmented legend={t.question(recipientName)} hint={t.yesMeans} value={value ?? 'later'}
        options={[['yes', t.answerYes], ['no', t.answerNo], ['later', t.answerLater]]}
        onChange={(answer) => onChange(answer === 'later' ? null : answer)} />
      <p className="small">{t.crisisBeside}</p>
      <CrisisList resources={resources} />
    </section>
  )
}

/** Held-back needs, first on the screen until each is settled. */
export function SafetyFirstPanel({ docId, store, snapshot }: Pick<CircleViewProps, 'docId' | 'store' | 'snapshot'>) {
  const id = useId()
  const held = snapshot.needs.filter(isHeldBack)
  if (held.length === 0) return null
  const { circle } = snapshot
  return (
    <section className="safety-callout" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t.panelTitle}</h2>
      <p className="small">{t.panelIntro}</p>
      <ul className="plain-list safety-list" aria-label={t.heldList}>
        {held.map((need) => (
          <li key={need.id}>
            <p className="card-title" id={`${id}-${need.id}`}>{need.title}</p>
            {safetyStateOf(need) === 'question' ? (
              <>
                <p className="small">{t.heldQuestion}</p>
                <p className="safety-question"><strong>{t.question(circle.recipientName)}</strong></p>
                <span className="card-actions">
                  <button type="button" className="button small" aria-label={t.answerFor(t.answerYes, need.title)} onClick={() => answer(store, need, 'yes')}>{t.answerYes}</button>
                  <button type="button" className="button small" aria-label={t.answerFor(t.answerNo, need.title)} onClick={() => answer(store, need, 'no')}>{t.answerNo}</button>
                </span>
              </>
            ) : <p className="small">{t.heldProfessional}</p>}
            <a className="small" href={href(`c/${docId}/needs/${need.id}`)} aria-describedby={`${id}-${need.id}`}>{t.openNeed}</a>
          </li>
        ))}
      </ul>
      <p className="small">{t.crisisBeside}</p>
      <CrisisList resources={circle.crisisResources} />
    </section>
  )
}

/** On a need's own page: where it stands, the question if it waits, and the professional-first control. */
export function SafetyControl({ store, snapshot, need }: Pick<CircleViewProps, 'store' | 'snapshot'> & { need: Need }) {
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
    { id: need.id, professionalFirst: on, reason: reason.trim() }, on ? t.done.marked(need.title) : t.done.cleared(need.title)))
  const confirm = (on: boolean) => withReason(() => run(store, 'need/confirm-peer-help',
    { id: need.id, confirmed: on, reason: reason.trim() }, on ? t.done.confirmed(need.title) : t.done.withdrawn(need.title)), on)

  return (
    <section className={state === 'clear' ? 'panel' : 'safety-callout'} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t.controlTitle}</h2>
      <p data-testid="safety-state">{t.state[state]}</p>
      {state === 'question' && (
        <>
          <QuestionWords id={`${id}-question`} recipientName={snapshot.circle.recipientName} resources={snapshot.circle.crisisResources} />
          <span className="card-actions" role="group" aria-labelledby={`${id}-question`}>
            <button type="button" className="button small" onClick={() => answer(store, need, 'yes')}>{t.answerYes}</button>
            <button type="button" className="button small" onClick={() => answer(store, need, 'no')}>{t.answerNo}</button>
          </span>
        </>
      )}
      {state === 'professional-first' && (
        <>
          <p className="small">{t.body}</p>
          <CrisisList resources={snapshot.circle.crisisResources} />
        </>
      )}
      <div className="field">
        <label htmlFor={`${id}-reason`}>{t.reason}</label>
        <p id={`${id}-hint`} className="hint">{t.reasonHint}</p>
        <input id={`${id}-reason`} value={reason} maxLength={200} aria-invalid={missing}
          aria-describedby={missing ? `${id}-hint ${id}-error` : `${id}-hint`} onChange={(e) => setReason(e.target.value)} />
        {missing && <p id={`${id}-error`} className="error" role="alert">{t.reasonMissing}</p>}
      </div>
      <span className="card-actions">
        {professionalFirst
          ? <button type="button" className="button small" onClick={() => setFirst(false)}>{t.clear}</button>
          : <button type="button" className="button small" onClick={() => setFirst(true)}>{t.mark}</button>}
        {professionalFirst && !peerConfirmed && <button type="button" className="button small" onClick={() => confirm(true)}>{t.confirmPeer}</button>}
        {professionalFirst && peerConfirmed && <button type="button" className="button small" onClick={() => confirm(false)}>{t.withdrawPeer}</button>}
      </span>
      {professionalFirst && !peerConfirmed && <p className="hint">{t.confirmHint}</p>}
    </section>
  )
}
