import { useState, type FormEvent } from 'react'
import { useDraft } from '../hooks/useDraft'
import { DraftNote } from '../shared/DraftNote'
import { deleteMapCircle } from '../../sync/circles'
import { href, navigate } from '../hooks/router'
import { showSavedNotice } from '../hooks/notice'
import { changedFields } from '../shared/changedFields'
import type { CircleViewProps } from './CircleScreen'
import { CircleProfileFields, profileErrors, type ProfileDraft } from './CircleProfileFields'
import { InvitePanel } from './InvitePanel'
import { useText } from '../../i18n'
import { coordinatorCatalogue } from '../../i18n/catalogues/coordinator'
import { keepingCatalogue } from '../../i18n/catalogues/keeping'

function draftOf(circle: CircleViewProps['snapshot']['circle']): ProfileDraft {
  return {
    recipientName: circle.recipientName, publicSummary: circle.publicSummary, timeZone: circle.timeZone,
    startDate: circle.startDate, endDate: circle.endDate, coordinatorName: circle.coordinator.name,
    coordinatorContact: circle.coordinator.contact,
    crisisResources: circle.crisisResources.length > 0 ? circle.crisisResources.map((r) => ({ ...r })) : [{ name: '', contact: '' }],
  }
}

/** The circle's profile as the form would write it. */
function profileOf(draft: ProfileDraft) {
  return {
    recipientName: draft.recipientName.trim(), publicSummary: draft.publicSummary.trim(), timeZone: draft.timeZone,
    startDate: draft.startDate, endDate: draft.endDate,
    coordinator: { name: draft.coordinatorName.trim(), contact: draft.coordinatorContact.trim() },
  }
}

export function CircleSettings({ docId, store, snapshot }: CircleViewProps) {
  const t = useText(coordinatorCatalogue)
  const tKeeping = useText(keepingCatalogue)
  const form = useDraft('circle', () => draftOf(snapshot.circle))
  const { value: draft, set: setDraft } = form
  // What the circle said when the form opened: saving writes only what differs from it.
  const [opening, setOpening] = useState(() => draftOf(snapshot.circle))
  const [showErrors, setShowErrors] = useState(false)
  const errors = profileErrors(draft)

  function save(event: FormEvent) {
    event.preventDefault()
    if (Object.keys(errors).length > 0) return setShowErrors(true)
    const now = Date.now()
    const profile = profileOf(draft)
    const changes = changedFields(profileOf(opening), profile)
    if (changes.coordinator) changes.coordinator = { ...snapshot.circle.coordinator, ...changedFields(profileOf(opening).coordinator, profile.coordinator) }
    if (Object.keys(changes).length > 0) store.run('circle/update', changes, now)
    const crisis = (d: ProfileDraft) => d.crisisResources.filter((r) => r.name.trim() && r.contact.trim())
    if (JSON.stringify(crisis(opening)) !== JSON.stringify(crisis(draft))) store.run('crisis/save', crisis(draft), now)
    setShowErrors(false)
    setOpening(draft)
    form.reset(draft) // what was saved is where the form now starts
    showSavedNotice(t('coordinator.circle.savedNote'))
  }

  async function remove() {
    if (!window.confirm(t('coordinator.circle.deleteConfirm', { name: snapshot.circle.recipientName }))) return
    await deleteMapCircle(docId)
    navigate('', { replace: true })
  }

  return (
    <main id="main" className="page">
      <h1>{t('coordinator.circle.title')}</h1>
      <DraftNote draft={form} />
      <InvitePanel store={store} snapshot={snapshot} helperId={null} name={snapshot.circle.recipientName} />
      <form onSubmit={save} noValidate>
        <CircleProfileFields draft={draft} onChange={setDraft} errors={showErrors ? errors : {}} />
        <button type="submit" className="button primary block">{t('coordinator.circle.save')}</button>
      </form>
      <p><a className="button block" href={href(`c/${docId}/coordinators`)}>{tKeeping('keeping.coordinators.link')}</a></p>
      <p><a className="button block" href={href(`c/${docId}/backup`)}>{tKeeping('keeping.backup.link')}</a></p>
      <section className="panel danger-zone" aria-labelledby="delete-title">
        <h2 id="delete-title">{t('coordinator.circle.deleteTitle')}</h2>
        <p className="muted">{t('coordinator.circle.deleteHint')}</p>
        <button type="button" className="button danger" onClick={remove}>{t('coordinator.circle.deleteButton')}</button>
      </section>
    </main>
  )
}
