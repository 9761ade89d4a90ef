/**
 * Occurrences that are not the circle's to do, for one of the recipient's reasons:
 * - `resting`: the whole circle rests on that date (resting.ts: "the map stays ready");
 * - `stopped`: the whole need is stopped on that date at their word (stops.ts);
 * - `ruled-out`: an in-person task at a time they ruled out (off-limits: a day kept for
 *   family, a rest window), with no room for it outside that time within its window.
 * Such an occurrence is not planned, not a gap, not counted as unfilled, not "being arranged"
 * on the recipient's daily status, and on no helper's list. One rule, read everywhere.
 */
import type { Boundaries, Need, Occurrence, Rest, Stop, WeeklyTimeRange } from './model'
import { earliestFit, subtract, weeklyIntervals } from './planner/availability'
import { restOn } from './resting'
import { isStopped } from './stops'

export type SetAsideReason = 'resting' | 'stopped' | 'ruled-out'

export interface SetAsideRules {
  needs: readonly Need[]
  stops?: ReadonlyArray<Pick<Stop, 'needId' | 'helperId' | 'from' | 'until'>>
  rests?: ReadonlyArray<Pick<Rest, 'from' | 'until'>>
  offLimits: readonly WeeklyTimeRange[]
  timeZone: string
}

/** The rules as a circle's state holds them. */
export function setAsideRulesOf(
  state: { needs: readonly Need[]; stops?: SetAsideRules['stops']; rests?: SetAsideRules['rests']; boundaries: Pick<Boundaries, 'offLimits'> },
  timeZone: string,
): SetAsideRules {
  return { needs: state.needs, stops: state.stops, rests: state.rests, offLimits: state.boundaries.offLimits, timeZone }
}

const MINUTE = 60_000

/** In person, and no start in its window leaves the whole task outside off-limits time. */
export function isRuledOut(occurrence: Occurrence, need: Pick<Need, 'mode'>, offLimits: readonly WeeklyTimeRange[], timeZone: string): boolean {
  if (need.mode !== 'in-person' || offLimits.length === 0) return false
  const span = { start: occurrence.windowStart, end: occurrence.windowEnd }
  const free = subtract([span], weeklyIntervals(offLimits, span, timeZone))
  return earliestFit(free, Math.max(0, occurrence.durationMinutes) * MINUTE) === null
}

export function setAsideReason(occurrence: Occurrence, rules: SetAsideRules): SetAsideReason | null {
  if (restOn(rules.rests, occurrence.date) !== null) return 'resting'
  if (isStopped(rules.stops, occurrence)) return 'stopped'
  const need = rules.needs.find((n) => n.id === occurrence.needId)
  return need && isRuledOut(occurrence, need, rules.offLimits, rules.timeZone) ? 'ruled-out' : null
}

/** The occurrences that are the circle's to do, in the order given. */
export function toDo(occurrences: readonly Occurrence[], rules: SetAsideRules): Occurrence[] {
  if ((rules.stops ?? []).length === 0 && (rules.rests ?? []).length === 0 && rules.offLimits.length === 0) return [...occurrences]
  return occurrences.filter((occurrence) => setAsideReason(occurrence, rules) === null)
}
