import { useId } from 'react'
import * as describe from '../../i18n/describe'
import { TASK_KINDS, type TaskKind } from '../../domain/model'

/** One choice among a few, as a row of buttons: a radio group, one Tab stop, arrows inside. */
export function Segmented<T extends string>({ legend, hint, value, options, onChange }: {
  legend: string
  hint?: string
  value: T
  options: ReadonlyArray<readonly [T, string]>
  onChange: (value: T) => void
}) {
  const name = useId()
  return (
    <fieldset className="inline-fieldset">
      <legend>{legend}</legend>
      {hint && <p className="hint">{hint}</p>}
      <div className="segmented">
        {options.map(([option, label]) => (
          <label key={option} className={value === option ? 'selected' : ''}>
            <input type="radio" name={name} checked={value === option} onChange={() => onChange(option)} />
            {label}
          </label>
        ))}
      </div>
    </fieldset>
  )
}

/** Kinds of task to pick from, as chips. */
export function TaskKindChips({ legend, value, onChange }: { legend: string; value: readonly TaskKind[]; onChange: (kinds: TaskKind[]) => void }) {
  return (
    <fieldset className="inline-fieldset">
      <legend>{legend}</legend>
      <div className="chips">
        {TASK_KINDS.map((kind) => (
          <label key={kind} className={value.includes(kind) ? 'chip selected' : 'chip'}>
            <input type="checkbox" checked={value.includes(kind)}
              onChange={(e) => onChange(e.target.checked ? [...value, kind] : value.filter((k) => k !== kind))} />
            <span>{describe.taskKindLabel(kind)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}
