import { addDays } from '../../domain/dates'
import type { LocalDate } from '../../domain/model'
import type { DailyStatus } from '../recipientDoc/layout'
import { doerOf } from './holdings'
import { firstName, peerInput, type ProjectionInput } from './input'
import { occurrencesBetween } from './occurrences'
import { compareText } from '../../domain/compareText'

/**
 * The recipient's daily status, from yesterday to six days ahead: is everything planned that
 * day covered? An occurrence counts as covered when it was done or is covered by someone, or
 * has a primary and nothing went wrong; cancelled ones do not count; a need held back for
 * safety is not the circle's to cover and is left out. No logistics: no times, no
 * tasks, and first names of who helps only when the recipient opted in.
 */
export const DAILY_DAYS_BACK = 1
export const DAILY_DAYS_AHEAD = 6

export function dailyStatuses(input: ProjectionInput, today: LocalDate, withHelpers: boolean): Record<LocalDate, DailyStatus> {
  const peerNeeds = new Set(peerInput(input).needs.map((n) => n.id))
  const names = new Map(input.helpers.map((h) => [h.id, firstName(h.name)]))
  const days = new Map<LocalDate, { open: number; helpers: Set<string> }>()
  for (const occurrence of occurrencesBetween(input, addDays(today, -DAILY_DAYS_BACK), addDays(today, DAILY_DAYS_AHEAD))) {
    const status = input.statuses[occurrence.id]?.status
    if (!peerNeeds.has(occurrence.needId) || status === 'cancelled') continue
    const day = days.get(occurrence.date) ?? { open: 0, helpers: new Set<string>() }
    days.set(occurrence.date, day)
    const doer = status === 'missed' || status === 'needs-cover' ? null : doerOf(input, occurrence)
    if (status !== 'done' && doer === null) day.open += 1
    const name = doer === null ? undefined : names.get(doer)
    if (name) day.helpers.add(name)
  }
  const out: Record<LocalDate, DailyStatus> = {}
  for (const [date, day] of [...days].sort(([a], [b]) => compareText(a, b))) {
    const status = day.open === 0 ? 'all-covered' : 'being-arranged'
    out[date] = withHelpers ? { status, open: day.open, helpers: [...day.helpers].sort() } : { status, open: day.open }
  }
  return out
}
