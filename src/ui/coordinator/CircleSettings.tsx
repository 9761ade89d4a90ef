import { useState, type FormEvent } from 'react'
import { useDraft } from '../hooks/useDraft'
import { DraftNote } from '../shared/DraftNote'
import { deleteMapCircle } from '../../sync/circles'
import { navigate } from '../hooks/router'
import { showSavedNotice } from '../hooks/notice'
import type { CircleViewProps } from './CircleScreen'
import { CircleProfileFields, profileErrors, type ProfileDraft } from './CircleProfileFields'
import { InvitePanel } from './InvitePanel'
import { text } from './text'

function draftOf(circle: CircleViewProps['snapshot']['circle']): ProfileDraft {
  return {
    recipientName: circle.recipientName, publicSummary: circle.publicSummary, timeZone: circle.timeZone,
    startDate: circle.startDate, endDate: circle.endDate, coordinatorName: circle.coordinator.name,
    coordinatorContact: circle.coordinator.contact,
    crisisResources: circle.crisisResources.length > 0 ? circle.crisisResources.map((r) => ({ ...r })) : [{ name: '', contact: '' }],
  }
}

export function CircleSettings({ docId, store, snapshot }: CircleViewProps) {
  const form = useDraft('circle', () => draftOf(snapshot.circle))
  const { value: draft, set: setDraft } = form
  const [showErrors, setShowErrors] = useState(false)
  const errors = profileErrors(draft)

  function save(event: FormEvent) {
    event.preventDefault()
    if (Object.keys(errors).length > 0) return setShowErrors(true)
    const now = Date.now()
    store.run('circle/update', {
      recipientName: draft.recipientName.trim(), publicSummary: draft.publicSummary.trim(), timeZone: draft.timeZone,
      startDate: draft.startDate, endDate: draft.endDate,
      coordinator: { name: draft.coordinatorName.trim(), contact: draft.coordinatorContact.trim() },
    }, now)
    store.run('crisis/save', draft.crisisResources.filter((r) => r.name.trim() && r.contact.trim()), now)
    setShowErrors(false)
    form.reset(draft) // what was saved is where the form now starts
    showSavedNotice(text.circle.savedNote)
  }

  async function remove() {
    if (!window.confirm(text.circle.deleteConfirm(snapshot.circle.recipientName))) return
    await deleteMapCircle(docId)
    navigate('', { replace: true })
  }

  return (
    <main id="main" className="page">
      <h1>{text.circle.title}</h1>
      <DraftNote draft={form} />
      <InvitePanel store={store} snapshot={snapshot} helperId={null} name={snapshot.circle.recipientName} />
      <form onSubmit={save} noValidate>
        <CircleProfileFields draft={draft} onChange={setDraft} errors={showErrors ? errors : {}} />
        <button type="submit" className="button primary block">{text.circle.save}</button>
      </form>
      <section className="panel danger-zone" aria-labelledby="delete-title">
        <h2 id="delete-title">{text.circle.deleteTitle}</h2>
        <p className="muted">{text.circle.deleteHint}</p>
        <button type="button" className="button danger" onClick={remove}>{text.circle.deleteButton}</button>
      </section>
    </main>
  )
}
