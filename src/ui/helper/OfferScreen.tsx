import { useId, useState, type FormEvent } from 'react'
import { useDraft } from '../hooks/useDraft'
import { DraftNote } from '../shared/DraftNote'
import { daysBetween } from '../../domain/dates'
import { showNotice, showSavedNotice } from '../hooks/notice'
import { TaskKindChips } from '../shared/Choices'
import { Field, focusFirstInvalid } from '../shared/Field'
import { WeeklyRangesField } from '../shared/WeeklyRangesField'
import { NEW_WINDOW, offerDraftErrors, offerDraftOf, offerOfDraft, type OfferDraft } from './offerDraft'
import { helperText } from './text'
import type { HelperScreenProps } from './types'

const t = helperText.offer

/** "My offer": what they can do, when, between which dates, and how much a week. */
export function OfferScreen({ store, snapshot, brief, coordinator, now }: HelperScreenProps) {
  const form = useDraft<OfferDraft>('offer', () => offerDraftOf(snapshot.offer))
  const { value: draft, set: setDraft } = form
  const [showErrors, setShowErrors] = useState(false)
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
    const saved = store.saveOffer(offerOfDraft(draft), now)
    if (!saved.ok) return showNotice(saved.message)
    form.reset(draft) // what was sent is where the form now starts
    showSavedNotice(t.saved(coordinator))
  }

  const weeks = draft.from && draft.until && !errors.until ? Math.ceil((daysBetween(draft.from, draft.until) + 1) / 7) : null
  const status = snapshot.offerIsOwn
    ? (snapshot.offerReceived ? helperText.tasks.sent(coordinator) : helperText.tasks.pending(coordinator))
    : snapshot.offer ? t.fromCoordinator(coordinator) : t.empty

  if (brief.circleStatus === 'archived' || brief.resting) {
    const words = brief.circleStatus === 'archived' ? helperText.messages.offerEnded : helperText.messages.offerResting
    return (
      <main id="main" className="page">
        <h1>{t.title}</h1>
        <p className="notice" role="status">{words(brief.recipientFirstName)}</p>
      </main>
    )
  }
  return (
    <main id="main" className="page">
      <h1>{t.title}</h1>
      <DraftNote draft={form} />
      <p className="lead">{t.question}</p>
      <p className={snapshot.offerIsOwn ? 'small muted' : 'notice'} role="status">{status}</p>
      <form onSubmit={submit} noValidate>
        <div className="panel">
          <TaskKindChips legend={t.kinds} value={draft.kinds} onChange={(kinds) => set({ kinds })} />
        </div>

        <fieldset>
          <legend>{t.windows}</legend>
          <p className="hint">{t.windowsHint(brief.recipientFirstName)}</p>
          <WeeklyRangesField rows={draft.windows} onChange={(windows) => set({ windows })} error={shown.windows} newRow={NEW_WINDOW}
            words={{ row: t.window, days: t.days, everyDay: t.everyDay, weekdays: t.weekdays, weekends: t.weekends, from: t.from, until: t.until, overnight: t.overnight, remove: t.removeWindow, add: t.addWindow }} />
        </fieldset>

        <fieldset>
          <legend>{t.mode}</legend>
          <div className="segmented">
            {([['any', t.modeAny], ['remote-only', t.modeRemote]] as const).map(([mode, label]) => (
              <label key={mode} className={draft.mode === mode ? 'selected' : ''}>
                <input type="radio" name={modeName} checked={draft.mode === mode} onChange={() => set({ mode })} />
                {label}
              </label>
            ))}
          </div>
          <div className="two-columns offer-dates">
            <Field label={t.firstDay} hint={draft.from ? undefined : t.openDate}>
              {({ id, describedBy }) => <input id={id} type="date" aria-describedby={describedBy} value={draft.from} onChange={(e) => set({ from: e.target.value })} />}
            </Field>
            <Field label={t.lastDay} hint={draft.until ? undefined : t.openDate} error={shown.until}>
              {({ id, describedBy, invalid }) => <input id={id} type="date" aria-describedby={describedBy} aria-invalid={invalid} value={draft.until} onChange={(e) => set({ until: e.target.value })} />}
            </Field>
          </div>
          {weeks !== null && <p className="hint">{t.weeks(weeks)}</p>}
          <Field label={t.limit} hint={t.limitHint} error={shown.limit}>
            {({ id, describedBy, invalid }) => (
              <input id={id} type="number" inputMode="numeric" min={0} max={50} aria-describedby={describedBy} aria-invalid={invalid}
                value={Number.isNaN(draft.weeklyLimit) ? '' : draft.weeklyLimit} onChange={(e) => set({ weeklyLimit: e.target.valueAsNumber })} />
            )}
          </Field>
        </fieldset>

        <div className="form-actions">
          <button type="submit" className="button primary block">{t.save}</button>
        </div>
      </form>
    </main>
  )
}
