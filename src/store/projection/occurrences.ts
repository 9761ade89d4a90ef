import type { LocalDate, Need, Occurrence } from '../../domain/model'
import { parseOccurrenceId } from '../../domain/model'
import { lastDayToDo } from '../../domain/ending'
import { expandNeed, expandNeeds } from '../../domain/schedule'
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
    found = toDo(
      expandNeeds(input.needs, { circleStart: circle.startDate, circleEnd: circle.endDate, timeZone: circle.timeZone, from, to }),
      setAsideRulesOf(input, circle.timeZone),
    )
    cache.set(key, found)
  }
  return found
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
