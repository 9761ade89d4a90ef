import { useState, type FormEvent } from 'react'
import { showNotice, showSavedNotice } from '../hooks/notice'
import { Field } from '../shared/Field'
import type { CircleViewProps } from './CircleScreen'
import { useText } from '../../i18n'
import { peopleCatalogue } from '../../i18n/catalogues/people'
import { refusalText } from './refusals'
import { dateInWords } from '../shared/inWords'

/** Days a helper can't help: the plan keeps their series outside them and refills the rest. */
export function AwayPanel({ store, snapshot, helperId, name }: Pick<CircleViewProps, 'store' | 'snapshot'> & { helperId: string; name: string }) {
  const t = useText(peopleCatalogue)
  const [from, setFrom] = useState('')
  const [until, setUntil] = useState('')
  const periods = snapshot.away.filter((a) => a.helperId === helperId)
  function add(event: FormEvent) {
    event.preventDefault()
    const result = store.run('helper/away', { helperId, from, until }, Date.now())
    if (!result.ok) return showNotice(from && until ? refusalText(result.problems) : t('people.away.errorDates'))
    setFrom('')
    setUntil('')
    showSavedNotice(t('people.away.added', { name }))
  }
  return (
    <section className="panel" aria-labelledby={`away-${helperId}`}>
      <h2 id={`away-${helperId}`}>{t('people.away.title')}</h2>
      <p className="hint">{t('people.away.intro', { name })}</p>
      {periods.length > 0 && (
        <ul className="row-list">
          {periods.map((p) => {
            const period = t('people.away.period', { from: t.date(p.from, 'short'), until: t.date(p.until, 'short') })
            return (
              <li key={p.id}>
                <span>{period}</span>
                <button type="button" className="button small quiet" aria-label={t('people.away.backLabel', { period })} onClick={() => store.run('helper/back', { id: p.id }, Date.now())}>{t('people.away.back')}</button>
              </li>
            )
          })}
        </ul>
      )}
      <form onSubmit={add} noValidate className="inline-form">
        <div className="two-columns">
          <Field label={t('people.away.from')} inWords={dateInWords(from)}>{({ id, describedBy }) => <input id={id} type="date" aria-describedby={describedBy} value={from} onChange={(e) => setFrom(e.target.value)} />}</Field>
          <Field label={t('people.away.until')} inWords={dateInWords(until)}>{({ id, describedBy }) => <input id={id} type="date" aria-describedby={describedBy} value={until} min={from || undefined} onChange={(e) => setUntil(e.target.value)} />}</Field>
        </div>
        <button type="submit" className="button small">{t('people.away.add')}</button>
      </form>
    </section>
  )
}
