import { useId, useRef, type FormEvent } from 'react'
import { useDraft } from '../hooks/useDraft'
import type { RecipientStore } from '../../store/roles/recipientStore'
import { showNotice, showSavedNotice } from '../hooks/notice'
import { Field } from '../shared/Field'
import { recipientText } from './text'

const t = recipientText.quiet

type Sent = { note: string; at: number; received: boolean }

/**
 * "Please stop / I need some quiet": always there, one tap and an optional note. It reaches the
 * coordinator the moment their phone and this one meet; until then it says so plainly.
 */
export function PleaseStop({ store, coordinator, latest, now }: { store: RecipientStore; coordinator: string; latest: Sent | undefined; now: number }) {
  const dialog = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const draft = useDraft('please-stop', () => '')
  const { value: note, set: setNote } = draft

  function submit(event: FormEvent) {
    event.preventDefault()
    if (store.pleaseStop(note.trim(), now)) {
      draft.reset()
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
        <p className="notice" role="status">{latest.received ? t.received(coordinator) : t.sentPending(coordinator)}</p>
      )}
      <dialog ref={dialog} className="sheet" aria-labelledby={titleId}>
        <form onSubmit={submit}>
          <h2 id={titleId}>{t.title}</h2>
          <p>{t.hint(coordinator)}</p>
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
