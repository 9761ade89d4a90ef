import { useState, type FormEvent } from 'react'
import { useDraft } from '../hooks/useDraft'
import { DraftNote } from '../shared/DraftNote'
import { addDays, localDateOf } from '../../domain/dates'
import { createCoordinatorCircle } from '../../sync/newCircle'
import { problemOf } from '../../sync/persistence'
import { href, navigate } from '../hooks/router'
import { showNotice } from '../hooks/notice'
import { focusFirstInvalid } from '../shared/Field'
import { deviceTimeZone } from '../hooks/useNow'
import { CircleProfileFields, emptyProfile, profileErrors, type ProfileDraft } from './CircleProfileFields'
import { sharedCatalogue, useText } from '../../i18n'
import { coordinatorCatalogue } from '../../i18n/catalogues/coordinator'
import { refusalText } from './refusals'

const say = sharedCatalogue.format

export function NewCircle() {
  const t = useText(coordinatorCatalogue)
  const form = useDraft<ProfileDraft>('new-circle', () => {
    const timeZone = deviceTimeZone()
    const today = localDateOf(Date.now(), timeZone)
    return { ...emptyProfile(timeZone, today), endDate: addDays(today, 13) }
  })
  const { value: draft, set: setDraft } = form
  const [showErrors, setShowErrors] = useState(false)
  const [saving, setSaving] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)
  const [forMe, setForMe] = useState(false)
  const errors = profileErrors(draft)

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (Object.keys(errors).length > 0) {
      setShowErrors(true)
      focusFirstInvalid()
      return
    }
    setSaving(true)
    const recipientName = draft.recipientName.trim()
    const result = await createCoordinatorCircle(
      {
        profile: {
          recipientName,
          // Left empty: a plain summary in the coordinator's own language, theirs to change later like anything they type.
          publicSummary: draft.publicSummary.trim() || t('coordinator.newCircle.defaultSummary', { name: recipientName }),
          timeZone: draft.timeZone,
          startDate: draft.startDate,
          endDate: draft.endDate,
          coordinator: { name: draft.coordinatorName.trim(), contact: draft.coordinatorContact.trim() },
        },
        crisisResources: draft.crisisResources.filter((r) => r.name.trim() || r.contact.trim()),
      },
      Date.now(),
    ).catch((error: unknown) => ({ ok: false as const, storage: problemOf(error) }))
    if (result.ok && forMe) {
      // The person's own view comes with it: the recipient's document, held here in their role.
      try {
        const [{ startOwnView }, { openMapCircle }] = await Promise.all([import('../../sync/ownView'), import('../../sync/circles')])
        await startOwnView(result.docId, openMapCircle(result.docId).store, Date.now())
      } catch (error) {
        // The circle itself is stored; the person can still open their view by the recipient's invitation (Circle settings).
        showNotice(`${t('coordinator.newCircle.ownViewFailed')} ${say(`shared.storage.refused.${problemOf(error)}`)}`)
      }
    }
    if (result.ok) {
      form.reset()
      navigate(`c/${result.docId}/needs`, { replace: true })
    } else {
      setSaving(false)
      // Nothing was listed or kept (creating is atomic): say why, and that the form is as it was.
      setFailure('storage' in result
        ? [say('shared.storage.notStarted'), say(`shared.storage.refused.${result.storage}`), say('shared.storage.typingKept')].join(' ')
        : refusalText(result.problems))
    }
  }

  return (
    <main id="main" className="page">
      <a className="back-link" href={href('')}>
        ← {t('coordinator.nav.allCircles')}
      </a>
      <h1>{t('coordinator.newCircle.title')}</h1>
      <p className="muted">{t('coordinator.newCircle.intro')}</p>
      <DraftNote draft={form} />
      <form onSubmit={submit} noValidate>
        <div className="panel">
          <label className="check">
            <input type="checkbox" checked={forMe} onChange={(e) => setForMe(e.target.checked)} aria-describedby="for-me-hint" />
            <span>{t('coordinator.newCircle.forMe')}</span>
          </label>
          <p id="for-me-hint" className="hint">{t('coordinator.newCircle.forMeHint')}</p>
        </div>
        <CircleProfileFields draft={draft} onChange={setDraft} errors={showErrors ? errors : {}} offerLengths />
        {failure && <p className="notice warning" role="alert">{failure}</p>}
        <button type="submit" className="button primary block" disabled={saving}>
          {t('coordinator.newCircle.create')}
        </button>
      </form>
    </main>
  )
}
