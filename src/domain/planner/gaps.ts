/**
 * Why an occurrence has no one: the dominant reason, found by peeling the rules from the most
 * fundamental (safety, nobody offered the kind) to the most circumstantial (away, limits,
 * other tasks), over every helper, in the state the plan ended in.
 */
import type { Helper, Need, Occurrence } from '../model'
import { offsetMinutesAt } from '../dates'
import { localFit } from './localFit'
import { localMomentOf, partOfDay, type PartOfDay } from './localTime'
import { fitViolations, openingMinutes, staticFor, type Prepared } from './prepared'
import { needsProfessionalFirst } from './rules'
import { evaluate, type PlanState } from './state'
import type { GapReason, ViolationKind } from './types'
import { gapWords } from './words'
import type { Phrase } from '../phrase'

export function partOfDayOf(prepared: Prepared, occurrence: Occurrence): PartOfDay | null {
  if (occurrence.slotKey === 'any') return null
  return partOfDay(openingMinutes(prepared, occurrence))
}

type Kinds = Set<ViolationKind>

const without = (group: Kinds[], ...kinds: ViolationKind[]) => group.filter((found) => kinds.every((kind) => !found.has(kind)))
const kindsOf = (violations: readonly { kind: ViolationKind }[]): Kinds => new Set(violations.map((v) => v.kind))

type NeedVerdict = { reason: GapReason } | { eligible: Helper[] }

const needVerdicts = new WeakMap<Prepared, Map<string, NeedVerdict>>()

/** What the need-level rules alone say: a reason already, or the helpers whose time rules decide. */
function needVerdict(prepared: Prepared, need: Need): NeedVerdict {
  let verdicts = needVerdicts.get(prepared)
  if (!verdicts) needVerdicts.set(prepared, (verdicts = new Map()))
  let verdict = verdicts.get(need.id)
  if (verdict) return verdict
  // Those who offered the kind, read off the offers first: the rules are checked for them only.
  const offered = prepared.helpers
    .filter((helper) => prepared.offerByHelper.get(helper.id)?.kinds.includes(need.kind))
    .map((helper) => ({ helper, kinds: kindsOf(fitViolations(prepared, need, helper)) }))
  const eligible = offered.filter(({ kinds }) => !kinds.has('excluded') && !kinds.has('declined') && !kinds.has('remote-only') && !kinds.has('missing-tags'))
  verdict = needsProfessionalFirst(need) ? { reason: 'professional-first' }
    : offered.length === 0 ? { reason: 'no-offer-of-kind' }
      : eligible.length > 0 ? { eligible: eligible.map((e) => e.helper) }
        : offered.some(({ kinds }) => !kinds.has('excluded') && !kinds.has('declined') && !kinds.has('remote-only')) ? { reason: 'missing-tags' }
          : { reason: 'only-excluded-or-remote' }
  verdicts.set(need.id, verdict)
  return verdict
}

/** Rules are read only as far as needed: the time rules only for helpers who could do the need at all. */
function dominantReason(prepared: Prepared, state: PlanState, occurrence: Occurrence): GapReason {
  const verdict = needVerdict(prepared, prepared.needById.get(occurrence.needId)!)
  if ('reason' in verdict) return verdict.reason
  const eligible = verdict.eligible
  const statics = eligible.map((helper) => ({ helper, kinds: kindsOf(staticFor(prepared, occurrence, helper).violations) }))
  const timely = statics.filter(({ kinds }) => !kinds.has('not-available') && !kinds.has('outside-offer-dates'))
  if (timely.length === 0) {
    if (statics.some(({ kinds }) => kinds.has('outside-offer-dates'))) return 'outside-offer-dates'
    return fitsButForClockChange(prepared, occurrence, eligible) ? 'clock-change' : 'no-one-at-that-time'
  }
  const here = timely.filter(({ kinds }) => !kinds.has('away'))
  if (here.length === 0) return 'away'
  const allowed = here.filter(({ kinds }) => !kinds.has('off-limits'))
  if (allowed.length === 0) return 'off-limits'
  return stateReason(prepared, state, occurrence, allowed.map(({ helper }) => helper))
}

/**
 * Whether the window is shortened by the clocks going forward, and someone's offered times
 * would hold the task in it on the wall clock, as on every other week ("Saturday 22:00 to 06:00"
 * is 7 hours on the last Saturday of March in London, 8 hours every other Saturday). Read with
 * the wall-clock arithmetic of localFit.ts, which knows no clock change: exactly the question.
 */
function fitsButForClockChange(prepared: Prepared, occurrence: Occurrence, helpers: readonly Helper[]): boolean {
  const { timeZone } = prepared
  const shortenedBy = offsetMinutesAt(occurrence.windowEnd, timeZone) - offsetMinutesAt(occurrence.windowStart, timeZone)
  if (shortenedBy <= 0) return false
  const opening = localMomentOf(occurrence.windowStart, timeZone)
  const window = {
    weekday: opening.weekday, start: opening.minutes, duration: Math.max(0, occurrence.durationMinutes),
    length: (occurrence.windowEnd - occurrence.windowStart) / 60_000 + shortenedBy,
  }
  return helpers.some((helper) => {
    const offer = prepared.offerByHelper.get(helper.id)
    return offer !== undefined && 'offset' in localFit(window, offer.windows, null, true, prepared.localRanges)
  })
}

/**
 * Among helpers every static rule allows, what keeps them from it now: anyone free → the plan
 * is out of date; else whichever is more common, full weeks or other tasks then.
 */
export function reasonAmong(atLimit: number, busy: number, free: number): GapReason {
  if (free > 0) return 'could-be-filled'
  return atLimit >= busy ? 'everyone-at-limit' : 'busy-elsewhere'
}

function stateReason(prepared: Prepared, state: PlanState, occurrence: Occurrence, allowed: readonly Helper[]): GapReason {
  const full = allowed.map((helper) => kindsOf(evaluate(prepared, state, occurrence, helper, 'primary').violations))
  const free = full.filter((found) => found.size === 0).length
  const atLimit = full.filter((found) => found.has('weekly-limit')).length
  return reasonAmong(atLimit, without(full, 'weekly-limit').length - free, free)
}

/** The reason and its sentence; `known` when the solver already worked the reason out. */
export function explainGap(
  prepared: Prepared, state: PlanState, occurrence: Occurrence, known?: GapReason,
): { reason: GapReason; detail: Phrase } {
  const reason = known ?? dominantReason(prepared, state, occurrence)
  const need = prepared.needById.get(occurrence.needId)!
  return { reason, detail: gapWords(reason, need.title, occurrence.weekday, partOfDayOf(prepared, occurrence)) }
}
