/**
 * The hard rules, written once. The planner never breaks them; the coverage view, "who could
 * fill this" and override warnings explain with them. Static rules depend only on the
 * occurrence, the need, the helper's offer and the boundaries; state rules (weekly limit,
 * overlap, primary ≠ backup) depend on what is already planned.
 */
import type { Boundaries, Helper, Instant, Need, Occurrence, Offer } from '../model'
import { isHeldBack, safetyStateOf } from '../safetyVerdict'
import {
  earliestFit, intersect, offerDateSpan, startRanges, subtract, weeklyIntervals, type Interval,
} from './availability'
import { localMomentOf, weekKeyAt } from './localTime'
import type { Booking, RuleContext, Violation, ViolationKind } from './types'
import { violationWords } from './words'

const MINUTE = 60_000

/** Kinds a coordinator's override can never set aside: the recipient's and safety boundaries. */
export const NEVER_OVERRIDDEN: ReadonlySet<ViolationKind> = new Set(['excluded', 'professional-first', 'primary-and-backup'])

/** Names match across case, spacing and Unicode forms: "anna  Lee" is "Anna Lee". */
export function normalizeName(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/g, '')
}

// Unicode normalisation is slow enough to matter at a million checks: names are normalised once.
const excludedNames = new WeakMap<Boundaries['excludedPeople'], Set<string>>()

export function isExcluded(helper: Pick<Helper, 'name'>, boundaries: Boundaries): boolean {
  let names = excludedNames.get(boundaries.excludedPeople)
  if (!names) {
    names = new Set(boundaries.excludedPeople.map((person) => normalizeName(person.name)))
    excludedNames.set(boundaries.excludedPeople, names)
  }
  const name = normalizedName(helper.name)
  return name !== '' && names.has(name)
}

const normalizedNames = new Map<string, string>()
/** `normalizeName`, remembered: the same few names are checked against every need. */
function normalizedName(name: string): string {
  let normal = normalizedNames.get(name)
  if (normal === undefined) {
    if (normalizedNames.size > 10_000) normalizedNames.clear()
    normalizedNames.set(name, (normal = normalizeName(name)))
  }
  return normal
}

/** Held back for safety: professional first without peer help confirmed, or the safety question unanswered. */
export function needsProfessionalFirst(need: Need): boolean {
  return isHeldBack(need)
}

const normalizeTag = (tag: string) => tag.normalize('NFKC').trim().toLowerCase()

export function missingTags(need: Need, helper: Helper): string[] {
  if (need.requiredTags.length === 0) return []
  const has = new Set(helper.tags.map(normalizeTag))
  return [...new Set(need.requiredTags)].filter((tag) => !has.has(normalizeTag(tag))).sort()
}

export interface StaticEvaluation {
  /** Earliest start inside the window, the offer's windows and dates, off-limits aside. */
  start: Instant | null
  /** Every such start, as closed ranges of instants, earliest first (empty when none). */
  ranges: Interval[]
  violations: Violation[]
}

function occurrenceSpan(occurrence: Occurrence): Interval {
  return { start: occurrence.windowStart, end: occurrence.windowEnd }
}

/** The offer's time against the occurrence: available, within the offer's dates, outside off-limits. */
export function evaluateTime(
  occurrence: Occurrence, need: Need, offer: Offer, boundaries: Boundaries, timeZone: string,
): { start: Instant | null; violation: Violation | null; ranges: Interval[] } {
  const span = occurrenceSpan(occurrence)
  const duration = Math.max(0, occurrence.durationMinutes) * MINUTE
  const offered = intersect(weeklyIntervals(offer.windows, span, timeZone), span)
  if (earliestFit(offered, duration) === null) {
    const weekday = localMomentOf(occurrence.windowStart, timeZone).weekday
    const hasWindowThatDay = offer.windows.some((w) => w.weekday === weekday)
    const detail = hasWindowThatDay ? violationWords.notFreeThen(weekday) : violationWords.notAvailableOn(weekday)
    return { start: null, violation: { kind: 'not-available', detail }, ranges: [] }
  }
  const dated = intersect(offered, offerDateSpan(offer, timeZone))
  if (earliestFit(dated, duration) === null) {
    return { start: null, violation: { kind: 'outside-offer-dates', detail: violationWords.outsideOfferDates(offer.from, offer.until) }, ranges: [] }
  }
  const free = need.mode === 'in-person' ? subtract(dated, weeklyIntervals(boundaries.offLimits, span, timeZone)) : dated
  const start = earliestFit(free, duration)
  if (start === null) return { start: null, violation: { kind: 'off-limits', detail: violationWords.offLimits }, ranges: [] }
  // Every start that holds: the planner may place a task later than its earliest start.
  return { start, violation: null, ranges: startRanges(free, duration) }
}

/** The planned start if the offer's time fits: earliest start holding the duration, off-limits aside. */
export function plannedStart(
  occurrence: Occurrence, need: Need, offer: Offer, boundaries: Boundaries, timeZone: string,
): Instant | null {
  return evaluateTime(occurrence, need, offer, boundaries, timeZone).start
}

/**
 * The rules that depend on the need and the helper only, not on the occurrence's time, in the
 * order checkHardRules lists them. `timeMatters` is false when there is no offer to read times from.
 */
/** Why a held-back need goes to nobody, or null: it depends on the need alone (reading its words is not cheap). */
export function heldBackViolation(need: Need): Violation | null {
  if (!needsProfessionalFirst(need)) return null
  return { kind: 'professional-first', detail: safetyStateOf(need) === 'question' ? violationWords.safetyQuestion : violationWords.professionalFirst }
}

/** `heldBack`: `heldBackViolation(need)`, when the caller asks it once for many helpers. */
export function evaluateFit(
  need: Need, helper: Helper, offer: Offer | undefined, boundaries: Boundaries, heldBack: Violation | null = heldBackViolation(need),
): { violations: Violation[]; timeMatters: boolean } {
  const violations: Violation[] = []
  if (isExcluded(helper, boundaries)) violations.push({ kind: 'excluded', detail: violationWords.excluded })
  if (heldBack) violations.push(heldBack)
  if (!offer) {
    violations.push({ kind: 'no-offer', detail: violationWords.noOffer })
    return { violations, timeMatters: false }
  }
  if (!offer.kinds.includes(need.kind)) {
    violations.push({ kind: 'kind-not-offered', detail: violationWords.kindNotOffered(need.kind) })
  }
  if (need.mode === 'in-person' && offer.mode === 'remote-only') {
    violations.push({ kind: 'remote-only', detail: violationWords.remoteOnly })
  }
  const missing = missingTags(need, helper)
  if (missing.length > 0) violations.push({ kind: 'missing-tags', detail: violationWords.missingTags(missing) })
  return { violations, timeMatters: true }
}

export function evaluateStatic(
  occurrence: Occurrence, need: Need, helper: Helper, offer: Offer | undefined, boundaries: Boundaries, timeZone: string,
): StaticEvaluation {
  const fit = evaluateFit(need, helper, offer, boundaries)
  if (!offer || !fit.timeMatters) return { start: null, ranges: [], violations: fit.violations }
  const time = evaluateTime(occurrence, need, offer, boundaries, timeZone)
  return { start: time.start, ranges: time.ranges, violations: time.violation ? [...fit.violations, time.violation] : fit.violations }
}

export function evaluateState(
  occurrence: Occurrence, helper: Helper, offer: Offer | undefined, start: Instant | null, context: RuleContext,
): Violation[] {
  const violations: Violation[] = []
  if (start !== null && offer) {
    const end = start + Math.max(0, occurrence.durationMinutes) * MINUTE
    const weekKey = weekKeyAt(start, context.timeZone)
    const clashes = (b: Booking) => b.occurrenceId !== occurrence.id && b.start < end && start < b.end
    let load = 0
    for (const b of context.bookings) if (b.occurrenceId !== occurrence.id && b.weekKey === weekKey) load += 1
    // Backups count toward no limit; in either role, a helper is never booked twice at once.
    if (context.role === 'primary' && load >= offer.weeklyLimit) violations.push({ kind: 'weekly-limit', detail: violationWords.weeklyLimit(load) })
    if (context.bookings.some(clashes) || (context.backupBookings ?? []).some(clashes)) {
      violations.push({ kind: 'overlap', detail: violationWords.overlap })
    }
  }
  const counterpart = context.role === 'primary' ? context.backupHelperId : context.primaryHelperId
  if (counterpart === helper.id) {
    violations.push({ kind: 'primary-and-backup', detail: violationWords.primaryAndBackup(context.role) })
  }
  return violations
}

/**
 * Every hard rule `helper` would break by taking `occurrence` in `context.role`; empty when
 * they can take it. The most fundamental violation comes first.
 */
export function checkHardRules(
  occurrence: Occurrence, need: Need, helper: Helper, offer: Offer | undefined, boundaries: Boundaries, context: RuleContext,
): Violation[] {
  const fixed = evaluateStatic(occurrence, need, helper, offer, boundaries, context.timeZone)
  return [...fixed.violations, ...evaluateState(occurrence, helper, offer, fixed.start, context)]
}
