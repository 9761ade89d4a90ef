/**
 * The plan input, sorted by id and indexed once, so that the plan never depends on the order
 * of the arrays it was given; and the static rules per occurrence × helper, made cheap enough
 * for a 200-helper circle (millions of pairs):
 * - rules that depend only on the need and the helper (kind, mode, tags, exclusion, safety)
 *   are computed once per pair;
 * - the time rules give the same answer, relative to the occurrence's window, for every
 *   occurrence with the same helper, need, weekday, local start minute, window length and
 *   position against the offer's dates, as long as no clock change falls inside the window:
 *   those are computed once, in local minutes (localFit.ts). Windows with a clock change or
 *   across an offer's first or last day are computed one by one, exactly.
 */
import { offsetMinutesAt } from '../dates'
import type { Assignment, Boundaries, Helper, Instant, LocalDate, Need, Occurrence, Offer, Weekday } from '../model'
import { localCache, localFit, type LocalCache } from './localFit'
import { offerDateSpan, type Interval } from './availability'
import { isOvereager } from './overeager'
import { evaluateFit, evaluateTime, heldBackViolation, type StaticEvaluation } from './rules'
import type { Away, Plan, PlanInput, Violation } from './types'
import { violationWords } from './words'
import { compareText } from '../compareText'

// In its own small module, so that screens ordering series (series.ts) need not load this one.
export { compareText }

const DAY_MS = 86_400_000

export interface Prepared {
  timeZone: string
  now: Instant
  boundaries: Boundaries
  /** Occurrences that need someone (not cancelled, need known), by window start then id. */
  occurrences: Occurrence[]
  occurrenceById: Map<string, Occurrence>
  needById: Map<string, Need>
  /** By id. */
  helpers: Helper[]
  helperById: Map<string, Helper>
  offerByHelper: Map<string, Offer>
  overeager: Set<string>
  /** Accepted series, by id. */
  accepted: Assignment[]
  awayByHelper: Map<string, Away[]>
  /** `<needId>\u0000<helperId>` pairs the coordinator said no to. */
  declined: Set<string>
  /** The same key: dates the coordinator took the helper off the need (a removed series). */
  declinedDates: Map<string, Array<{ from: LocalDate; until: LocalDate }>>
  previous: Plan | null
  helperIndex: Map<string, number>
  /** Per need, per helper index. */
  fits: Map<string, Fit[]>
  /** Per need: `heldBackViolation`, read once. */
  heldBack: Map<string, Violation | null>
  openings: WeakMap<Occurrence, LocalOpening>
  /** Per helper index: the offer's from/until as instants, and time rules by window shape. */
  offerDates: Interval[]
  timesByHelper: Map<number, TimeResult>[]
  helpersByNeed: Map<string, number[]>
  shapes: Map<string, number>
  /** Per need, per window shape: helpers whose time fits, with their start offsets. */
  fitsByShape: Map<string, Map<number, SharedFit[]>>
  /** Per helper id, per minute of the day: the weekdays their offer holds it (reasons.ts asks for every placement). */
  freeWeekdays: Map<string, Map<number, readonly Weekday[]>>
  /** Offered and off-limits ranges in local minutes, for localFit: worked out once per plan. */
  localRanges: LocalCache
}

interface Fit {
  violations: Violation[]
  timeMatters: boolean
  /** The offer's from/until as instants. */
  dates: Interval
  /** Time rules by the window's local shape (timeFor), shared by every need of this helper. */
  times: Map<number, TimeResult>
}

export function prepare(input: PlanInput): Prepared {
  const needById = new Map([...input.needs].sort((a, b) => compareText(a.id, b.id)).map((n) => [n.id, n]))
  const cancelled = new Set((input.statuses ?? []).filter((s) => s.status === 'cancelled').map((s) => s.occurrenceId))
  const occurrences = input.occurrences
    .filter((o) => needById.has(o.needId) && !cancelled.has(o.id))
    .sort((a, b) => a.windowStart - b.windowStart || compareText(a.id, b.id))
  const helpers = [...input.helpers].sort((a, b) => compareText(a.id, b.id))
  const offerByHelper = new Map<string, Offer>()
  // At most one offer per helper is expected; if not, keep one chosen by content, not by position.
  const offers = input.offers
    .map((offer) => ({ offer, key: JSON.stringify(offer) }))
    .sort((a, b) => compareText(a.offer.helperId, b.offer.helperId) || compareText(a.key, b.key))
  for (const { offer } of offers) if (!offerByHelper.has(offer.helperId)) offerByHelper.set(offer.helperId, offer)
  const needs = [...needById.values()]
  const overeager = new Set([...offerByHelper.values()].filter((o) => isOvereager(o, needs)).map((o) => o.helperId))
  const awayByHelper = new Map<string, Away[]>()
  for (const away of input.away ?? []) awayByHelper.set(away.helperId, [...(awayByHelper.get(away.helperId) ?? []), away])
  const declinedDates = new Map<string, Array<{ from: LocalDate; until: LocalDate }>>()
  for (const { needId, helperId, from, until } of input.declined ?? []) {
    if (from === undefined || until === undefined) continue
    const key = declinedKey(needId, helperId)
    declinedDates.set(key, [...(declinedDates.get(key) ?? []), { from, until }])
  }
  return {
    timeZone: input.timeZone,
    now: input.now,
    boundaries: input.boundaries,
    occurrences,
    occurrenceById: new Map(occurrences.map((o) => [o.id, o])),
    needById,
    helpers,
    helperById: new Map(helpers.map((h) => [h.id, h])),
    offerByHelper,
    overeager,
    accepted: input.accepted.filter((a) => a.accepted).sort((a, b) => compareText(a.id, b.id)),
    awayByHelper,
    declined: new Set((input.declined ?? []).filter((d) => d.from === undefined || d.until === undefined).map((d) => declinedKey(d.needId, d.helperId))),
    declinedDates,
    previous: input.previous ?? null,
    helperIndex: new Map(helpers.map((h, i) => [h.id, i])),
    fits: new Map(),
    heldBack: new Map(),
    openings: new WeakMap(),
    offerDates: helpers.map((h) => {
      const offer = offerByHelper.get(h.id)
      return offer ? offerDateSpan(offer, input.timeZone) : { start: 0, end: 0 }
    }),
    helpersByNeed: new Map(),
    shapes: new Map(),
    fitsByShape: new Map(),
    freeWeekdays: new Map(),
    localRanges: localCache(),
    timesByHelper: helpers.map(() => new Map()),
  }
}

/** The need-level rules for one helper, computed when first asked. */
function fitAt(prepared: Prepared, need: Need, h: number): Fit {
  let byHelper = prepared.fits.get(need.id)
  if (!byHelper) prepared.fits.set(need.id, (byHelper = new Array(prepared.helpers.length)))
  let fit = byHelper[h]
  if (!fit) {
    const helper = prepared.helpers[h]
    let heldBack = prepared.heldBack.get(need.id)
    if (heldBack === undefined) prepared.heldBack.set(need.id, (heldBack = heldBackViolation(need)))
    const { violations, timeMatters } = evaluateFit(need, helper, prepared.offerByHelper.get(helper.id), prepared.boundaries, heldBack)
    if (prepared.declined.has(declinedKey(need.id, helper.id))) violations.push({ kind: 'declined', detail: violationWords.declined })
    fit = byHelper[h] = { violations, timeMatters, dates: prepared.offerDates[h], times: prepared.timesByHelper[h] }
  }
  return fit
}

const fitFor = (prepared: Prepared, need: Need, helper: Helper): Fit => fitAt(prepared, need, prepared.helperIndex.get(helper.id)!)

interface LocalOpening {
  /** Minutes after local midnight at which the window opens, and that day's weekday. */
  minutes: number
  weekday: Weekday
  /** No clock change inside the window: local minutes run evenly (localFit.ts applies). */
  even: boolean
  /** Small number naming the window's local shape (weekday, opening, length, duration): a cache key. */
  shape: number
}

function openingOf(prepared: Prepared, occurrence: Occurrence): LocalOpening {
  let opening = prepared.openings.get(occurrence)
  if (!opening) {
    const offset = offsetMinutesAt(occurrence.windowStart, prepared.timeZone)
    const wall = occurrence.windowStart + offset * 60_000
    const day = Math.floor(wall / DAY_MS)
    const minutes = (wall - day * DAY_MS) / 60_000
    const weekday = (((((day + 3) % 7) + 7) % 7) + 1) as Weekday
    const shapeKey = `${weekday} ${minutes} ${occurrence.windowEnd - occurrence.windowStart} ${occurrence.durationMinutes}`
    let shape = prepared.shapes.get(shapeKey)
    if (shape === undefined) prepared.shapes.set(shapeKey, (shape = prepared.shapes.size))
    const even = offset === offsetMinutesAt(occurrence.windowEnd, prepared.timeZone) && occurrence.windowEnd - occurrence.windowStart <= 7 * DAY_MS
    opening = { minutes, weekday, even, shape }
    prepared.openings.set(occurrence, opening)
  }
  return opening
}

/** Whole minutes after local midnight at which the occurrence's window opens (read once per occurrence). */
export function openingMinutes(prepared: Prepared, occurrence: Occurrence): number {
  return Math.floor(openingOf(prepared, occurrence).minutes)
}

/** `ranges`: every start that holds, as closed ranges of ms from the window's opening (earliest first). */
type TimeResult = { offset: number | null; violation: Violation | null; ranges: readonly Interval[] }

const NO_RANGES: readonly Interval[] = []

function timeFor(prepared: Prepared, occurrence: Occurrence, need: Need, offer: Offer, fit: Fit): TimeResult {
  // Inside the offer's dates, outside them, or across an edge (computed one by one).
  const { start, end } = fit.dates
  const inside = (offer.from === null || start <= occurrence.windowStart) && (offer.until === null || occurrence.windowEnd <= end)
  const outside = occurrence.windowEnd <= start || end <= occurrence.windowStart
  const opening = openingOf(prepared, occurrence)
  if ((!inside && !outside) || !opening.even) {
    const time = evaluateTime(occurrence, need, offer, prepared.boundaries, prepared.timeZone)
    const ranges = time.ranges.map((r) => ({ start: r.start - occurrence.windowStart, end: r.end - occurrence.windowStart }))
    return { offset: time.start === null ? null : time.start - occurrence.windowStart, violation: time.violation, ranges }
  }
  return cachedTime(prepared, need, offer, fit, opening, occurrence, inside)
}

/** The time rules for a window without a clock change, by its local shape, computed once (localFit.ts). */
function cachedTime(
  prepared: Prepared, need: Need, offer: Offer, fit: Fit, opening: LocalOpening, occurrence: Occurrence, inside: boolean,
): TimeResult {
  // The answer depends on the helper, not the need, beyond these: many needs share a slot's shape.
  const inPerson = need.mode === 'in-person'
  const key = opening.shape * 4 + (inside ? 0 : 2) + (inPerson ? 1 : 0)
  let time = fit.times.get(key)
  if (!time) {
    const length = (occurrence.windowEnd - occurrence.windowStart) / 60_000
    const duration = Math.max(0, occurrence.durationMinutes)
    const offLimits = inPerson ? prepared.boundaries.offLimits : null
    const found = localFit({ weekday: opening.weekday, start: opening.minutes, length, duration }, offer.windows, offLimits, inside, prepared.localRanges)
    time = 'offset' in found
      ? { offset: found.offset * 60_000, violation: null, ranges: found.ranges.map((r) => ({ start: r.start * 60_000, end: r.end * 60_000 })) }
      : { offset: null, violation: timeViolation(found.violation, opening.weekday, offer), ranges: NO_RANGES }
    fit.times.set(key, time)
  }
  return time
}

/** The same words as evaluateTime's. */
function timeViolation(kind: 'not-available' | 'outside-offer-dates' | 'off-limits', weekday: Weekday, offer: Offer): Violation {
  if (kind === 'outside-offer-dates') return { kind, detail: violationWords.outsideOfferDates(offer.from, offer.until) }
  if (kind === 'off-limits') return { kind, detail: violationWords.offLimits }
  const detail = offer.windows.some((w) => w.weekday === weekday) ? violationWords.notFreeThen(weekday) : violationWords.notAvailableOn(weekday)
  return { kind, detail }
}

export function awayOn(prepared: Prepared, helperId: string, date: LocalDate): Away | null {
  if (prepared.awayByHelper.size === 0) return null
  return prepared.awayByHelper.get(helperId)?.find((a) => a.from <= date && date <= a.until) ?? null
}

const declinedKey = (needId: string, helperId: string) => `${needId}\u0000${helperId}`

/** The dates the coordinator took this helper off this need, if the occurrence's date is among them. */
export function declinedOn(prepared: Prepared, needId: string, helperId: string, date: LocalDate): { from: LocalDate; until: LocalDate } | null {
  if (prepared.declinedDates.size === 0) return null
  return prepared.declinedDates.get(declinedKey(needId, helperId))?.find((d) => d.from <= date && date <= d.until) ?? null
}

/** The rules that hold whatever else is planned, with the earliest start; exactly `evaluateStatic` plus absences. */
export function staticFor(prepared: Prepared, occurrence: Occurrence, helper: Helper): StaticEvaluation {
  const need = prepared.needById.get(occurrence.needId)!
  const fit = fitFor(prepared, need, helper)
  const offer = prepared.offerByHelper.get(helper.id)
  let start: Instant | null = null
  let ranges: Interval[] = []
  let violations = fit.violations
  if (offer && fit.timeMatters) {
    const time = timeFor(prepared, occurrence, need, offer, fit)
    start = time.offset === null ? null : occurrence.windowStart + time.offset
    ranges = time.ranges.map((r) => ({ start: occurrence.windowStart + r.start, end: occurrence.windowStart + r.end }))
    if (time.violation) violations = [...violations, time.violation]
  }
  const away = awayOn(prepared, helper.id, occurrence.date)
  if (away) violations = [...violations, { kind: 'away', detail: violationWords.away(away.from, away.until) }]
  const removed = declinedOn(prepared, need.id, helper.id, occurrence.date)
  if (removed) violations = [...violations, { kind: 'declined', detail: violationWords.removedThen(removed.from, removed.until) }]
  return { start, ranges, violations }
}

/** The rules that depend on the need and the helper only (evaluateFit), cached. */
export function fitViolations(prepared: Prepared, need: Need, helper: Helper): readonly Violation[] {
  return fitFor(prepared, need, helper).violations
}

interface SharedFit {
  helper: number
  /** Start offset when the window lies inside the helper's offer dates. */
  offset: number
  /** Every start that holds then, relative to the window's opening. */
  ranges: readonly Interval[]
  /** The offer has from/until dates: each occurrence's window is checked against them. */
  dated: boolean
}

/**
 * One helper the static rules allow: its index, the earliest start that holds, and every start
 * that holds as closed ranges of ms from the window's opening, earliest first.
 */
export type EligibleStart = (helper: number, start: Instant, ranges: readonly Interval[]) => void

/**
 * Every helper (by index) the static rules allow for the occurrence, with the planned start, in
 * helper order: `staticFor` for all helpers at once, without building the violations nobody
 * reads (nor an object per pair: a circle has hundreds of thousands). Where no clock change
 * falls in the window, the time rules give the same answer for every occurrence of the need with
 * the same local shape, so they are looked up once per need and shape; only offer dates and
 * absences are read per occurrence.
 */
export function eligibleStarts(prepared: Prepared, occurrence: Occurrence, visit: EligibleStart): void {
  const need = prepared.needById.get(occurrence.needId)!
  const helpers = helpersForNeed(prepared, need)
  const fits = prepared.fits.get(need.id)!
  const opening = openingOf(prepared, occurrence)
  // `fits` holds every helper of `helpers` (helpersForNeed computed them).
  if (!opening.even) {
    for (const h of helpers) {
      const time = timeFor(prepared, occurrence, need, prepared.offerByHelper.get(prepared.helpers[h].id)!, fits[h])
      visitUnlessOff(prepared, occurrence, visit, h, time.offset, time.ranges)
    }
    return
  }
  for (const shared of sharedFits(prepared, occurrence, need, helpers, fits, opening)) {
    let offset: number | null = shared.offset
    let ranges = shared.ranges
    if (shared.dated) {
      const { start, end } = prepared.offerDates[shared.helper]
      if (occurrence.windowEnd <= start || end <= occurrence.windowStart) continue
      if (occurrence.windowStart < start || end < occurrence.windowEnd) {
        const time = timeFor(prepared, occurrence, need, prepared.offerByHelper.get(prepared.helpers[shared.helper].id)!, fits[shared.helper])
        offset = time.offset
        ranges = time.ranges
      }
    }
    visitUnlessOff(prepared, occurrence, visit, shared.helper, offset, ranges)
  }
}

function sharedFits(
  prepared: Prepared, occurrence: Occurrence, need: Need, helpers: readonly number[], fits: readonly Fit[], opening: LocalOpening,
): SharedFit[] {
  const byShape = prepared.fitsByShape.get(need.id) ?? prepared.fitsByShape.set(need.id, new Map()).get(need.id)!
  let shared = byShape.get(opening.shape)
  if (!shared) {
    shared = []
    for (const h of helpers) {
      const offer = prepared.offerByHelper.get(prepared.helpers[h].id)!
      const time = cachedTime(prepared, need, offer, fits[h], opening, occurrence, true)
      if (time.offset !== null) shared.push({ helper: h, offset: time.offset, ranges: time.ranges, dated: offer.from !== null || offer.until !== null })
    }
    byShape.set(opening.shape, shared)
  }
  return shared
}

function visitUnlessOff(
  prepared: Prepared, occurrence: Occurrence, visit: EligibleStart, helper: number, offset: number | null, ranges: readonly Interval[],
) {
  const helperId = prepared.helpers[helper].id
  if (offset !== null && !awayOn(prepared, helperId, occurrence.date) && !declinedOn(prepared, occurrence.needId, helperId, occurrence.date)) visit(helper, occurrence.windowStart + offset, ranges)
}

/** Helpers (by index) whom the need-level rules let do this need at all, time aside. */
export function helpersForNeed(prepared: Prepared, need: Need): number[] {
  let found = prepared.helpersByNeed.get(need.id)
  if (!found) {
    // Most helpers didn't offer the kind: that is checked before the full need-level rules.
    found = prepared.helpers.flatMap((helper, i) => {
      const offer = prepared.offerByHelper.get(helper.id)
      if (!offer?.kinds.includes(need.kind)) return []
      const fit = fitAt(prepared, need, i)
      return fit.timeMatters && fit.violations.length === 0 ? [i] : []
    })
    prepared.helpersByNeed.set(need.id, found)
  }
  return found
}

/** Whether the need-level rules let this helper do this need at all (time aside): a cheap first filter. */
export function mayDoNeed(prepared: Prepared, need: Need, helper: Helper): boolean {
  const fit = fitFor(prepared, need, helper)
  return fit.timeMatters && fit.violations.length === 0
}

/** Its window has ended: history, never newly planned. */
export function isPast(prepared: Prepared, occurrence: Occurrence): boolean {
  return occurrence.windowEnd <= prepared.now
}

/** Helpers whose offer could do it, load and other tasks aside. */
export function staticCandidates(prepared: Prepared, occurrence: Occurrence): Helper[] {
  const need = prepared.needById.get(occurrence.needId)!
  return helpersForNeed(prepared, need)
    .map((i) => prepared.helpers[i])
    .filter((h) => staticFor(prepared, occurrence, h).violations.length === 0)
}

export function weeklyLimitOf(prepared: Prepared, helperId: string): number {
  return prepared.offerByHelper.get(helperId)?.weeklyLimit ?? 0
}
