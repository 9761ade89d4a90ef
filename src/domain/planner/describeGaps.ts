/**
 * Gaps as sentences for the map: unfilled occurrences grouped by need (its own title, never
 * its kind) and why, then by weekday and part of day across weeks —
 * "No one has offered: “Walk Bruno”, Saturday and Sunday mornings and evenings".
 */
import type { Weekday } from '../model'
import { partOfDayOf } from './gaps'
import type { PartOfDay } from './localTime'
import { plan as makePlan } from './planner'
import { compareText, prepare } from './prepared'
import type { Plan, PlanInput } from './types'
import { gapLead, gapSentence, whenPhrase } from './words'

const PART_ORDER: readonly (PartOfDay | 'any')[] = ['morning', 'afternoon', 'evening', 'night', 'any']
const PRIORITY_RANK = { high: 0, medium: 1, low: 2 } as const

interface GapGroup {
  lead: string
  label: string
  rank: number
  weekdaysByPart: Map<PartOfDay | 'any', Set<Weekday>>
}

function whens(group: GapGroup): string[] {
  // Parts of day that fall on the same weekdays share one phrase.
  const partsByDays = new Map<string, { weekdays: Weekday[]; parts: PartOfDay[]; any: boolean }>()
  for (const part of PART_ORDER) {
    const days = group.weekdaysByPart.get(part)
    if (!days) continue
    const weekdays = [...days].sort((a, b) => a - b)
    const key = `${weekdays.join('')}${part === 'any' ? ':any' : ''}`
    const entry = partsByDays.get(key) ?? { weekdays, parts: [], any: part === 'any' }
    if (part !== 'any') entry.parts.push(part)
    partsByDays.set(key, entry)
  }
  return [...partsByDays.values()]
    .sort((a, b) => a.weekdays[0] - b.weekdays[0] || a.weekdays.length - b.weekdays.length)
    .map((entry) => whenPhrase(entry.weekdays, entry.parts))
}

export function describeGaps(input: PlanInput, plan: Plan = makePlan(input)): string[] {
  const prepared = prepare(input)
  const groups = new Map<string, GapGroup>()
  for (const unfilled of plan.unfilled) {
    const occurrence = prepared.occurrenceById.get(unfilled.occurrenceId)
    const need = occurrence && prepared.needById.get(occurrence.needId)
    if (!occurrence || !need) continue
    const lead = gapLead(unfilled.reason)
    const label = `“${need.title.trim()}”`
    const key = `${lead}\u0000${label}`
    const group = groups.get(key) ?? { lead, label, rank: PRIORITY_RANK[need.priority], weekdaysByPart: new Map() }
    group.rank = Math.min(group.rank, PRIORITY_RANK[need.priority])
    const part = partOfDayOf(prepared, occurrence) ?? 'any'
    group.weekdaysByPart.set(part, (group.weekdaysByPart.get(part) ?? new Set()).add(occurrence.weekday))
    groups.set(key, group)
  }
  return [...groups.values()]
    .sort((a, b) => a.rank - b.rank || compareText(a.label, b.label) || compareText(a.lead, b.lead))
    .map((group) => gapSentence(group.lead, group.label, whens(group)))
}
