import { useId, useRef, useState, type FormEvent } from 'react'
import { useDraft } from '../hooks/useDraft'
import type { RecipientSnapshot, RecipientStore } from '../../store/roles/recipientStore'
import type { PleaseStopResponse } from '../../store/schema/pleaseStop'
import { showNotice, showSavedNotice } from '../hooks/notice'
import { useThisDeviceCannotConnect } from '../hooks/useOwnReach'
import { Field } from '../shared/Field'
import { recipientCatalogue } from '../../i18n/catalogues/recipient'

const t = recipientCatalogue.format

type Sent = RecipientSnapshot['pleaseStop'][number]

// Each answer the coordinator can give (the schema's type: the compiler asks for any new one). A
// type import keeps the schema's validators, and zod and Yjs with them, out of Today's first paint.
const ANSWERS: Record<PleaseStopResponse, true> = { paused: true, ended: true, 'helper-ended': true, 'talk-first': true }
const isAnswer = (state: string): state is PleaseStopResponse => Object.hasOwn(ANSWERS, state)

/** Not reached yet (waiting for their phone, or for this one); reached; or what the coordinator did about it. */
function latestWords(latest: Pick<Sent, 'state'>, coordinator: string, waitsForThisPhone: boolean): string {
  if (!latest.state) return t(waitsForThisPhone ? 'recipient.quiet.sentPendingHere' : 'recipient.quiet.sentPending', { coordinator })
  return isAnswer(latest.state) ? t(`recipient.quiet.answered.${latest.state}`, { coordinator }) : t('recipient.quiet.received', { coordinator })
}

/**
 * "Please stop / I need some quiet": always there, one tap and an optional note. It reaches the
 * coordinator the moment their phone and this one meet; until then it says so plainly.
 */
export function PleaseStop({ store, needs, coordinator, latest, now }: {
  /** Null while painted from the stored copy: the button waits for the document. */
  store: RecipientStore | null
  needs: RecipientSnapshot['needs']
  coordinator: string
  latest: Pick<Sent, 'state'> | undefined
  now: number
}) {
  const dialog = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const whichId = useId()
  const draft = useDraft('please-stop', () => '')
  const { value: note, set: setNote } = draft
  const [needId, setNeedId] = useState('')
  const waitsForThisPhone = useThisDeviceCannotConnect()

  function submit(event: FormEvent) {
    event.preventDefault()
    if (store?.pleaseStop(note.trim(), needId || null, now)) {
      draft.reset()
      setNeedId('')
      dialog.current?.close()
      showSavedNotice(t(waitsForThisPhone ? 'recipient.quiet.sentPendingHere' : 'recipient.quiet.sentPending', { coordinator }))
    } else {
      showNotice(t('recipient.quiet.failed'))
    }
  }

  return (
    <div className="quiet">
      <button type="button" className="button block quiet-button" disabled={!store} onClick={() => dialog.current?.showModal()}>
        {t('recipient.quiet.button')}
      </button>
      <p className="hint">{t('recipient.quiet.hint', { coordinator })}</p>
      {latest && (
        <p className="notice" role="status">{latestWords(latest, coordinator, waitsForThisPhone)}</p>
      )}
      <dialog ref={dialog} className="sheet" aria-labelledby={titleId}>
        <form onSubmit={submit}>
          <h2 id={titleId}>{t('recipient.quiet.title')}</h2>
          <p>{t('recipient.quiet.hint', { coordinator })}</p>
          {needs.length > 0 && (
            <div className="field">
              <label htmlFor={whichId}>{t('recipient.quiet.which')}</label>
              <select id={whichId} value={needId} onChange={(e) => setNeedId(e.target.value)}>
                <option value="">{t('recipient.quiet.everything')}</option>
                {needs.map((need) => <option key={need.id} value={need.id}>{need.title}</option>)}
              </select>
            </div>
          )}
          <Field label={t('recipient.quiet.note')} hint={t('recipient.quiet.noteHint', { coordinator })}>
            {({ id, describedBy }) => (
              <textarea id={id} aria-describedby={describedBy} rows={3} maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} />
            )}
          </Field>
          <div className="form-actions">
            <button type="submit" className="button primary block">{t('recipient.quiet.send')}</button>
            <button type="button" className="button block quiet" onClick={() => dialog.current?.close()}>{t('recipient.quiet.cancel')}</button>
          </div>
        </form>
      </dialog>
    </div>
  )
}
