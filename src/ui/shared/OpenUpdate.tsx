import { useId, useState, type FormEvent } from 'react'
import { KITH_FILE_EXTENSION, linkRouteIn } from '../../sync/messages'
import { navigate } from '../hooks/router'
import { Field } from './Field'
import { sharedCatalogue } from '../../i18n'

const say = sharedCatalogue.format


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
    if (!route) return setProblem(say('shared.carried.open.notKith'))
    setProblem(null)
    navigate(route.join('/'))
  }
  const submit = (event: FormEvent) => {
    event.preventDefault()
    open(pasted)
  }
  return (
    <section className="panel" aria-labelledby={titleId}>
      <h2 id={titleId}>{say('shared.carried.open.title')}</h2>
      <p className="hint">{say('shared.carried.open.intro')}</p>
      <Field label={say('shared.carried.open.file')}>
        {({ id }) => (
          <input id={id} type="file" accept={`${KITH_FILE_EXTENSION},text/plain`}
            onChange={(e) => e.target.files?.[0]?.text().then(open, () => setProblem(say('shared.carried.open.notKith')))} />
        )}
      </Field>
      <form onSubmit={submit} noValidate>
        <Field label={say('shared.carried.open.paste')} error={problem ?? undefined}>
          {({ id, describedBy, invalid }) => (
            <textarea id={id} rows={2} aria-describedby={describedBy} aria-invalid={invalid} value={pasted} onChange={(e) => setPasted(e.target.value)} />
          )}
        </Field>
        <button type="submit" className="button">{say('shared.carried.open.openLink')}</button>
      </form>
    </section>
  )
}
