import * as describe from '../../i18n/describe'
import { WEEKDAYS } from '../../domain/model'
import { rangeCrossesMidnight, type DayGroup, type GroupedRange } from '../../domain/weeklyRanges'
import { Field } from './Field'
import { timeInWords } from './inWords'

export interface WeeklyRangesWords {
  row: (n: number) => string
  days: string
  everyDay: string
  weekdays: string
  weekends: string
  from: string
  until: string
  /** Under a row whose end is before its start: it runs past midnight. */
  overnight: string
  remove: (n: number) => string
  add: string
}

/** Rows of "days + from–until", as people say when they are free (an end before the start is that night); one fieldset per row. */
export function WeeklyRangesField({ rows, onChange, words, error, newRow }: {
  rows: readonly GroupedRange[]
  onChange: (rows: GroupedRange[]) => void
  words: WeeklyRangesWords
  error?: string
  newRow: GroupedRange
}) {
  const setRow = (index: number, fields: Partial<GroupedRange>) => onChange(rows.map((row, i) => (i === index ? { ...row, ...fields } : row)))
  return (
    <>
      {rows.map((row, index) => (
        <fieldset className="inline-fieldset slot-row" key={index}>
          <legend className="small">{words.row(index + 1)}</legend>
          <Field label={words.days}>
            {({ id }) => (
              <select id={id} value={String(row.days)}
                onChange={(e) => setRow(index, { days: (/^\d$/.test(e.target.value) ? Number(e.target.value) : e.target.value) as DayGroup })}>
                <option value="all">{words.everyDay}</option>
                <option value="weekdays">{words.weekdays}</option>
                <option value="weekends">{words.weekends}</option>
                {WEEKDAYS.map((day) => <option key={day} value={day}>{describe.weekdayLong(day)}</option>)}
              </select>
            )}
          </Field>
          <div className="two-columns">
            <Field label={words.from} inWords={timeInWords(row.start)}>
              {({ id, describedBy }) => <input id={id} type="time" aria-describedby={describedBy} aria-invalid={Boolean(error)} value={row.start} onChange={(e) => setRow(index, { start: e.target.value })} />}
            </Field>
            <Field label={words.until} inWords={timeInWords(row.end)}>
              {({ id, describedBy }) => <input id={id} type="time" aria-describedby={describedBy} aria-invalid={Boolean(error)} value={row.end} onChange={(e) => setRow(index, { end: e.target.value })} />}
            </Field>
          </div>
          {row.start && row.end && rangeCrossesMidnight(row) && <p className="hint">{words.overnight}</p>}
          <button type="button" className="button small quiet" onClick={() => onChange(rows.filter((_, i) => i !== index))}>{words.remove(index + 1)}</button>
        </fieldset>
      ))}
      {error && <p className="error" role="alert">{error}</p>}
      <button type="button" className="button small" onClick={() => onChange([...rows, { ...newRow }])}>{words.add}</button>
    </>
  )
}
