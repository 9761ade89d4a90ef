import type { LocalDate, Need, Occurrence } from '../../domain/model'
import { parseOccurrenceId } from '../../domain/model'
import { lastDayToDo } from '../../domain/ending'
import { expandNeed, expandNeeds, type ExpansionRange } from '../../domain/schedule'
import { setAsideRulesOf, toDo } from '../../domain/setAside'
import type { ProjectionInput } from './input'

/**
 * Occurrences as projection and fold see them. Expanding every need for every helper would
 * repeat the same work forty times per pass, so expansions are remembered per input object
 * (inputs are read once per pass and never changed).
 */
const expansions = new WeakMap<ProjectionInput, Map<string, Occurrence[]>>()

/**
 * Every occurrence of every need with a local date in [from, to], by start then id; none set
 * aside at the recipient's word (domain/setAside.ts), none after the support ended (domain/ending.ts).
 */
export function occurrencesBetween(input: ProjectionInput, from: LocalDate, until: LocalDate): Occurrence[] {
  const circle = input.circle
  const to = circle ? lastDayToDo(circle, until) : until
  if (!circle || from > to) return []
  let cache = expansions.get(input)
  if (!cache) expansions.set(input, (cache = new Map()))
  const key = `${from}/${to}`
  let found = cache.get(key)
  if (!found) {
    const range = { circleStart: circle.startDate, circleEnd: circle.endDate, timeZone: circle.timeZone, from, to }
    found = toDo(expandNeeds(input.needs, range, expandedNeed), setAsideRulesOf(input, circle.timeZone))
    cache.set(key, found)
  }
  return found
}

/**
 * One need's occurrences in a range (what `expandNeeds` gathers), remembered per need object:
 * a snapshot's needs are new objects whenever the map changed, so nothing stale is kept.
 */
const needExpansions = new WeakMap<Need, Map<string, Occurrence[]>>()
function expandedNeed(need: Need, range: ExpansionRange): Occurrence[] {
  let cache = needExpansions.get(need)
  if (!cache) needExpansions.set(need, (cache = new Map()))
  const key = `${range.from}/${range.to}/${range.circleStart}/${range.circleEnd}/${range.timeZone}`
  let found = cache.get(key)
  if (!found) cache.set(key, (found = expandNeed(need, range)))
  return found
}

/**
 * Expands the needs for [from, until] one need at a time, awaiting `between()` before each, so
 * that the first `occurrencesBetween` of that range (a projection's largest step: every need of
 * a circle over eight weeks) is not one long task. Changes nothing that is read.
 */
export async function expandInSteps(input: ProjectionInput, from: LocalDate, until: LocalDate, between: () => Promise<void>): Promise<void> {
  const circle = input.circle
  const to = circle ? lastDayToDo(circle, until) : until
  if (!circle || from > to) return
  const range = { circleStart: circle.startDate, circleEnd: circle.endDate, timeZone: circle.timeZone, from, to }
  for (const need of input.needs) {
    await between()
    expandedNeed(need, range)
  }
}

/** The occurrence with this id, if its need still exists and its schedule still produces it. */
export function occurrenceById(input: ProjectionInput, occurrenceId: string): { occurrence: Occurrence; need: Need } | null {
  const parsed = parseOccurrenceId(occurrenceId)
  const need = parsed && input.needs.find((n) => n.id === parsed.needId)
  if (!parsed || !need || !input.circle) return null
  const { startDate, endDate, timeZone } = input.circle
  const occurrence = expandNeed(need, { circleStart: startDate, circleEnd: endDate, timeZone, from: parsed.date, to: parsed.date })
    .find((o) => o.id === occurrenceId)
  return occurrence ? { occurrence, need } : null
}
