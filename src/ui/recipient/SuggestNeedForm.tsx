import { useState, type FormEvent } from 'react'
import { useDraft } from '../hooks/useDraft'
import type { RecipientStore } from '../../store/roles/recipientStore'
import { showNotice, showSavedNotice } from '../hooks/notice'
import { Field, focusFirstInvalid } from '../shared/Field'
import { recipientText } from './text'

const t = recipientText.needs

/** "Suggest something you need": a title and an optional note, for the coordinator's Assess. */
export function SuggestNeedForm({ store, coordinator, now }: { store: RecipientStore; coordinator: string; now: number }) {
  const form = useDraft('suggest-need', () => ({ title: '', note: '' }))
  const { title, note } = form.value
  const setTitle = (value: string) => form.set((d) => ({ ...d, title: value }))
  const setNote = (value: string) => form.set((d) => ({ ...d, note: value }))
  const [error, setError] = useState<string | undefined>()

  function submit(event: FormEvent) {
    event.preventDefault()
    if (!title.trim()) {
      setError(t.whatError)
      focusFirstInvalid()
      return
    }
    if (!store.suggestNeed(title.trim(), note.trim(), now)) {
      showNotice(t.failed)
      return
    }
    form.reset()
    setError(undefined)
    showSavedNotice(t.suggested(coordinator))
  }

  return (
    <form className="panel" onSubmit={submit} noValidate aria-labelledby="suggest-need-title">
      <h2 id="suggest-need-title">{t.suggestTitle}</h2>
      <p className="hint">{t.suggestIntro(coordinator)}</p>
      <Field label={t.what} error={error}>
        {({ id, describedBy, invalid }) => (
          <input id={id} aria-describedby={describedBy} aria-invalid={invalid} maxLength={200} autoComplete="off" value={title}
            onChange={(e) => { setTitle(e.target.value); if (error) setError(undefined) }} />
        )}
      </Field>
      <Field label={t.noteLabel} hint={t.noteHint}>
        {({ id, describedBy }) => (
          <textarea id={id} aria-describedby={describedBy} rows={2} maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} />
        )}
      </Field>
      <button type="submit" className="button primary block">{t.send}</button>
    </form>
  )
}
