import { useId, useState, type FormEvent } from 'react'
import { useDraft } from '../hooks/useDraft'
import { DraftNote } from '../shared/DraftNote'
import { daysBetween } from '../../domain/dates'
import { showNotice, showSavedNotice } from '../hooks/notice'
import { useThisDeviceCannotConnect } from '../hooks/useOwnReach'
import { TaskKindChips } from '../shared/Choices'
import { Field, focusFirstInvalid } from '../shared/Field'
import { WeeklyRangesField } from '../shared/WeeklyRangesField'
import { NEW_WINDOW, offerDraftErrors, offerDraftOf, offerOfDraft, type OfferDraft } from './offerDraft'
import { helperCatalogue } from '../../i18n/catalogues/helper'
import type { HelperScreenProps } from './types'
import { dateInWords } from '../shared/inWords'

const t = helperCatalogue.format

/** "My offer": what they can do, when, between which dates, and how much a week. */
export function OfferScreen({ store, snapshot, brief, coordinator, now }: HelperScreenProps) {
  const form = useDraft<OfferDraft>('offer', () => offerDraftOf(snapshot.offer))
  const { value: draft, set: setDraft } = form
  const [showErrors, setShowErrors] = useState(false)
  const waitsForThisPhone = useThisDeviceCannotConnect()
  const modeName = useId()
  const errors = offerDraftErrors(draft)
  const shown = showErrors ? errors : {}
  const set = (fields: Partial<OfferDraft>) => setDraft((d) => ({ ...d, ...fields }))

  function submit(event: FormEvent) {
    event.preventDefault()
    if (Object.keys(errors).length > 0) {
      setShowErrors(true)
      focusFirstInvalid()
      return
    }
    if (!store) return // never painted from the stored copy; kept safe all the same
    const saved = store.saveOffer(offerOfDraft(draft), now)
    if (!saved.ok) return showNotice(t('helper.offer.notSaved'))
    form.reset(draft) // what was sent is where the form now starts
    showSavedNotice(t('helper.offer.saved', { coordinator }))
  }

  const weeks = draft.from && draft.until && !errors.until ? Math.ceil((daysBetween(draft.from, draft.until) + 1) / 7) : null
  const status = snapshot.offerIsOwn
    ? (snapshot.offerReceived ? t('helper.tasks.sent', { coordinator }) : t(waitsForThisPhone ? 'helper.tasks.pendingHere' : 'helper.tasks.pending', { coordinator }))
    : snapshot.offer ? t('helper.offer.fromCoordinator', { coordinator }) : t('helper.offer.empty')

  if (brief.circleStatus === 'archived' || brief.resting) {
    const words = brief.circleStatus === 'archived' ? 'helper.messages.offerEnded' as const : 'helper.messages.offerResting' as const
    return (
      <main id="main" className="page">
        <h1>{t('helper.offer.title')}</h1>
        <p className="notice" role="status">{t(words, { recipient: brief.recipientFirstName })}</p>
      </main>
    )
  }
  return (
    <main id="main" className="page">
      <h1>{t('helper.offer.title')}</h1>
      <DraftNote draft={form} />
      <p className="lead">{t('helper.offer.question')}</p>
      <p className={snapshot.offerIsOwn ? 'small muted' : 'notice'} role="status">{status}</p>
      <form onSubmit={submit} noValidate>
        <div className="panel">
          <TaskKindChips legend={t('helper.offer.kinds')} value={draft.kinds} onChange={(kinds) => set({ kinds })} />
        </div>

        <fieldset>
          <legend>{t('helper.offer.windows')}</legend>
          <p className="hint">{t('helper.offer.windowsHint', { recipient: brief.recipientFirstName })}</p>
          <WeeklyRangesField rows={draft.windows} onChange={(windows) => set({ windows })} error={shown.windows} newRow={NEW_WINDOW}
            words={{ row: (n) => t('helper.offer.window', { n }), days: t('helper.offer.days'), everyDay: t('helper.offer.everyDay'), weekdays: t('helper.offer.weekdays'), weekends: t('helper.offer.weekends'), from: t('helper.offer.from'), until: t('helper.offer.until'), overnight: t('helper.offer.overnight'), remove: (n) => t('helper.offer.removeWindow', { n }), add: t('helper.offer.addWindow') }} />
        </fieldset>

        <fieldset>
          <legend>{t('helper.offer.mode')}</legend>
          <div className="segmented">
            {([['any', t('helper.offer.modeAny')], ['remote-only', t('helper.offer.modeRemote')]] as const).map(([mode, label]) => (
              <label key={mode} className={draft.mode === mode ? 'selected' : ''}>
                <input type="radio" name={modeName} checked={draft.mode === mode} onChange={() => set({ mode })} />
                {label}
              </label>
            ))}
          </div>
          <div className="two-columns offer-dates">
            <Field label={t('helper.offer.firstDay')} hint={draft.from ? undefined : t('helper.offer.openDate')} inWords={dateInWords(draft.from)}>
              {({ id, describedBy }) => <input id={id} type="date" aria-describedby={describedBy} value={draft.from} onChange={(e) => set({ from: e.target.value })} />}
            </Field>
            <Field label={t('helper.offer.lastDay')} hint={draft.until ? undefined : t('helper.offer.openDate')} error={shown.until} inWords={dateInWords(draft.until)}>
              {({ id, describedBy, invalid }) => <input id={id} type="date" aria-describedby={describedBy} aria-invalid={invalid} value={draft.until} onChange={(e) => set({ until: e.target.value })} />}
            </Field>
          </div>
          {weeks !== null && <p className="hint">{t('helper.offer.weeks', { n: weeks })}</p>}
          <Field label={t('helper.offer.limit')} hint={t('helper.offer.limitHint')} error={shown.limit}>
            {({ id, describedBy, invalid }) => (
              <input id={id} type="number" inputMode="numeric" min={0} max={50} aria-describedby={describedBy} aria-invalid={invalid}
                value={Number.isNaN(draft.weeklyLimit) ? '' : draft.weeklyLimit} onChange={(e) => set({ weeklyLimit: e.target.valueAsNumber })} />
            )}
          </Field>
        </fieldset>

        <div className="form-actions">
          <button type="submit" className="button primary block">{t('helper.offer.save')}</button>
        </div>
      </form>
    </main>
  )
}
