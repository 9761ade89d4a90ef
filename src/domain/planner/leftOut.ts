/**
 * Nobody silently left out: every helper with no task of their own in the plan from now on
 * (accepted or proposed), and why, read off the plan the planner just made.
 *
 * The reason is the one closest to being chosen, over every live occurrence of every need:
 * - in reserve — they back someone up, or offered to be a backup only (a weekly limit of 0);
 * - someone else was chosen for something they could have done: more regular (the chosen
 *   helper does that need on that weekday more than once) or a better fit for the whole plan;
 * - else, from the rules that kept them out, most circumstantial first: at their weekly limit,
 *   away, "not them for this", not available at the times needed, held back for professional
 *   help first, nothing asked for matches their offer, no offer yet.
 * People who must not be involved are not listed: leaving them out is the point.
 */
import type { Helper, Need, Occurrence } from '../model'
import { isPast, fitViolations, type Prepared } from './prepared'
import { seriesLength } from './reasons'
import { isExcluded } from './rules'
import { evaluate, type PlanState } from './state'
import type { LeftOut, LeftOutReason, ViolationKind } from './types'
import { leftOutWords } from './words'

/** Closest to being chosen first. */
const ORDER: readonly LeftOutReason['kind'][] = [
  'reserve', 'backup-only', 'someone-else', 'at-limit', 'away', 'declined', 'not-available', 'held-back', 'nothing-fits', 'no-offer',
]
const FIT_KINDS: ReadonlySet<ViolationKind> = new Set(['no-offer', 'kind-not-offered', 'remote-only', 'missing-tags'])
const TIME_KINDS: ReadonlySet<ViolationKind> = new Set(['not-available', 'outside-offer-dates', 'off-limits'])

const better = (a: LeftOutReason | null, b: LeftOutReason) => (a === null || ORDER.indexOf(b.kind) < ORDER.indexOf(a.kind) ? b : a)

/** Why the rules keep `helperId` from an occurrence of `need`, from its violations; null when none do. */
function ruledOut(kinds: ReadonlySet<ViolationKind>, need: Need): LeftOutReason | null {
  if (kinds.size === 0) return null
  if (kinds.has('no-offer')) return { kind: 'no-offer' }
  if ([...kinds].some((k) => FIT_KINDS.has(k))) return { kind: 'nothing-fits' }
  if (kinds.has('professional-first')) return { kind: 'held-back' }
  if ([...kinds].some((k) => TIME_KINDS.has(k))) return { kind: 'not-available' }
  if (kinds.has('declined')) return { kind: 'declined', needId: need.id }
  if (kinds.has('away')) return { kind: 'away' }
  if (kinds.has('weekly-limit')) return { kind: 'at-limit' }
  return { kind: 'not-available' }
}

function reasonFor(
  prepared: Prepared, state: PlanState, helper: Helper, live: ReadonlyMap<string, Occurrence[]>, lengths: ReadonlyMap<string, number>,
  backupNeeds: ReadonlyMap<string, Set<string>>,
): LeftOutReason {
  const backedUp = backupNeeds.get(helper.id)
  if (backedUp) return { kind: 'reserve', needIds: [...backedUp].sort() }
  const offer = prepared.offerByHelper.get(helper.id)
  if (!offer) return { kind: 'no-offer' }
  if (offer.weeklyLimit === 0) return { kind: 'backup-only' }
  let found: LeftOutReason | null = null
  for (const need of prepared.needById.values()) {
    const occurrences = live.get(need.id) ?? []
    if (occurrences.length === 0) continue
    // A kind they didn't offer: what the need-level rules would say (kind-not-offered), without checking them all.
    if (!offer.kinds.includes(need.kind)) {
      found = better(found, { kind: 'nothing-fits' })
      continue
    }
    const fit = ruledOut(new Set(fitViolations(prepared, need, helper).map((v) => v.kind)), need)
    if (fit) {
      found = better(found, fit)
      continue
    }
    for (const occurrence of occurrences) {
      const kinds = new Set(evaluate(prepared, state, occurrence, helper, 'primary').violations.map((v) => v.kind))
      const rule = ruledOut(kinds, need)
      if (rule) {
        found = better(found, rule)
        continue
      }
      const chosen = state.primary.get(occurrence.id)
      // Free and able, yet no one has it: the plan is out of date there; it says so as a gap.
      if (!chosen) continue
      return {
        kind: 'someone-else', occurrenceId: occurrence.id, needId: need.id, helperId: chosen.helperId, weekday: occurrence.weekday,
        regular: seriesLength(lengths, occurrence, 'primary', chosen.helperId) > 1,
      }
    }
  }
  return found ?? { kind: 'nothing-fits' }
}

export function leftOutHelpers(prepared: Prepared, state: PlanState, lengths: ReadonlyMap<string, number>): LeftOut[] {
  const live = new Map<string, Occurrence[]>()
  const busy = new Set<string>()
  // Per helper, the needs of the live occurrences they back up.
  const backupNeeds = new Map<string, Set<string>>()
  for (const occurrence of prepared.occurrences) {
    if (isPast(prepared, occurrence)) continue
    const same = live.get(occurrence.needId)
    if (same) same.push(occurrence)
    else live.set(occurrence.needId, [occurrence])
    const primary = state.primary.get(occurrence.id)
    if (primary) busy.add(primary.helperId)
    const backup = state.backup.get(occurrence.id)
    if (backup) backupNeeds.set(backup.helperId, (backupNeeds.get(backup.helperId) ?? new Set()).add(occurrence.needId))
  }
  const nameOf = (id: string) => prepared.helperById.get(id)?.name ?? ''
  const titleOf = (id: string) => prepared.needById.get(id)?.title ?? ''
  return prepared.helpers
    .filter((helper) => !busy.has(helper.id) && !isExcluded(helper, prepared.boundaries))
    .map((helper) => {
      const reason = reasonFor(prepared, state, helper, live, lengths, backupNeeds)
      return { helperId: helper.id, reason, sentence: leftOutWords(reason, titleOf, nameOf) }
    })
}
