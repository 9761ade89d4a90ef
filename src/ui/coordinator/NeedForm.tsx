import { useMemo, useState, type FormEvent } from 'react'
import { useDraft } from '../hooks/useDraft'
import { DraftNote } from '../shared/DraftNote'
import * as describe from '../../i18n/describe'
import { localDateOf } from '../../domain/dates'
import { NEED_CATEGORIES, PRIORITIES, TASK_KIND_CATEGORY, TASK_KINDS, WEEKDAYS, type TaskKind } from '../../domain/model'
import { peopleNamedIn } from '../../domain/redaction'
import { assessNeedRisk, draftAsksSafetyQuestion, newSafetyWords } from '../../domain/safety'
import { nextOccurrences } from '../../domain/schedule'
import { navigate } from '../hooks/router'
import { showNotice, showSavedNotice } from '../hooks/notice'
import { undoAction } from '../hooks/undoAction'
import { deviceTimeZone, useNow } from '../hooks/useNow'
import { CrisisList } from '../shared/CrisisHelp'
import { Segmented } from '../shared/Choices'
import { changedFields } from '../shared/changedFields'
import { Field, focusFirstInvalid } from '../shared/Field'
import type { CircleViewProps } from './CircleScreen'
import { draftErrors, draftFromNeed, needDraftOf, newNeedDraft, newNeedOf, previewNeed, type NeedFormDraft, type RepeatChoice } from './needDraft'
import { SafetyControl, SafetyQuestionField } from './Safety'
import { StopsPanel } from './StopsPanel'
import { NeedTimeFields } from './NeedTimeFields'
import { useText } from '../../i18n'
import { weekdayValue } from '../../domain/phrase'
import { assessCatalogue } from '../../i18n/catalogues/assess'
import { coordinatorCatalogue } from '../../i18n/catalogues/coordinator'
import { refusalText } from './refusals'


export function NeedForm({ docId, store, snapshot, needId, initialTitle }: CircleViewProps & { needId?: string; initialTitle?: string }) {
  const tCoordinator = useText(coordinatorCatalogue)
  const t = useText(assessCatalogue)
  const { circle } = snapshot
  const existing = needId ? snapshot.needs.find((need) => need.id === needId) : undefined
  const now = useNow()
  const today = localDateOf(now, circle.timeZone)
  const form = useDraft<NeedFormDraft>(`need:${needId ?? 'new'}`, () => (existing ? draftFromNeed(existing, today) : { ...newNeedDraft(today), title: initialTitle ?? '' }))
  const { value: draft, set: setDraft } = form
  // What the need said when the form opened: an edit writes only what differs from it.
  const [opening] = useState(() => (existing ? needDraftOf(draftFromNeed(existing, today), existing.requiredTags) : null))
  const [showErrors, setShowErrors] = useState(false)
  const errors = draftErrors(draft)
  const set = (fields: Partial<NeedFormDraft>) => setDraft((d) => ({ ...d, ...fields }))
  const risk = useMemo(() => (existing ? newSafetyWords(existing, draft) : { risk: assessNeedRisk(draft).professionalFirst, touch: false }), [draft, existing])
  const asks = useMemo(() => !existing && draftAsksSafetyQuestion(draft), [draft, existing])
  const named = useMemo(() => peopleNamedIn(draft.title, namedPeople(snapshot)), [draft.title, snapshot])
  const preview = previewNeed(draft, existing)
  const circleDates = { circleStart: circle.startDate, circleEnd: circle.endDate, timeZone: circle.timeZone }
  const upcoming = Object.keys(errors).length === 0 ? nextOccurrences(preview, circleDates, now, 5) : []

  if (needId && !existing) {
    return <main id="main" className="page"><p className="notice">{tCoordinator('coordinator.errors.needRemoved')}</p></main>
  }

  function submit(event: FormEvent) {
    event.preventDefault()
    if (Object.keys(errors).length > 0) {
      setShowErrors(true)
      focusFirstInvalid()
      return
    }
    const fields = needDraftOf(draft, existing?.requiredTags)
    const result = existing && opening
      ? store.run('need/update', { id: existing.id, fields: changedFields(opening, fields) }, Date.now())
      : store.run('need/add', newNeedOf(draft), Date.now())
    if (!result.ok) {
      showNotice(refusalText(result.problems))
      return
    }
    form.reset()
    showSavedNotice(t('assess.needs.saved', { title: fields.title }))
    navigate(`c/${docId}/needs`)
  }

  function remove() {
    if (!existing) return
    const result = store.run('need/remove', { id: existing.id }, Date.now())
    form.reset()
    showSavedNotice(t('assess.needs.removed', { title: existing.title }), undoAction(store, result))
    navigate(`c/${docId}/needs`)
  }

  const shownErrors = showErrors ? errors : {}
  const repeatChoices: Array<[RepeatChoice, string]> = [
    ['once', t('assess.needForm.once')], ['daily', t('assess.needForm.daily')], ['several', t('assess.needForm.severalDaily')], ['weekly', t('assess.needForm.weekly')], ['every-n', t('assess.needForm.everyN')],
  ]

  return (
    <main id="main" className="page">
      <h1>{existing ? t('assess.needForm.editTitle') : t('assess.needForm.addTitle')}</h1>
      <DraftNote draft={form} />
      {existing && <StopsPanel store={store} snapshot={snapshot} need={existing} />}
      {existing && <SafetyControl store={store} snapshot={snapshot} need={existing} />}
      <form onSubmit={submit} noValidate>
        <Field label={t('assess.needForm.title')} error={shownErrors.title}>
          {({ id, describedBy, invalid }) => (
            <input id={id} aria-describedby={[describedBy, 'title-names'].filter(Boolean).join(' ')} aria-invalid={invalid} value={draft.title} placeholder={t('assess.needForm.titlePlaceholder')}
              onChange={(e) => set({ title: e.target.value })} />
          )}
        </Field>
        <p id="title-names" className={named.length > 0 ? 'notice warning' : 'visually-hidden'} role="status">{named.length > 0 ? t('assess.needForm.titleNames', { names: t.list(named) }) : ''}</p>

        {risk.risk && (
          <section className="safety-callout" role="region" aria-labelledby="safety-title">
            <h2 id="safety-title">{t('assess.safety.title')}</h2>
            <p>{t('assess.safety.body')}</p>
            <p className="small">{t('assess.safety.resourcesIntro')}</p>
            <CrisisList resources={circle.crisisResources} />
            <p className="small">{t('assess.safety.willMark')}</p>
            {!existing && (
              <>
                <label className="check">
                  <input type="checkbox" checked={draft.peerConfirmed} onChange={(e) => set({ peerConfirmed: e.target.checked })} />
                  <span>{t('assess.safety.confirm')}</span>
                </label>
                <p className="hint">{t('assess.safety.confirmHint')}</p>
              </>
            )}
          </section>
        )}
        {!risk.risk && asks && (
          <SafetyQuestionField recipientName={circle.recipientName} resources={circle.crisisResources}
            value={draft.riskAnswer} onChange={(riskAnswer) => set({ riskAnswer })} />
        )}

        <div className="two-columns">
          <Field label={t('assess.needForm.kind')}>
            {({ id }) => (
              <select id={id} value={draft.kind} onChange={(e) => {
                const kind = e.target.value as TaskKind
                set({ kind, category: TASK_KIND_CATEGORY[kind], mode: kind === 'call' || kind === 'reminder' ? 'remote' : draft.mode })
              }}>
                {TASK_KINDS.map((kind) => <option key={kind} value={kind}>{describe.taskKindLabel(kind)}</option>)}
              </select>
            )}
          </Field>
          <Field label={t('assess.needForm.category')}>
            {({ id }) => (
              <select id={id} value={draft.category} onChange={(e) => set({ category: e.target.value as NeedFormDraft['category'] })}>
                {NEED_CATEGORIES.map((category) => <option key={category} value={category}>{describe.categoryLabel(category)}</option>)}
              </select>
            )}
          </Field>
        </div>

        <Segmented legend={t('assess.needForm.priority')} value={draft.priority} options={PRIORITIES.map((p) => [p, describe.priorityLabel(p)] as const)} onChange={(priority) => set({ priority })} />

        <fieldset>
          <legend>{t('assess.needForm.timesLegend')}</legend>
          <Field label={t('assess.needForm.repeats')}>
            {({ id }) => (
              <select id={id} value={draft.repeat} onChange={(e) => {
                const repeat = e.target.value as RepeatChoice
                const slots = repeat === 'several' && draft.slots.length < 2
                  ? [...draft.slots, { anyTime: false, start: '18:00', end: '20:00' }] : draft.slots
                set({ repeat, slots })
              }}>
                {repeatChoices.map(([value, label]) => <option key={value} value={value}>{label}</option>)}
              </select>
            )}
          </Field>
          {draft.repeat === 'weekly' && (
            <fieldset className="inline-fieldset" aria-describedby={shownErrors.weekdays ? 'weekday-error' : undefined}>
              <legend>{t('assess.needForm.weekdays')}</legend>
              <div className="chips">
                {WEEKDAYS.map((weekday) => (
                  <label key={weekday} className={draft.weekdays.includes(weekday) ? 'chip selected' : 'chip'}>
                    <input type="checkbox" aria-label={t.value(weekdayValue(weekday, 'long'))} checked={draft.weekdays.includes(weekday)}
                      onChange={(e) => set({ weekdays: e.target.checked ? [...draft.weekdays, weekday] : draft.weekdays.filter((d) => d !== weekday) })} />
                    <span aria-hidden="true">{t.value(weekdayValue(weekday, 'short'))}</span>
                  </label>
                ))}
              </div>
              {shownErrors.weekdays && <p id="weekday-error" className="error" role="alert">{shownErrors.weekdays}</p>}
            </fieldset>
          )}
          <NeedTimeFields draft={draft} set={set} error={shownErrors.slots} durationError={shownErrors.duration} />
        </fieldset>

        <Segmented legend={t('assess.needForm.mode')} hint={t('assess.needForm.remoteHint')} value={draft.mode} options={[['in-person', t('assess.needForm.inPerson')], ['remote', t('assess.needForm.remote')]]} onChange={(mode) => set({ mode })} />

        <fieldset>
          <legend>{t('assess.needForm.detailsLegend')}</legend>
          <Field label={t('assess.needForm.assignedDetails')} hint={t('assess.needForm.assignedDetailsHint')}>
            {({ id, describedBy }) => (
              <textarea id={id} aria-describedby={describedBy} rows={2} value={draft.assignedDetails} onChange={(e) => set({ assignedDetails: e.target.value })} />
            )}
          </Field>
          <label className="check">
            <input type="checkbox" checked={draft.shareDetails} onChange={(e) => set({ shareDetails: e.target.checked })} />
            <span>{t('assess.needForm.shareDetails')}</span>
          </label>
          <label className="check">
            <input type="checkbox" checked={draft.sensitive} onChange={(e) => set({ sensitive: e.target.checked })} />
            <span>{t('assess.needForm.sensitive')}</span>
          </label>
          {draft.sensitive && (
            <Field label={t('assess.needForm.privateDetails')} hint={t('assess.needForm.sensitiveHint')}>
              {({ id, describedBy }) => (
                <textarea id={id} aria-describedby={describedBy} rows={3} value={draft.privateDetails} onChange={(e) => set({ privateDetails: e.target.value })} />
              )}
            </Field>
          )}
        </fieldset>

        <section className="preview" aria-labelledby="preview-title">
          <h2 id="preview-title">{t('assess.needForm.preview')}</h2>
          {Object.keys(errors).length === 0 ? (
            <>
              <p className="schedule" data-testid="schedule-words">{describe.describeSchedule(preview, circle.endDate, { circleStart: circle.startDate })}</p>
              <h3>{t('assess.needForm.nextTimes')}</h3>
              {upcoming.length === 0 ? <p className="muted">{t('assess.needForm.noNextTimes')}</p> : (
                <ul className="plain-list" data-testid="next-times">
                  {upcoming.map((occurrence) => (
                    <li key={occurrence.id}>{describe.describeOccurrenceTime(occurrence, circle.timeZone, deviceTimeZone())}</li>
                  ))}
                </ul>
              )}
            </>
          ) : <p className="muted">{Object.values(errors)[0]}</p>}
        </section>

        <div className="form-actions">
          <button type="submit" className="button primary block">{t('assess.needForm.save')}</button>
          <button type="button" className="button block quiet" onClick={() => {
            form.reset()
            navigate(`c/${docId}/needs`)
          }}>{t('assess.needForm.cancel')}</button>
          {existing && <button type="button" className="button block danger" onClick={remove}>{t('assess.needForm.remove')}</button>}
        </div>
      </form>
    </main>
  )
}

/** Whom a need's title must not name: helpers (current and removed) and the people the recipient does not want involved. */
export function namedPeople(snapshot: CircleViewProps['snapshot']): { name: string }[] {
  return [...snapshot.helpers, ...snapshot.formerHelpers, ...snapshot.boundaries.excludedPeople]
}
