/**
 * Gaps as sentences for the map (Phrases, words.ts): unfilled occurrences grouped by need (its
 * own title, never its kind) and why, then by weekday and part of day across weeks —
 * "No one has offered: “Walk Bruno”, Saturday and Sunday mornings and evenings".
 */
import type { Weekday } from '../model'
import type { Phrase } from '../phrase'
import { partOfDayOf } from './gaps'
import type { PartOfDay } from './localTime'
import { plan as makePlan } from './planner'
import { compareText, prepare } from './prepared'
import type { GapReason, Plan, PlanInput } from './types'
import { gapLead, gapSentence, whenPhrase } from './words'

const PART_ORDER: readonly (PartOfDay | 'any')[] = ['morning', 'afternoon', 'evening', 'night', 'any']
const PRIORITY_RANK = { high: 0, medium: 1, low: 2 } as const
/** Reasons whose leads read the same are one group: "No one has offered" covers these three. */
const LEAD_OF: Record<GapReason, GapReason> = {
  'no-offer-of-kind': 'no-offer-of-kind', 'no-one-at-that-time': 'no-offer-of-kind', 'outside-offer-dates': 'no-offer-of-kind',
  'everyone-at-limit': 'everyone-at-limit', 'busy-elsewhere': 'busy-elsewhere', 'only-excluded-or-remote': 'only-excluded-or-remote',
  'missing-tags': 'missing-tags', 'professional-first': 'professional-first', 'off-limits': 'off-limits', away: 'away',
  'could-be-filled': 'could-be-filled', 'clock-change': 'clock-change',
}

interface GapGroup {
  /** The lead's message id: reasons that read alike ("No one has offered") share a group. */
  lead: Phrase
  title: string
  rank: number
  weekdaysByPart: Map<PartOfDay | 'any', Set<Weekday>>
}

function whens(group: GapGroup): Phrase[] {
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

export function describeGaps(input: PlanInput, plan: Plan = makePlan(input)): Phrase[] {
  const prepared = prepare(input)
  const groups = new Map<string, GapGroup>()
  for (const unfilled of plan.unfilled) {
    const occurrence = prepared.occurrenceById.get(unfilled.occurrenceId)
    const need = occurrence && prepared.needById.get(occurrence.needId)
    if (!occurrence || !need) continue
    const lead = gapLead(LEAD_OF[unfilled.reason])
    const title = need.title.trim()
    const key = `${LEAD_OF[unfilled.reason]}\u0000${title}`
    const group = groups.get(key) ?? { lead, title, rank: PRIORITY_RANK[need.priority], weekdaysByPart: new Map() }
    group.rank = Math.min(group.rank, PRIORITY_RANK[need.priority])
    const part = partOfDayOf(prepared, occurrence) ?? 'any'
    group.weekdaysByPart.set(part, (group.weekdaysByPart.get(part) ?? new Set()).add(occurrence.weekday))
    groups.set(key, group)
  }
  return [...groups.values()]
    .sort((a, b) => a.rank - b.rank || compareText(a.title, b.title) || compareText(a.lead.id, b.lead.id))
    .map((group) => gapSentence(group.lead, group.title, whens(group)))
}
