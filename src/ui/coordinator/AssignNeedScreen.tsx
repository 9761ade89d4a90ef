import { useState, type FormEvent } from 'react'
import { WEEKDAYS, type AssignmentRole, type Weekday } from '../../domain/model'
import { isoWeekKey, localDateOf } from '../../domain/dates'
import type { Violation } from '../../domain/planner'
import { checkHardRules, NEVER_OVERRIDDEN, plannedStart } from '../../domain/planner/rules'
import { matchesAssignment } from '../../domain/planner/series'
import { slotKeyOf } from '../../domain/schedule'
import { navigate } from '../hooks/router'
import { showSavedNotice } from '../hooks/notice'
import { useNow } from '../hooks/useNow'
import { usePlan } from '../hooks/usePlan'
import { PlanningNotice } from '../shared/PlanningNotice'
import { Segmented } from '../shared/Choices'
import { Field } from '../shared/Field'
import type { CircleViewProps } from './CircleScreen'
import { sharedCatalogue, useText } from '../../i18n'
import { weekdayValue } from '../../domain/phrase'
import { assignCatalogue } from '../../i18n/catalogues/assign'
import { plannerCatalogue } from '../../i18n/catalogues/planner'
import { coordinatorCatalogue } from '../../i18n/catalogues/coordinator'
import { refusalText } from './refusals'
import { dateInWords } from '../shared/inWords'

const say = sharedCatalogue.format

/** With no offer, time rules can't place the task: it then counts at the window's start. */
const emptyOffer = { helperId: '', kinds: [], windows: [], from: null, until: null, mode: 'any' as const, weeklyLimit: 0 }

interface Part {
  helperId: string
  weekdays: Weekday[]
}

/** Override a proposal or split a need's days between people; hard rules warn, some block. */
export function AssignNeedScreen({ docId, store, snapshot, params }: CircleViewProps) {
  const tCoordinator = useText(coordinatorCatalogue)
  const t = useText(assignCatalogue)
  const tPlanner = useText(plannerCatalogue)
  const need = snapshot.needs.find((n) => n.id === params[0])
  const now = useNow()
  const view = usePlan(snapshot, now)
  const slots = need ? need.timing.slots.map(slotKeyOf) : []
  const [slotKey, setSlotKey] = useState(slots[0] ?? 'any')
  const [role, setRole] = useState<AssignmentRole>('primary')
  const horizonFrom = view?.input.occurrences[0]?.date ?? snapshot.circle.startDate
  const [from, setFrom] = useState(horizonFrom > snapshot.circle.startDate ? horizonFrom : snapshot.circle.startDate)
  const [until, setUntil] = useState(need?.timing.endDate ?? snapshot.circle.endDate)
  const [parts, setParts] = useState<Part[]>([{ helperId: '', weekdays: [...WEEKDAYS] }])
  const [confirmed, setConfirmed] = useState(false)
  const [error, setError] = useState<string | null>(null)
  if (!need) return <main id="main" className="page"><p className="notice">{tCoordinator('coordinator.errors.needRemoved')}</p></main>
  if (!view) return <main id="main" className="page"><PlanningNotice snapshot={snapshot} now={now} /></main>

  const occurrences = view.input.occurrences.filter((o) => o.needId === need.id && o.slotKey === slotKey && o.date >= from && o.date <= until)
  const otherRole = role === 'primary' ? 'backup' : 'primary'
  const offersOf = (helperId: string) => snapshot.offers[helperId]
  const occurrenceById = new Map(view.input.occurrences.map((o) => [o.id, o]))
  const bookingOf = (occurrenceId: string, start: number) => ({
    occurrenceId, start, end: start + (occurrenceById.get(occurrenceId)?.durationMinutes ?? 0) * 60_000,
    weekKey: isoWeekKey(localDateOf(start, snapshot.circle.timeZone)),
  })
  const roleSwaps = new Set<string>()
  const warnings: Array<{ helper: string; violations: Violation[] }> = parts.flatMap((part) => {
    const helper = snapshot.helpers.find((h) => h.id === part.helperId)
    if (!helper) return []
    const found = new Map<string, Violation>()
    // Other accepted tasks of theirs, then this series itself, occurrence by occurrence: a
    // daily series for someone with a limit of 2 breaks the limit from its third day on.
    // Accepted backups are bookings too: no limit, but nothing else at the same time.
    const acceptedOf = (r: AssignmentRole) => view.plan.placements
      .filter((p) => p.helperId === helper.id && p.role === r && p.fromAccepted && !occurrences.some((o) => o.id === p.occurrenceId))
      .map((p) => bookingOf(p.occurrenceId, p.start))
    const bookings = acceptedOf('primary')
    const backupBookings = acceptedOf('backup')
    for (const occurrence of occurrences.filter((o) => part.weekdays.includes(o.weekday))) {
      let counterpart = snapshot.assignments.find((a) => a.role === otherRole && matchesAssignment(a, occurrence))?.helperId ?? null
      // Saving gives up their other role on these days (the store does it), so it is no clash.
      if (counterpart === helper.id) {
        roleSwaps.add(helper.name)
        counterpart = null
      }
      const context = {
        timeZone: snapshot.circle.timeZone, role, bookings: [...bookings], backupBookings: [...backupBookings],
        primaryHelperId: role === 'backup' ? counterpart : null, backupHelperId: role === 'primary' ? counterpart : null,
      }
      for (const v of checkHardRules(occurrence, need, helper, offersOf(helper.id), snapshot.boundaries, context)) found.set(v.kind, v)
      const start = plannedStart(occurrence, need, offersOf(helper.id) ?? emptyOffer, snapshot.boundaries, snapshot.circle.timeZone) ?? occurrence.windowStart
      ;(role === 'primary' ? bookings : backupBookings).push(bookingOf(occurrence.id, start))
    }
    return found.size > 0 ? [{ helper: helper.name, violations: [...found.values()] }] : []
  })
  const blocked = warnings.some((w) => w.violations.some((v) => NEVER_OVERRIDDEN.has(v.kind)))
  const detailsOf = (violations: readonly Violation[]) => violations.map((v) => tPlanner.phrase(v.detail)).join('; ')
  // Stored as the coordinator read it (the schema keeps the override's text).
  const overrideText = warnings.map((w) => `${w.helper}: ${detailsOf(w.violations)}`).join(' · ')

  function submit(event: FormEvent) {
    event.preventDefault()
    const allDays = parts.flatMap((p) => p.weekdays)
    if (parts.some((p) => !p.helperId)) return setError(t('assign.assignNeed.errorHelper'))
    if (parts.some((p) => p.weekdays.length === 0) || new Set(allDays).size !== allDays.length) return setError(t('assign.assignNeed.errorDays'))
    if (blocked || (warnings.length > 0 && !confirmed)) return setError(warnings.length > 0 && !blocked ? t('assign.assignNeed.overrideConfirm') : t('assign.assignNeed.blocked'))
    const result = store.run('assignment/set', {
      needId: need!.id, slotKey, from, until, role, parts, override: warnings.length > 0 ? overrideText.slice(0, 600) : null,
    }, Date.now())
    if (!result.ok) return setError(refusalText(result.problems))
    showSavedNotice(t('assign.assignNeed.saved'))
    navigate(`c/${docId}/assign`)
  }

  const setPart = (index: number, fields: Partial<Part>) => setParts(parts.map((p, i) => (i === index ? { ...p, ...fields } : p)))

  return (
    <main id="main" className="page">
      <h1>{t('assign.assignNeed.title', { need: need.title })}</h1>
      <p className="muted">{t('assign.assignNeed.intro')}</p>
      {snapshot.helpers.length === 0 ? <p className="empty">{t('assign.assignNeed.noHelpers')}</p> : (
        <form onSubmit={submit} noValidate>
          {slots.length > 1 && (
            <Field label={t('assign.assignNeed.slot')}>
              {({ id }) => (
                <select id={id} value={slotKey} onChange={(e) => setSlotKey(e.target.value)}>
                  {slots.map((key) => <option key={key} value={key}>{key === 'any' ? t('assign.assignNeed.anyTime') : t.time(key)}</option>)}
                </select>
              )}
            </Field>
          )}
          <Segmented legend={t('assign.assignNeed.role')} value={role} options={[['primary', t('assign.primary')], ['backup', t('assign.backup')]]} onChange={setRole} />
          <div className="two-columns">
            <Field label={t('assign.assignNeed.from')} inWords={dateInWords(from)}>{({ id, describedBy }) => <input id={id} type="date" aria-describedby={describedBy} value={from} onChange={(e) => e.target.value && setFrom(e.target.value)} />}</Field>
            <Field label={t('assign.assignNeed.until')} inWords={dateInWords(until)}>{({ id, describedBy }) => <input id={id} type="date" aria-describedby={describedBy} value={until} onChange={(e) => e.target.value && setUntil(e.target.value)} />}</Field>
          </div>
          {parts.map((part, index) => (
            <fieldset key={index}>
              <legend>{t('assign.assignNeed.part', { n: index + 1 })}</legend>
              <Field label={t('assign.assignNeed.helper')}>
                {({ id }) => (
                  <select id={id} value={part.helperId} onChange={(e) => setPart(index, { helperId: e.target.value })}>
                    <option value="">—</option>
                    {snapshot.helpers.map((h) => <option key={h.id} value={h.id}>{h.name}</option>)}
                  </select>
                )}
              </Field>
              <fieldset className="inline-fieldset">
                <legend>{t('assign.assignNeed.days')}</legend>
                <div className="chips">
                  {WEEKDAYS.map((day) => (
                    <label key={day} className={part.weekdays.includes(day) ? 'chip selected' : 'chip'}>
                      <input type="checkbox" aria-label={t.value(weekdayValue(day, 'long'))} checked={part.weekdays.includes(day)}
                        onChange={(e) => setPart(index, { weekdays: e.target.checked ? [...part.weekdays, day].sort() : part.weekdays.filter((d) => d !== day) })} />
                      <span aria-hidden="true">{t.value(weekdayValue(day, 'short'))}</span>
                    </label>
                  ))}
                </div>
              </fieldset>
              {parts.length > 1 && (
                <button type="button" className="button small quiet" onClick={() => setParts(parts.filter((_, i) => i !== index))}>{t('assign.assignNeed.removePart', { n: index + 1 })}</button>
              )}
            </fieldset>
          ))}
          <button type="button" className="button small" onClick={() => {
            const used = new Set(parts.flatMap((p) => p.weekdays))
            const last = parts[parts.length - 1]
            // Splitting hands the later days of the last part to the new person.
            const moved = last.weekdays.length > 1 ? last.weekdays.slice(Math.ceil(last.weekdays.length / 2)) : WEEKDAYS.filter((d) => !used.has(d))
            setParts([...parts.slice(0, -1), { ...last, weekdays: last.weekdays.filter((d) => !moved.includes(d)) }, { helperId: '', weekdays: [...moved] }])
          }}>{t('assign.assignNeed.addPart')}</button>

          {roleSwaps.size > 0 && (
            <p className="notice" role="status">{[...roleSwaps].map((name) => t('assign.assignNeed.roleSwap', { name, otherRole: role === 'primary' ? 'backup' : 'primary' })).join(' ')}</p>
          )}
          {warnings.length > 0 && (
            <section className="safety-callout" role="alert" aria-labelledby="warning-title">
              <h2 id="warning-title">{t('assign.assignNeed.warningTitle')}</h2>
              <ul className="plain-list">
                {warnings.map((w) => <li key={w.helper}><strong>{w.helper}</strong>: {detailsOf(w.violations)}</li>)}
              </ul>
              {blocked ? <p><strong>{t('assign.assignNeed.blocked')}</strong></p> : (
                <label className="check">
                  <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />
                  <span>{t('assign.assignNeed.overrideConfirm')}</span>
                </label>
              )}
            </section>
          )}
          {error && <p className="error" role="alert">{error}</p>}
          <div className="form-actions">
            <button type="submit" className="button primary block" disabled={blocked}>{t('assign.assignNeed.save')}</button>
            <button type="button" className="button block quiet" onClick={() => navigate(`c/${docId}/assign`)}>{say('shared.cancel')}</button>
          </div>
        </form>
      )}
    </main>
  )
}
