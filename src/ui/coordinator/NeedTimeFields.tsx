import { Field } from '../shared/Field'
import { draftSlots, type NeedFormDraft, type SlotDraft } from './needDraft'
import { text } from './text'

const t = text.needForm
// Up to a whole night or a long day: a night sit (22:00 to 06:00) takes 8 hours.
const DURATIONS = [5, 10, 15, 20, 30, 45, 60, 90, 120, 180, 240, 300, 360, 480, 600, 720]

/** The "when" part of the need form: dates, times of day, how long it takes. */
export function NeedTimeFields({ draft, set, error, durationError }: {
  draft: NeedFormDraft; set: (fields: Partial<NeedFormDraft>) => void; error?: string; durationError?: string
}) {
  const slots = draftSlots(draft)
  const updateSlot = (index: number, fields: Partial<SlotDraft>) =>
    set({ slots: draft.slots.map((slot, i) => (i === index ? { ...slot, ...fields } : slot)) })
  const durations = DURATIONS.includes(draft.durationMinutes) ? DURATIONS : [...DURATIONS, draft.durationMinutes].sort((a, b) => a - b)

  return (
    <>
      {draft.repeat === 'once' && (
        <div className="two-columns">
          <Field label={t.onDate}>
            {({ id }) => <input id={id} type="date" value={draft.onceDate} onChange={(e) => e.target.value && set({ onceDate: e.target.value })} />}
          </Field>
          <Field label={t.byDays}>
            {({ id }) => (
              <select id={id} value={draft.spanDays} onChange={(e) => set({ spanDays: Number(e.target.value) })}>
                {[1, 2, 3, 4, 5, 6, 7].map((n) => <option key={n} value={n}>{n === 1 ? t.byDaysOne : t.byDaysMany(n)}</option>)}
              </select>
            )}
          </Field>
        </div>
      )}
      {draft.repeat === 'every-n' && (
        <Field label={t.interval}>
          {({ id }) => (
            <input id={id} type="number" inputMode="numeric" min={2} max={60} value={draft.interval}
              onChange={(e) => set({ interval: Number(e.target.value) || 2 })} />
          )}
        </Field>
      )}
      {slots.map((slot, index) => (
        <div className="slot-row" key={index} role="group" aria-label={slots.length > 1 ? `Time ${index + 1}` : undefined}>
          <label className="check">
            <input type="checkbox" checked={slot.anyTime} onChange={(e) => updateSlot(index, { anyTime: e.target.checked })} />
            <span>{t.anyTime}</span>
          </label>
          {!slot.anyTime && (
            <div className="two-columns">
              <Field label={slots.length > 1 ? `${t.from} (${index + 1})` : t.from}>
                {({ id }) => <input id={id} type="time" value={slot.start} aria-invalid={Boolean(error)} onChange={(e) => updateSlot(index, { start: e.target.value })} />}
              </Field>
              <Field label={slots.length > 1 ? `${t.until} (${index + 1})` : t.until}>
                {({ id }) => <input id={id} type="time" value={slot.end} aria-invalid={Boolean(error)} onChange={(e) => updateSlot(index, { end: e.target.value })} />}
              </Field>
            </div>
          )}
          {!slot.anyTime && draft.spanDays === 1 && slot.start && slot.end && slot.end < slot.start && <p className="hint">{t.overnight}</p>}
          {slots.length > 2 && (
            <button type="button" className="button small quiet" onClick={() => set({ slots: draft.slots.filter((_, i) => i !== index) })}>
              {t.removeTime(index + 1)}
            </button>
          )}
        </div>
      ))}
      {error && <p className="error" role="alert">{error}</p>}
      {draft.repeat === 'several' && (
        <button type="button" className="button small" onClick={() => set({ slots: [...draft.slots, { anyTime: false, start: '12:00', end: '13:00' }] })}>
          {t.addTime}
        </button>
      )}
      <Field label={t.duration} error={durationError}>
        {({ id, describedBy }) => (
          <select id={id} value={draft.durationMinutes} aria-invalid={Boolean(durationError)} aria-describedby={describedBy}
            onChange={(e) => set({ durationMinutes: Number(e.target.value) })}>
            {durations.map((minutes) => <option key={minutes} value={minutes}>{minutes < 60 ? `${minutes} ${t.minutes}` : `${minutes / 60} h`}</option>)}
          </select>
        )}
      </Field>
      {draft.repeat !== 'once' && (
        <div className="two-columns">
          <Field label={t.startDate} hint={draft.startDate ? undefined : t.startsWithCircle}>
            {({ id, describedBy }) => <input id={id} type="date" aria-describedby={describedBy} value={draft.startDate} onChange={(e) => set({ startDate: e.target.value })} />}
          </Field>
          <Field label={t.endDate} hint={draft.endDate ? undefined : t.endsWithCircle}>
            {({ id, describedBy }) => <input id={id} type="date" aria-describedby={describedBy} value={draft.endDate} onChange={(e) => set({ endDate: e.target.value })} />}
          </Field>
        </div>
      )}
    </>
  )
}
