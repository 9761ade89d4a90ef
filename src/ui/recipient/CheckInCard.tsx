import { useId, useState, type FormEvent } from 'react'
import { useDraft } from '../hooks/useDraft'
import * as describe from '../../i18n/describe'
import type { RecipientSnapshot, RecipientStore } from '../../store/roles/recipientStore'
import { showNotice, showSavedNotice } from '../hooks/notice'
import { useThisDeviceCannotConnect } from '../hooks/useOwnReach'
import { Field } from '../shared/Field'
import { recipientCatalogue } from '../../i18n/catalogues/recipient'

const t = recipientCatalogue.format

type CheckIn = RecipientSnapshot['checkIns'][number]
type Answer = { worked: string; missing: string; notHelpful: string }

/** One week's check-in: what the coordinator wrote, then the recipient's own answers (read-only once the support has ended). */
export function CheckInCard({ store, checkIn, coordinator, now, ended }: { store: RecipientStore; checkIn: CheckIn; coordinator: string; now: number; ended: boolean }) {
  const titleId = useId()
  const [editing, setEditing] = useState(false)
  const waitsForThisPhone = useThisDeviceCannotConnect()
  const notes = ([['worked', t('recipient.checkIns.worked')], ['missing', t('recipient.checkIns.missing')], ['stop', t('recipient.checkIns.stop')], ['adjusted', t('recipient.checkIns.adjusted')]] as const)
    .filter(([key]) => checkIn[key].trim() !== '')

  function save(answer: Answer): boolean {
    if (!store.answer(checkIn.id, answer, now)) {
      showNotice(t('recipient.checkIns.failed'))
      return false
    }
    setEditing(false)
    showSavedNotice(t('recipient.checkIns.saved', { coordinator }))
    return true
  }

  return (
    <article className="card check-in" aria-labelledby={titleId}>
      <h2 className="card-title" id={titleId}>{t('recipient.checkIns.weekOf', { date: describe.formatLocalDate(checkIn.weekOf) })}</h2>
      <h3>{t('recipient.checkIns.notesTitle', { coordinator })}</h3>
      {notes.length === 0 ? <p className="muted">{t('recipient.checkIns.noNotes')}</p> : (
        <dl className="answers">
          {notes.map(([key, label]) => <div key={key}><dt>{label}</dt><dd className="note">{checkIn[key]}</dd></div>)}
        </dl>
      )}
      {(!ended || checkIn.answer) && <h3>{t('recipient.checkIns.yourAnswers')}</h3>}
      {checkIn.answer && (ended || !editing) ? (
        <>
          <dl className="answers">
            {([['worked', t('recipient.checkIns.answerWorked')], ['missing', t('recipient.checkIns.answerMissing')], ['notHelpful', t('recipient.checkIns.answerNotHelpful')]] as const).map(([key, label]) => (
              <div key={key}><dt>{label}</dt><dd className="note">{checkIn.answer![key] || <span className="muted">{t('recipient.checkIns.empty')}</span>}</dd></div>
            ))}
          </dl>
          <p className="small muted" role="status">{checkIn.answerReceived ? t('recipient.checkIns.sent', { coordinator }) : t(waitsForThisPhone ? 'recipient.checkIns.pendingHere' : 'recipient.checkIns.pending', { coordinator })}</p>
          {!ended && (
            <div className="card-actions">
              <button type="button" className="button small" onClick={() => setEditing(true)}>{t('recipient.checkIns.change')}</button>
            </div>
          )}
        </>
      ) : !ended && (
        <AnswerForm form={`answer:${checkIn.id}`} initial={checkIn.answer} onSave={save} onCancel={checkIn.answer ? () => setEditing(false) : undefined} />
      )}
    </article>
  )
}

function AnswerForm({ form, initial, onSave, onCancel }: { form: string; initial: Answer | null; onSave: (answer: Answer) => boolean; onCancel?: () => void }) {
  const draft = useDraft<Answer>(form, () => ({ worked: initial?.worked ?? '', missing: initial?.missing ?? '', notHelpful: initial?.notHelpful ?? '' }))
  const { value: answer, set: setAnswer } = draft
  const [blank, setBlank] = useState(false)
  function submit(event: FormEvent) {
    event.preventDefault()
    if (!answer.worked.trim() && !answer.missing.trim() && !answer.notHelpful.trim()) {
      setBlank(true)
      return
    }
    if (onSave({ worked: answer.worked.trim(), missing: answer.missing.trim(), notHelpful: answer.notHelpful.trim() })) draft.reset()
  }
  return (
    <form onSubmit={submit}>
      <p className="hint">{t('recipient.checkIns.answerHint')}</p>
      {([['worked', t('recipient.checkIns.answerWorked')], ['missing', t('recipient.checkIns.answerMissing')], ['notHelpful', t('recipient.checkIns.answerNotHelpful')]] as const).map(([key, label]) => (
        <Field key={key} label={label}>
          {({ id }) => (
            <textarea id={id} rows={2} maxLength={2000} value={answer[key]}
              onChange={(e) => { setBlank(false); setAnswer((a) => ({ ...a, [key]: e.target.value })) }} />
          )}
        </Field>
      ))}
      {blank && <p className="error" role="alert">{t('recipient.checkIns.blank')}</p>}
      <div className="card-actions">
        <button type="submit" className="button small primary">{t('recipient.checkIns.save')}</button>
        {onCancel && <button type="button" className="button small quiet" onClick={() => { draft.reset(); onCancel() }}>{t('recipient.checkIns.cancel')}</button>}
      </div>
    </form>
  )
}
