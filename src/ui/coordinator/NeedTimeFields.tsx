import { Field } from '../shared/Field'
import { draftSlots, type NeedFormDraft, type SlotDraft } from './needDraft'
import { useText } from '../../i18n'
import { assessCatalogue } from '../../i18n/catalogues/assess'
import { dateInWords, timeInWords } from '../shared/inWords'
// Up to a whole night or a long day: a night sit (22:00 to 06:00) takes 8 hours.
const DURATIONS = [5, 10, 15, 20, 30, 45, 60, 90, 120, 180, 240, 300, 360, 480, 600, 720]

/** The "when" part of the need form: dates, times of day, how long it takes. */
export function NeedTimeFields({ draft, set, error, durationError }: {
  draft: NeedFormDraft; set: (fields: Partial<NeedFormDraft>) => void; error?: string; durationError?: string
}) {
  const t = useText(assessCatalogue)
  const slots = draftSlots(draft)
  const updateSlot = (index: number, fields: Partial<SlotDraft>) =>
    set({ slots: draft.slots.map((slot, i) => (i === index ? { ...slot, ...fields } : slot)) })
  const durations = DURATIONS.includes(draft.durationMinutes) ? DURATIONS : [...DURATIONS, draft.durationMinutes].sort((a, b) => a - b)

  return (
    <>
      {draft.repeat === 'once' && (
        <div className="two-columns">
          <Field label={t('assess.needForm.onDate')} inWords={dateInWords(draft.onceDate)}>
            {({ id, describedBy }) => <input id={id} type="date" aria-describedby={describedBy} value={draft.onceDate} onChange={(e) => e.target.value && set({ onceDate: e.target.value })} />}
          </Field>
          <Field label={t('assess.needForm.byDays')}>
            {({ id }) => (
              <select id={id} value={draft.spanDays} onChange={(e) => set({ spanDays: Number(e.target.value) })}>
                {[1, 2, 3, 4, 5, 6, 7].map((n) => <option key={n} value={n}>{n === 1 ? t('assess.needForm.byDaysOne') : t('assess.needForm.byDaysMany', { n })}</option>)}
              </select>
            )}
          </Field>
        </div>
      )}
      {draft.repeat === 'every-n' && (
        <Field label={t('assess.needForm.interval')}>
          {({ id }) => (
            <input id={id} type="number" inputMode="numeric" min={2} max={60} value={draft.interval}
              onChange={(e) => set({ interval: Number(e.target.value) || 2 })} />
          )}
        </Field>
      )}
      {slots.map((slot, index) => (
        <div className="slot-row" key={index} role="group" aria-label={slots.length > 1 ? t('assess.needForm.slotLabel', { n: index + 1 }) : undefined}>
          <label className="check">
            <input type="checkbox" checked={slot.anyTime} onChange={(e) => updateSlot(index, { anyTime: e.target.checked })} />
            <span>{t('assess.needForm.anyTime')}</span>
          </label>
          {!slot.anyTime && (
            <div className="two-columns">
              <Field label={slots.length > 1 ? `${t('assess.needForm.from')} (${index + 1})` : t('assess.needForm.from')} inWords={timeInWords(slot.start)}>
                {({ id, describedBy }) => <input id={id} type="time" aria-describedby={describedBy} value={slot.start} aria-invalid={Boolean(error)} onChange={(e) => updateSlot(index, { start: e.target.value })} />}
              </Field>
              <Field label={slots.length > 1 ? `${t('assess.needForm.until')} (${index + 1})` : t('assess.needForm.until')} inWords={timeInWords(slot.end)}>
                {({ id, describedBy }) => <input id={id} type="time" aria-describedby={describedBy} value={slot.end} aria-invalid={Boolean(error)} onChange={(e) => updateSlot(index, { end: e.target.value })} />}
              </Field>
            </div>
          )}
          {!slot.anyTime && draft.spanDays === 1 && slot.start && slot.end && slot.end < slot.start && <p className="hint">{t('assess.needForm.overnight')}</p>}
          {slots.length > 2 && (
            <button type="button" className="button small quiet" onClick={() => set({ slots: draft.slots.filter((_, i) => i !== index) })}>
              {t('assess.needForm.removeTime', { n: index + 1 })}
            </button>
          )}
        </div>
      ))}
      {error && <p className="error" role="alert">{error}</p>}
      {draft.repeat === 'several' && (
        <button type="button" className="button small" onClick={() => set({ slots: [...draft.slots, { anyTime: false, start: '12:00', end: '13:00' }] })}>
          {t('assess.needForm.addTime')}
        </button>
      )}
      <Field label={t('assess.needForm.duration')} error={durationError}>
        {({ id, describedBy }) => (
          <select id={id} value={draft.durationMinutes} aria-invalid={Boolean(durationError)} aria-describedby={describedBy}
            onChange={(e) => set({ durationMinutes: Number(e.target.value) })}>
            {durations.map((minutes) => <option key={minutes} value={minutes}>{minutes < 60 ? `${minutes} ${t('assess.needForm.minutes')}` : `${minutes / 60} h`}</option>)}
          </select>
        )}
      </Field>
      {draft.repeat !== 'once' && (
        <div className="two-columns">
          <Field label={t('assess.needForm.startDate')} hint={draft.startDate ? undefined : t('assess.needForm.startsWithCircle')} inWords={dateInWords(draft.startDate)}>
            {({ id, describedBy }) => <input id={id} type="date" aria-describedby={describedBy} value={draft.startDate} onChange={(e) => set({ startDate: e.target.value })} />}
          </Field>
          <Field label={t('assess.needForm.endDate')} hint={draft.endDate ? undefined : t('assess.needForm.endsWithCircle')} inWords={dateInWords(draft.endDate)}>
            {({ id, describedBy }) => <input id={id} type="date" aria-describedby={describedBy} value={draft.endDate} onChange={(e) => set({ endDate: e.target.value })} />}
          </Field>
        </div>
      )}
    </>
  )
}
