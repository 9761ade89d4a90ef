import { useState, type FormEvent } from 'react'
import { useDraft } from '../hooks/useDraft'
import * as describe from '../../i18n/describe'
import { rangeCrossesMidnight } from '../../domain/weeklyRanges'
import { WEEKDAYS, type OffLimitsTime, type Weekday } from '../../domain/model'
import { showSavedNotice } from '../hooks/notice'
import { undoAction } from '../hooks/undoAction'
import { Field } from '../shared/Field'
import type { CircleViewProps } from './CircleScreen'
import { sharedCatalogue, useText } from '../../i18n'
import { weekdayValue } from '../../domain/phrase'
import { assessCatalogue } from '../../i18n/catalogues/assess'
import { refusalText } from './refusals'
import { timeInWords } from '../shared/inWords'

const say = sharedCatalogue.format

export function BoundariesScreen(props: CircleViewProps) {
  const t = useText(assessCatalogue)
  const { circle, boundaries } = props.snapshot
  return (
    <main id="main" className="page">
      <h1>{t('assess.boundaries.title')}</h1>
      <p className="muted">{t('assess.boundaries.intro', { name: circle.recipientName })}</p>
      <ExcludedPeople {...props} />
      <OffLimits {...props} ranges={boundaries.offLimits} />
      <Sharing {...props} />
    </main>
  )
}

function ExcludedPeople({ store, snapshot }: CircleViewProps) {
  const t = useText(assessCatalogue)
  const form = useDraft('excluded-person', () => ({ name: '', note: '' }))
  const { name, note } = form.value
  const setName = (value: string) => form.set((d) => ({ ...d, name: value }))
  const setNote = (value: string) => form.set((d) => ({ ...d, note: value }))
  const [error, setError] = useState<string | undefined>()
  const people = snapshot.boundaries.excludedPeople

  function add(event: FormEvent) {
    event.preventDefault()
    if (!name.trim()) return setError(t('assess.boundaries.errorName'))
    const result = store.run('excluded/add', { name: name.trim(), note: note.trim() }, Date.now())
    if (!result.ok) return setError(refusalText(result.problems.slice(0, 1)))
    form.reset()
    setError(undefined)
  }

  return (
    <section className="panel" aria-labelledby="excluded-title">
      <h2 id="excluded-title">{t('assess.boundaries.excludedTitle')}</h2>
      {people.length === 0 ? <p className="muted">{t('assess.boundaries.excludedEmpty')}</p> : (
        <ul className="row-list">
          {people.map((person) => (
            <li key={person.id}>
              <span>
                <strong>{person.name}</strong>
                {person.note && <span className="muted small block">{person.note}</span>}
              </span>
              <button type="button" className="button small quiet" aria-label={t('assess.boundaries.removeExcluded', { name: person.name })} onClick={() => {
                removeWithUndo(store, 'excluded/remove', person.id, person.name)
              }}>
                {say('shared.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={add} noValidate className="inline-form">
        <Field label={t('assess.boundaries.excludedName')} error={error}>
          {({ id, describedBy, invalid }) => <input id={id} aria-describedby={describedBy} aria-invalid={invalid} value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />}
        </Field>
        <Field label={t('assess.boundaries.excludedNote')}>
          {({ id }) => <input id={id} value={note} onChange={(e) => setNote(e.target.value)} autoComplete="off" />}
        </Field>
        <button type="submit" className="button">{t('assess.boundaries.addExcluded')}</button>
      </form>
    </section>
  )
}

function removeWithUndo(store: CircleViewProps['store'], command: 'excluded/remove' | 'off-limits/remove', id: string, label: string) {
  const result = store.run(command, { id }, Date.now())
  showSavedNotice(assessCatalogue.format('assess.boundaries.removed', { label }), undoAction(store, result))
}

/** Identical ranges on all seven days read as one line: "Every day, 00:00–10:00" ("Every day, 12:00 AM–10:00 AM" in en-US). */
function groupRanges(ranges: readonly OffLimitsTime[]): Array<{ label: string; ids: string[] }> {
  const byTime = new Map<string, OffLimitsTime[]>()
  for (const range of ranges) byTime.set(`${range.start}–${range.end}`, [...(byTime.get(`${range.start}–${range.end}`) ?? []), range])
  const groups: Array<{ label: string; ids: string[] }> = []
  for (const group of byTime.values()) {
    // A range past midnight is that day's night: "Friday night, 21:00 to 08:00 the next morning".
    const night = rangeCrossesMidnight(group[0])
    const time = night ? describe.overnightWords(group[0].start, group[0].end) : describe.timeRangeWords(group[0].start, group[0].end)
    const days = new Set(group.map((r) => r.weekday))
    if (days.size === 7) groups.push({ label: `${night ? assessCatalogue.format('assess.boundaries.everyNight') : assessCatalogue.format('assess.boundaries.everyDay')}, ${time}`, ids: group.map((r) => r.id) })
    else for (const range of group) groups.push({ label: `${assessCatalogue.format('assess.boundaries.dayOrNight', { weekday: weekdayValue(range.weekday, 'long'), night: night ? 'yes' : 'no' })}, ${time}`, ids: [range.id] })
  }
  return groups
}

function OffLimits({ store, ranges }: CircleViewProps & { ranges: readonly OffLimitsTime[] }) {
  const t = useText(assessCatalogue)
  const [weekday, setWeekday] = useState<'all' | Weekday>('all')
  const [start, setStart] = useState('00:00')
  const [end, setEnd] = useState('10:00')
  const [error, setError] = useState<string | undefined>()

  function add(event: FormEvent) {
    event.preventDefault()
    if (!start || !end || end === start) return setError(t('assess.boundaries.errorRange'))
    const days = weekday === 'all' ? WEEKDAYS : [weekday]
    for (const day of days) store.run('off-limits/add', { weekday: day, start, end }, Date.now())
    setError(undefined)
  }

  function remove(group: { label: string; ids: string[] }) {
    for (const id of group.ids) store.run('off-limits/remove', { id }, Date.now())
    showSavedNotice(assessCatalogue.format('assess.boundaries.removed', { label: group.label }))
  }

  return (
    <section className="panel" aria-labelledby="offlimits-title">
      <h2 id="offlimits-title">{t('assess.boundaries.offLimitsTitle')}</h2>
      <p className="hint">{t('assess.boundaries.offLimitsHint')}</p>
      {ranges.length === 0 ? <p className="muted">{t('assess.boundaries.offLimitsEmpty')}</p> : (
        <ul className="row-list">
          {groupRanges(ranges).map((group) => (
            <li key={group.ids.join()}>
              <span>{group.label}</span>
              <button type="button" className="button small quiet" aria-label={t('assess.boundaries.removeOffLimits', { label: group.label })} onClick={() => remove(group)}>
                {say('shared.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={add} noValidate className="inline-form">
        <Field label={t('assess.boundaries.weekday')}>
          {({ id }) => (
            <select id={id} value={weekday} onChange={(e) => setWeekday(e.target.value === 'all' ? 'all' : (Number(e.target.value) as Weekday))}>
              <option value="all">{t('assess.boundaries.everyDay')}</option>
              {WEEKDAYS.map((day) => <option key={day} value={day}>{t.value(weekdayValue(day, 'long'))}</option>)}
            </select>
          )}
        </Field>
        <div className="two-columns">
          <Field label={t('assess.boundaries.from')} error={error} inWords={timeInWords(start)}>
            {({ id, describedBy, invalid }) => <input id={id} type="time" aria-describedby={describedBy} aria-invalid={invalid} value={start} onChange={(e) => setStart(e.target.value)} />}
          </Field>
          <Field label={t('assess.boundaries.until')} inWords={timeInWords(end)}>
            {({ id, describedBy }) => <input id={id} type="time" aria-describedby={describedBy} value={end} onChange={(e) => setEnd(e.target.value)} />}
          </Field>
        </div>
        <button type="submit" className="button">{t('assess.boundaries.addOffLimits')}</button>
      </form>
    </section>
  )
}

function Sharing({ store, snapshot }: CircleViewProps) {
  const t = useText(assessCatalogue)
  const form = useDraft('public-summary', () => snapshot.circle.publicSummary)
  const { value: summary, set: setSummary } = form
  const changed = summary.trim() !== snapshot.circle.publicSummary
  return (
    <section className="panel" aria-labelledby="sharing-title">
      <h2 id="sharing-title">{t('assess.boundaries.sharingTitle')}</h2>
      <form noValidate onSubmit={(e) => {
        e.preventDefault()
        store.run('circle/update', { publicSummary: summary.trim() }, Date.now())
        form.reset(summary.trim())
        showSavedNotice(say('shared.saved'))
      }}>
        <Field label={t('assess.boundaries.summaryLabel')} hint={t('assess.boundaries.summaryHint')}>
          {({ id, describedBy }) => <textarea id={id} aria-describedby={describedBy} rows={3} value={summary} onChange={(e) => setSummary(e.target.value)} />}
        </Field>
        <button type="submit" className="button" disabled={!changed}>{t('assess.boundaries.saveSummary')}</button>
      </form>
      <h3>{t('assess.boundaries.perNeedTitle')}</h3>
      <p className="hint">{t('assess.boundaries.perNeedHint')}</p>
      {snapshot.needs.length === 0 ? <p className="muted">{t('assess.boundaries.noNeeds')}</p> : (
        <ul className="row-list">
          {snapshot.needs.map((need) => (
            <li key={need.id}>
              <label className="check">
                <input type="checkbox" checked={need.shareDetails}
                  onChange={(e) => store.run('need/update', { id: need.id, fields: { shareDetails: e.target.checked } }, Date.now())} />
                <span>{need.title}{need.sensitive && <span className="tag private">{t('assess.needs.sensitive')}</span>}</span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
