import { useId, useState, type FormEvent } from 'react'
import { KITH_FILE_EXTENSION, linkRouteIn } from '../../sync/messages'
import { navigate } from '../hooks/router'
import { Field } from './Field'
import { carriedText } from './textCarried'

const t = carriedText.open

/**
 * Opening a `.kith` file or a pasted link: a file holds the link itself, so both go through the
 * same route as tapping the link (`#/u/…` or `#/join/…`).
 */
export function OpenUpdate() {
  const [pasted, setPasted] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const titleId = useId()
  const open = (content: string) => {
    const route = linkRouteIn(content)
    if (!route) return setProblem(t.notKith)
    setProblem(null)
    navigate(route.join('/'))
  }
  const submit = (event: FormEvent) => {
    event.preventDefault()
    open(pasted)
  }
  return (
    <section className="panel" aria-labelledby={titleId}>
      <h2 id={titleId}>{t.title}</h2>
      <p className="hint">{t.intro}</p>
      <Field label={t.file}>
        {({ id }) => (
          <input id={id} type="file" accept={`${KITH_FILE_EXTENSION},text/plain`}
            onChange={(e) => e.target.files?.[0]?.text().then(open, () => setProblem(t.notKith))} />
        )}
      </Field>
      <form onSubmit={submit} noValidate>
        <Field label={t.paste} error={problem ?? undefined}>
          {({ id, describedBy, invalid }) => (
            <textarea id={id} rows={2} aria-describedby={describedBy} aria-invalid={invalid} value={pasted} onChange={(e) => setPasted(e.target.value)} />
          )}
        </Field>
        <button type="submit" className="button">{t.openLink}</button>
      </form>
    </section>
  )
}
