import { useState, type FormEvent } from 'react'
import { useDraft } from '../hooks/useDraft'
import type { RecipientStore } from '../../store/roles/recipientStore'
import { showNotice, showSavedNotice } from '../hooks/notice'
import { Field, focusFirstInvalid } from '../shared/Field'
import { recipientCatalogue } from '../../i18n/catalogues/recipient'

const t = recipientCatalogue.format

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
      setError(t('recipient.needs.whatError'))
      focusFirstInvalid()
      return
    }
    if (!store.suggestNeed(title.trim(), note.trim(), now)) {
      showNotice(t('recipient.needs.failed'))
      return
    }
    form.reset()
    setError(undefined)
    showSavedNotice(t('recipient.needs.suggested', { coordinator }))
  }

  return (
    <form className="panel" onSubmit={submit} noValidate aria-labelledby="suggest-need-title">
      <h2 id="suggest-need-title">{t('recipient.needs.suggestTitle')}</h2>
      <p className="hint">{t('recipient.needs.suggestIntro', { coordinator })}</p>
      <Field label={t('recipient.needs.what')} error={error}>
        {({ id, describedBy, invalid }) => (
          <input id={id} aria-describedby={describedBy} aria-invalid={invalid} maxLength={200} autoComplete="off" value={title}
            onChange={(e) => { setTitle(e.target.value); if (error) setError(undefined) }} />
        )}
      </Field>
      <Field label={t('recipient.needs.noteLabel')} hint={t('recipient.needs.noteHint')}>
        {({ id, describedBy }) => (
          <textarea id={id} aria-describedby={describedBy} rows={2} maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} />
        )}
      </Field>
      <button type="submit" className="button primary block">{t('recipient.needs.send')}</button>
    </form>
  )
}
