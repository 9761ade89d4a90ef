import { useId, useRef, useState, type FormEvent } from 'react'
import { useDraft } from '../hooks/useDraft'
import type { RecipientSnapshot, RecipientStore } from '../../store/roles/recipientStore'
import { PLEASE_STOP_RESPONSES, type PleaseStopResponse } from '../../store/schema/pleaseStop'
import { showNotice, showSavedNotice } from '../hooks/notice'
import { Field } from '../shared/Field'
import { recipientText } from './text'

const t = recipientText.quiet

type Sent = RecipientSnapshot['pleaseStop'][number]

/** Not reached yet; reached; or what the coordinator did about it. */
function latestWords(latest: Sent, coordinator: string): string {
  if (!latest.state) return t.sentPending(coordinator)
  const answered = (PLEASE_STOP_RESPONSES as readonly string[]).includes(latest.state) ? t.answered[latest.state as PleaseStopResponse] : null
  return answered ? answered(coordinator) : t.received(coordinator)
}

/**
 * "Please stop / I need some quiet": always there, one tap and an optional note. It reaches the
 * coordinator the moment their phone and this one meet; until then it says so plainly.
 */
export function PleaseStop({ store, needs, coordinator, latest, now }: {
  store: RecipientStore
  needs: RecipientSnapshot['needs']
  coordinator: string
  latest: Sent | undefined
  now: number
}) {
  const dialog = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const whichId = useId()
  const draft = useDraft('please-stop', () => '')
  const { value: note, set: setNote } = draft
  const [needId, setNeedId] = useState('')

  function submit(event: FormEvent) {
    event.preventDefault()
    if (store.pleaseStop(note.trim(), needId || null, now)) {
      draft.reset()
      setNeedId('')
      dialog.current?.close()
      showSavedNotice(t.sentPending(coordinator))
    } else {
      showNotice(t.failed)
    }
  }

  return (
    <div className="quiet">
      <button type="button" className="button block quiet-button" onClick={() => dialog.current?.showModal()}>
        {t.button}
      </button>
      <p className="hint">{t.hint(coordinator)}</p>
      {latest && (
        <p className="notice" role="status">{latestWords(latest, coordinator)}</p>
      )}
      <dialog ref={dialog} className="sheet" aria-labelledby={titleId}>
        <form onSubmit={submit}>
          <h2 id={titleId}>{t.title}</h2>
          <p>{t.hint(coordinator)}</p>
          {needs.length > 0 && (
            <div className="field">
              <label htmlFor={whichId}>{t.which}</label>
              <select id={whichId} value={needId} onChange={(e) => setNeedId(e.target.value)}>
                <option value="">{t.everything}</option>
                {needs.map((need) => <option key={need.id} value={need.id}>{need.title}</option>)}
              </select>
            </div>
          )}
          <Field label={t.note} hint={t.noteHint(coordinator)}>
            {({ id, describedBy }) => (
              <textarea id={id} aria-describedby={describedBy} rows={3} maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} />
            )}
          </Field>
          <div className="form-actions">
            <button type="submit" className="button primary block">{t.send}</button>
            <button type="button" className="button block quiet" onClick={() => dialog.current?.close()}>{t.cancel}</button>
          </div>
        </form>
      </dialog>
    </div>
  )
}
