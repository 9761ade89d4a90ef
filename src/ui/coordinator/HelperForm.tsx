import { useState, type FormEvent } from 'react'
import { useDraft } from '../hooks/useDraft'
import { DraftNote } from '../shared/DraftNote'
import { isExcluded } from '../../domain/planner/rules'
import { isOvereager } from '../../domain/planner/overeager'
import { navigate } from '../hooks/router'
import { showNotice, showSavedNotice } from '../hooks/notice'
import { undoAction } from '../hooks/undoAction'
import { Segmented, TaskKindChips } from '../shared/Choices'
import { changedFields } from '../shared/changedFields'
import { Field, focusFirstInvalid } from '../shared/Field'
import { WeeklyRangesField } from '../shared/WeeklyRangesField'
import type { CircleViewProps } from './CircleScreen'
import { draftFromHelper, helperDraftErrors, helperFieldsOf, newHelperDraft, offerOf, type HelperFormDraft } from './helperDraft'
import { AwayPanel } from './AwayPanel'
import { InvitePanel } from './InvitePanel'
import { sharedCatalogue, useText } from '../../i18n'
import { coordinatorCatalogue } from '../../i18n/catalogues/coordinator'
import { mapCatalogue } from '../../i18n/catalogues/map'
import { refusalText } from './refusals'
import { dateInWords } from '../shared/inWords'

const say = sharedCatalogue.format

export function HelperForm({ docId, store, snapshot, helperId }: CircleViewProps & { helperId?: string }) {
  const tCoordinator = useText(coordinatorCatalogue)
  const t = useText(mapCatalogue)
  const existing = helperId ? snapshot.helpers.find((h) => h.id === helperId) : undefined
  const form = useDraft<HelperFormDraft>(`helper:${helperId ?? 'new'}`, () => (existing ? draftFromHelper(existing, snapshot.offers[existing.id]) : newHelperDraft()))
  const { value: draft, set: setDraft } = form
  // What the helper's record said when the form opened: an edit writes only what differs from it.
  const [opening] = useState(() => {
    if (!existing) return null
    const stored = draftFromHelper(existing, snapshot.offers[existing.id])
    return { fields: helperFieldsOf(stored), offer: offerOf(stored, existing.id) }
  })
  const [showErrors, setShowErrors] = useState(false)
  const errors = helperDraftErrors(draft)
  const shown = showErrors ? errors : {}
  const set = (fields: Partial<HelperFormDraft>) => setDraft((d) => ({ ...d, ...fields }))
  const previewOffer = offerOf(draft, existing?.id ?? 'new')
  const overeager = draft.kinds.length > 0 && isOvereager(previewOffer, snapshot.needs)
  const excluded = draft.name.trim() !== '' && isExcluded({ name: draft.name }, snapshot.boundaries)

  if (helperId && !existing) return <main id="main" className="page"><p className="notice">{tCoordinator('coordinator.errors.helperRemoved')}</p></main>

  function submit(event: FormEvent) {
    event.preventDefault()
    if (Object.keys(errors).length > 0) {
      setShowErrors(true)
      focusFirstInvalid()
      return
    }
    const now = Date.now()
    const fields = helperFieldsOf(draft)
    const saved = existing && opening ? store.run('helper/update', { id: existing.id, fields: changedFields(opening.fields, fields) }, now) : store.run('helper/add', fields, now)
    const id = existing?.id ?? (saved.ok ? saved.id : undefined)
    // An offer is saved whole: the one stored now, with only what this form changed in it.
    const offerChanges = existing && opening ? changedFields(opening.offer, offerOf(draft, existing.id)) : null
    const offer = existing && offerChanges ? { ...offerOf(draftFromHelper(existing, snapshot.offers[existing.id]), existing.id), ...offerChanges } : id ? offerOf(draft, id) : null
    const offered = offer && (!offerChanges || Object.keys(offerChanges).length > 0) ? store.run('offer/save', offer, now) : saved
    if (!saved.ok || !offered.ok) {
      const problems = !saved.ok ? saved.problems : !offered.ok ? offered.problems : []
      showNotice(refusalText(problems))
      return
    }
    form.reset()
    showSavedNotice(t('map.helperForm.saved', { name: fields.name }))
    navigate(`c/${docId}/map`)
  }

  function remove() {
    if (!existing) return
    const result = store.run('helper/remove', { id: existing.id }, Date.now())
    form.reset()
    showSavedNotice(t('map.helperForm.removed', { name: existing.name }), undoAction(store, result))
    navigate(`c/${docId}/map`)
  }

  return (
    <main id="main" className="page">
      <h1>{existing ? t('map.helperForm.editTitle') : t('map.helperForm.addTitle')}</h1>
      <DraftNote draft={form} />
      {existing && <InvitePanel store={store} snapshot={snapshot} helperId={existing.id} name={existing.name} />}
      {existing && <AwayPanel store={store} snapshot={snapshot} helperId={existing.id} name={existing.name} />}
      <form onSubmit={submit} noValidate>
        <fieldset>
          <legend>{t('map.helperForm.aboutLegend')}</legend>
          <Field label={t('map.helperForm.name')} error={shown.name}>
            {({ id, describedBy, invalid }) => <input id={id} aria-describedby={describedBy} aria-invalid={invalid} autoComplete="off" value={draft.name} onChange={(e) => set({ name: e.target.value })} />}
          </Field>
          {excluded && <p className="notice warning" role="alert">{t('map.excludedLong', { name: draft.name.trim() || 'none' })}</p>}
          <Field label={t('map.helperForm.contact')} hint={t('map.helperForm.contactHint')}>
            {({ id, describedBy }) => <input id={id} aria-describedby={describedBy} autoComplete="off" value={draft.contact} onChange={(e) => set({ contact: e.target.value })} />}
          </Field>
          <Field label={t('map.helperForm.relation')}>
            {({ id }) => <input id={id} value={draft.relation} placeholder={t('map.helperForm.relationPlaceholder')} onChange={(e) => set({ relation: e.target.value })} />}
          </Field>
          <Field label={t('map.helperForm.tags')} hint={t('map.helperForm.tagsHint')}>
            {({ id, describedBy }) => <input id={id} aria-describedby={describedBy} value={draft.tags} onChange={(e) => set({ tags: e.target.value })} />}
          </Field>
        </fieldset>

        <fieldset>
          <legend>{t('map.helperForm.offerLegend')}</legend>
          <TaskKindChips legend={t('map.helperForm.kinds')} value={draft.kinds} onChange={(kinds) => set({ kinds })} />

          <fieldset className="inline-fieldset">
            <legend>{t('map.helperForm.windowsLegend')}</legend>
            <p className="hint">{t('map.helperForm.windowsHint')}</p>
            <WeeklyRangesField rows={draft.windows} onChange={(windows) => set({ windows })} error={shown.windows} newRow={{ days: 'weekends', start: '10:00', end: '12:00' }}
              words={{ row: (n) => t('map.helperForm.windowRow', { n }), days: t('map.helperForm.days'), everyDay: t('map.helperForm.everyDay'), weekdays: t('map.helperForm.weekdays'), weekends: t('map.helperForm.weekends'), from: t('map.helperForm.from'), until: t('map.helperForm.until'), overnight: t('map.helperForm.overnight'), remove: (n) => t('map.helperForm.removeWindow', { n }), add: t('map.helperForm.addWindow') }} />
          </fieldset>

          <div className="two-columns">
            <Field label={t('map.helperForm.availableFrom')} hint={draft.from ? undefined : t('map.helperForm.anyDate')} inWords={dateInWords(draft.from)}>
              {({ id, describedBy }) => <input id={id} type="date" aria-describedby={describedBy} value={draft.from} onChange={(e) => set({ from: e.target.value })} />}
            </Field>
            <Field label={t('map.helperForm.availableUntil')} inWords={dateInWords(draft.until)}>
              {({ id, describedBy }) => <input id={id} type="date" aria-describedby={describedBy} value={draft.until} onChange={(e) => set({ until: e.target.value })} />}
            </Field>
          </div>

          <Segmented legend={t('map.helperForm.mode')} value={draft.mode} options={[['any', t('map.helperForm.modeAny')], ['remote-only', t('map.helperForm.modeRemote')]]} onChange={(mode) => set({ mode })} />

          <Field label={t('map.helperForm.limit')} hint={t('map.helperForm.limitHint')} error={shown.limit}>
            {({ id, describedBy, invalid }) => (
              <input id={id} type="number" inputMode="numeric" min={0} max={50} aria-describedby={describedBy} aria-invalid={invalid}
                value={Number.isNaN(draft.weeklyLimit) ? '' : draft.weeklyLimit} onChange={(e) => set({ weeklyLimit: e.target.valueAsNumber })} />
            )}
          </Field>
          {overeager && <p className="notice" role="status">{t('map.overeagerLong', { name: draft.name.trim() || 'none' })}</p>}
        </fieldset>

        <div className="form-actions">
          <button type="submit" className="button primary block">{t('map.helperForm.save')}</button>
          <button type="button" className="button block quiet" onClick={() => {
            form.reset()
            navigate(`c/${docId}/map`)
          }}>{say('shared.cancel')}</button>
          {existing && <button type="button" className="button block danger" onClick={remove}>{t('map.helperForm.remove')}</button>}
        </div>
      </form>
    </main>
  )
}
