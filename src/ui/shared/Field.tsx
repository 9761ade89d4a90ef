import { useId, type ReactNode } from 'react'

/** A labelled control with an optional hint, error and value in words (inWords.ts), wired for screen readers. */
export function Field(props: {
  label: string
  hint?: string
  error?: string
  /** The value in the app's language, for a field the browser formats its own way (dates, times). */
  inWords?: string
  children: (ids: { id: string; describedBy: string | undefined; invalid: boolean }) => ReactNode
}) {
  const id = useId()
  const hintId = props.hint ? `${id}-hint` : undefined
  const errorId = props.error ? `${id}-error` : undefined
  const wordsId = props.inWords ? `${id}-words` : undefined
  const describedBy = [hintId, wordsId, errorId].filter(Boolean).join(' ') || undefined
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      {props.hint && (
        <p id={hintId} className="hint">
          {props.hint}
        </p>
      )}
      {props.children({ id, describedBy, invalid: Boolean(props.error) })}
      {props.inWords && <p id={wordsId} className="in-words">{props.inWords}</p>}
      {props.error && (
        <p id={errorId} className="error" role="alert">
          {props.error}
        </p>
      )}
    </div>
  )
}

/** After a refused submit: move focus to the first field marked invalid, once React has shown it. */
export function focusFirstInvalid(): void {
  requestAnimationFrame(() => document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus())
}
