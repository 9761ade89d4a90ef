import { useMemo } from 'react'
import { addDays, daysBetween } from '../../domain/dates'
import { Field } from '../shared/Field'
import { sharedCatalogue, useText } from '../../i18n'
import { coordinatorCatalogue } from '../../i18n/catalogues/coordinator'
import { dateInWords } from '../shared/inWords'

const say = sharedCatalogue.format

export interface ProfileDraft {
  recipientName: string
  publicSummary: string
  timeZone: string
  startDate: string
  endDate: string
  coordinatorName: string
  coordinatorContact: string
  crisisResources: Array<{ id?: string; name: string; contact: string }>
}

export function emptyProfile(timeZone: string, today: string): ProfileDraft {
  return {
    recipientName: '', publicSummary: '', timeZone, startDate: today, endDate: addDays(today, 13),
    coordinatorName: '', coordinatorContact: '', crisisResources: [{ name: '', contact: '' }],
  }
}

export function profileErrors(draft: ProfileDraft): Partial<Record<'recipientName' | 'endDate' | 'crisis', string>> {
  const errors: Partial<Record<'recipientName' | 'endDate' | 'crisis', string>> = {}
  if (!draft.recipientName.trim()) errors.recipientName = coordinatorCatalogue.format('coordinator.newCircle.errorName')
  if (!draft.startDate || !draft.endDate || draft.endDate < draft.startDate) errors.endDate = coordinatorCatalogue.format('coordinator.newCircle.errorEndDate')
  if (draft.crisisResources.some((r) => Boolean(r.name.trim()) !== Boolean(r.contact.trim()))) {
    errors.crisis = coordinatorCatalogue.format('coordinator.newCircle.errorCrisis')
  }
  return errors
}

function timeZones(current: string): string[] {
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []
  return all.includes(current) ? all : [current, ...all]
}

/** The circle's profile form, used to start a circle and to edit it later. */
export function CircleProfileFields(props: {
  draft: ProfileDraft
  onChange: (draft: ProfileDraft) => void
  errors: ReturnType<typeof profileErrors>
  offerLengths?: boolean
}) {
  const t = useText(coordinatorCatalogue)
  const { draft, onChange, errors } = props
  const zones = useMemo(() => timeZones(draft.timeZone), [draft.timeZone])
  const set = (fields: Partial<ProfileDraft>) => onChange({ ...draft, ...fields })
  const lengthDays = daysBetween(draft.startDate, draft.endDate) + 1
  const length = lengthDays === 14 ? '2w' : lengthDays === 42 ? '6w' : 'date'

  return (
    <>
      <fieldset>
        <legend>{t('coordinator.newCircle.whoLegend')}</legend>
        <Field label={t('coordinator.newCircle.recipientName')} error={errors.recipientName}>
          {({ id, describedBy, invalid }) => (
            <input id={id} aria-describedby={describedBy} aria-invalid={invalid} autoComplete="off" value={draft.recipientName}
              onChange={(e) => set({ recipientName: e.target.value })} />
          )}
        </Field>
        <Field label={t('coordinator.newCircle.publicSummary')} hint={t('coordinator.newCircle.publicSummaryHint')}>
          {({ id, describedBy }) => (
            <textarea id={id} aria-describedby={describedBy} rows={3} value={draft.publicSummary}
              placeholder={t('coordinator.newCircle.summaryPlaceholder', { name: draft.recipientName.trim() || 'none' })} onChange={(e) => set({ publicSummary: e.target.value })} />
          )}
        </Field>
      </fieldset>

      <fieldset>
        <legend>{t('coordinator.newCircle.whenLegend')}</legend>
        <Field label={t('coordinator.newCircle.timeZone')} hint={t('coordinator.newCircle.timeZoneHint')}>
          {({ id, describedBy }) => (
            <select id={id} aria-describedby={describedBy} value={draft.timeZone} onChange={(e) => set({ timeZone: e.target.value })}>
              {zones.map((zone) => <option key={zone} value={zone}>{zone.replace(/_/g, ' ')}</option>)}
            </select>
          )}
        </Field>
        <Field label={t('coordinator.newCircle.startDate')} inWords={dateInWords(draft.startDate)}>
          {({ id, describedBy }) => (
            <input id={id} type="date" aria-describedby={describedBy} value={draft.startDate} required
              onChange={(e) => e.target.value && set({ startDate: e.target.value, endDate: addDays(e.target.value, Math.max(0, lengthDays - 1)) })} />
          )}
        </Field>
        {props.offerLengths && (
          <div className="field" role="radiogroup" aria-label={t('coordinator.newCircle.length')}>
            <span className="label">{t('coordinator.newCircle.length')}</span>
            <div className="segmented">
              {([['2w', t('coordinator.newCircle.twoWeeks'), 14], ['6w', t('coordinator.newCircle.sixWeeks'), 42]] as const).map(([value, label, days]) => (
                <label key={value} className={length === value ? 'selected' : ''}>
                  <input type="radio" name="length" checked={length === value} onChange={() => set({ endDate: addDays(draft.startDate, days - 1) })} />
                  {label}
                </label>
              ))}
              <label className={length === 'date' ? 'selected' : ''}>
                <input type="radio" name="length" checked={length === 'date'} onChange={() => set({ endDate: addDays(draft.startDate, 29) })} />
                {t('coordinator.newCircle.pickDate')}
              </label>
            </div>
          </div>
        )}
        <Field label={t('coordinator.newCircle.endDate')} error={errors.endDate} inWords={dateInWords(draft.endDate)}>
          {({ id, describedBy, invalid }) => (
            <input id={id} type="date" aria-describedby={describedBy} aria-invalid={invalid} value={draft.endDate} min={draft.startDate}
              onChange={(e) => set({ endDate: e.target.value })} />
          )}
        </Field>
      </fieldset>

      <fieldset>
        <legend>{t('coordinator.newCircle.youLegend')}</legend>
        <Field label={t('coordinator.newCircle.coordinatorName')}>
          {({ id }) => <input id={id} autoComplete="name" value={draft.coordinatorName} onChange={(e) => set({ coordinatorName: e.target.value })} />}
        </Field>
        <Field label={t('coordinator.newCircle.coordinatorContact')} hint={t('coordinator.newCircle.coordinatorContactHint')}>
          {({ id, describedBy }) => (
            <input id={id} aria-describedby={describedBy} autoComplete="tel" value={draft.coordinatorContact}
              onChange={(e) => set({ coordinatorContact: e.target.value })} />
          )}
        </Field>
      </fieldset>

      <fieldset>
        <legend>{t('coordinator.newCircle.crisisLegend')}</legend>
        <p className="hint">{t('coordinator.newCircle.crisisHint')}</p>
        {draft.crisisResources.map((resource, index) => {
          const update = (fields: Partial<typeof resource>) =>
            set({ crisisResources: draft.crisisResources.map((r, i) => (i === index ? { ...r, ...fields } : r)) })
          return (
            <div className="crisis-row" role="group" aria-label={t('coordinator.newCircle.crisisGroup', { number: index + 1 })} key={resource.id ?? `new-${index}`}>
              <Field label={t('coordinator.newCircle.crisisName')}>
                {({ id }) => <input id={id} value={resource.name} placeholder={t('coordinator.newCircle.crisisPlaceholder')} onChange={(e) => update({ name: e.target.value })} />}
              </Field>
              <Field label={t('coordinator.newCircle.crisisContact')}>
                {({ id }) => <input id={id} value={resource.contact} inputMode="tel" placeholder="988" onChange={(e) => update({ contact: e.target.value })} />}
              </Field>
              {draft.crisisResources.length > 1 && (
                <button type="button" className="button small quiet" aria-label={t('coordinator.newCircle.removeCrisis', { name: resource.name.trim() || 'none' })}
                  onClick={() => set({ crisisResources: draft.crisisResources.filter((_, i) => i !== index) })}>
                  {say('shared.remove')}
                </button>
              )}
            </div>
          )
        })}
        {errors.crisis && <p className="error" role="alert">{errors.crisis}</p>}
        <button type="button" className="button small" onClick={() => set({ crisisResources: [...draft.crisisResources, { name: '', contact: '' }] })}>
          {t('coordinator.newCircle.addCrisis')}
        </button>
      </fieldset>
    </>
  )
}
