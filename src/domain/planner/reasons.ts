/** Plain reasons per placement, built from facts of the finished plan (wording in words.ts). */
import type { Occurrence, Offer, Weekday } from '../model'
import type { Phrase } from '../phrase'
import { minutesOfDay } from '../model'
import { endMinutesOf, localMinutesAt, partOfDay } from './localTime'
import type { Prepared } from './prepared'
import { weekLoad, type Placement, type PlanState } from './state'
import { reasonWords } from './words'

function windowHoldsMinute(window: Offer['windows'][number], minute: number): boolean {
  const start = minutesOfDay(window.start)
  const end = endMinutesOf(window.end)
  return end > start ? minute >= start && minute < end : minute >= start || minute < end
}

/** The weekdays on which the helper offered the time of day this placement starts at (asked once per helper and minute). */
function freeWeekdays(prepared: Prepared, offer: Offer, minute: number): readonly Weekday[] {
  const known = prepared.freeWeekdays.get(offer.helperId) ?? prepared.freeWeekdays.set(offer.helperId, new Map()).get(offer.helperId)!
  let weekdays = known.get(minute)
  if (!weekdays) {
    weekdays = [...new Set(offer.windows.filter((w) => windowHoldsMinute(w, minute)).map((w) => w.weekday))].sort((a, b) => a - b)
    known.set(minute, weekdays)
  }
  return weekdays
}

const lengthKey = (o: Occurrence, role: string, helperId: string) =>
  `${o.needId}\u0000${o.slotKey}\u0000${o.weekday}\u0000${role}\u0000${helperId}`

/** How many occurrences of this one's need, slot and weekday the helper has in `role` (seriesLengths). */
export const seriesLength = (lengths: ReadonlyMap<string, number>, o: Occurrence, role: string, helperId: string) =>
  lengths.get(lengthKey(o, role, helperId)) ?? 0

/** How many occurrences of each need + slot + weekday each helper has, per role: "every Tuesday (4 weeks)". */
export function seriesLengths(prepared: Prepared, state: PlanState): Map<string, number> {
  const lengths = new Map<string, number>()
  for (const o of prepared.occurrences) {
    for (const placement of [state.primary.get(o.id), state.backup.get(o.id)]) {
      if (!placement) continue
      const key = lengthKey(o, placement.role, placement.helperId)
      lengths.set(key, (lengths.get(key) ?? 0) + 1)
    }
  }
  return lengths
}

export function reasonsFor(
  prepared: Prepared, state: PlanState, occurrence: Occurrence, placement: Placement, lengths: Map<string, number>,
): Phrase[] {
  const need = prepared.needById.get(occurrence.needId)!
  const offer = prepared.offerByHelper.get(placement.helperId)
  const reasons: Phrase[] = []
  if (placement.fromAccepted) reasons.push(reasonWords.accepted)
  if (placement.override !== null) reasons.push(reasonWords.override(placement.override))
  if (placement.role === 'backup') {
    const primary = state.primary.get(occurrence.id)
    reasons.push(reasonWords.backupFor(primary ? prepared.helperById.get(primary.helperId)?.name ?? null : null))
  }
  if (offer?.kinds.includes(need.kind)) reasons.push(reasonWords.offered(need.kind))
  if (need.requiredTags.length > 0) reasons.push(reasonWords.hasTags([...new Set(need.requiredTags)].sort()))
  const minute = localMinutesAt(placement.start, prepared.timeZone)
  const weekdays = offer ? freeWeekdays(prepared, offer, minute) : []
  if (weekdays.length > 0) reasons.push(reasonWords.freeAt(weekdays, partOfDay(minute)))
  const weeks = seriesLength(lengths, occurrence, placement.role, placement.helperId)
  if (weeks > 1) reasons.push(reasonWords.series(occurrence.weekday, weeks))
  if (placement.role === 'primary') {
    reasons.push(reasonWords.load(weekLoad(state, placement.helperId, placement.weekKey), offer?.weeklyLimit ?? 0))
  } else {
    reasons.push(reasonWords.backupIsFree)
    if (prepared.overeager.has(placement.helperId)) reasons.push(reasonWords.overeagerBackup)
  }
  return reasons
}
