/**
 * Random circles for property tests, and an independent checker of the hard rules. The checker
 * does not use the planner's code: it samples every 15 minutes of a planned task and reads the
 * wall clock with TZDate. That is exact here because every generated time sits on a 15-minute
 * grid and the zones have whole-hour offsets; generated tasks stay within 06:00–23:30, away
 * from the hours in which clocks change.
 */
import { TZDate } from '@date-fns/tz'
import fc from 'fast-check'
import type { LocalDate, Offer, TaskKind, Weekday, WeeklyTimeRange } from '../../../../src/domain/model'
import type { Plan, PlanInput } from '../../../../src/domain/planner'
import {
  addDays, at, days, makeHelper, makeInput, makeNeed, makeOffer, occurrencesOf,
} from './fixtures'

const ZONES = ['Europe/Berlin', 'Pacific/Auckland', 'America/New_York', 'UTC']
/** Mondays of weeks with clock changes in some of the zones, and a quiet one. */
const MONDAYS = ['2025-03-24', '2025-03-31', '2025-09-22', '2025-10-27', '2025-06-02']
const KINDS: TaskKind[] = ['meal', 'dog-walk', 'call', 'ride']
const NAMES = ['Ana', 'Bo', 'Chris', 'Dana', 'Eli', 'Fran']
const TAGS = ['spanish', 'car']

const minuteClock = (minutes: number) => `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`

const clock = (halfHours: number) => {
  const h = Math.floor(halfHours / 2) % 24
  return `${String(h).padStart(2, '0')}:${halfHours % 2 ? '30' : '00'}`
}

/** A value one time in four, null otherwise. */
const sometimes = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | null> =>
  fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: arb })

const weekdayArb = fc.integer({ min: 1, max: 7 }) as fc.Arbitrary<Weekday>
const weeklyRangeArb: fc.Arbitrary<WeeklyTimeRange> = fc
  .record({ weekday: weekdayArb, start: fc.integer({ min: 10, max: 46 }), length: fc.integer({ min: 1, max: 18 }), midnight: fc.boolean() })
  .map(({ weekday, start, length, midnight }) => ({
    weekday, start: clock(start), end: start + length >= 48 && midnight ? '23:59' : clock(start + length),
  }))

/** "Tue and Thu evenings": one time range on several weekdays. */
const regularWindowsArb: fc.Arbitrary<WeeklyTimeRange[]> = fc
  .record({ weekdays: fc.subarray([1, 2, 3, 4, 5, 6, 7] as Weekday[], { minLength: 3 }), start: fc.integer({ min: 10, max: 30 }), length: fc.integer({ min: 8, max: 28 }) })
  .map(({ weekdays, start, length }) => weekdays.map((weekday) => ({ weekday, start: clock(start), end: clock(start + length) })))

const nameArb = fc.tuple(fc.constantFrom(...NAMES), fc.constantFrom('', ' ', 'upper')).map(([name, variant]) =>
  variant === 'upper' ? name.toUpperCase() : `${variant}${name}${variant}`)

const helperArb = fc.record({
  name: nameArb,
  tags: fc.subarray(TAGS),
  offer: fc.option(fc.record({
    kinds: fc.subarray(KINDS, { minLength: 2 }),
    windows: fc.tuple(regularWindowsArb, fc.array(weeklyRangeArb, { maxLength: 3 })).map(([a, b]) => [...a, ...b]),
    mode: fc.constantFrom<Offer['mode']>('any', 'any', 'any', 'any', 'remote-only'),
    weeklyLimit: fc.integer({ min: 1, max: 4 }),
    fromDay: sometimes(fc.integer({ min: 0, max: 10 })),
    untilDay: sometimes(fc.integer({ min: 5, max: 20 })),
  }), { freq: 6 }), // an offer five times in six
})

const needFields = {
  kind: fc.constantFrom(...KINDS),
  priority: fc.constantFrom('high', 'medium', 'low') as fc.Arbitrary<'high' | 'medium' | 'low'>,
  mode: fc.constantFrom('in-person', 'remote') as fc.Arbitrary<'in-person' | 'remote'>,
  weekdays: fc.subarray([1, 2, 3, 4, 5, 6, 7] as Weekday[], { minLength: 1 }),
  requiredTags: sometimes(fc.subarray(TAGS, { minLength: 1 })),
  professionalFirst: fc.integer({ min: 0, max: 5 }).map((k) => k === 0),
  peerConfirmed: fc.boolean(),
}

/** Windows in minutes after midnight. */
type NeedShape = { slotStart: number; slotLength: number; duration: number }

// A few shared start times, so that needs compete for the same helpers at the same hour.
const needArb = fc.record({
  ...needFields,
  slotStart: fc.constantFrom(14, 16, 18, 25, 34, 36, 40).map((h) => h * 30),
  slotLength: fc.integer({ min: 1, max: 7 }).map((h) => h * 30),
  duration: fc.constantFrom(15, 30, 45, 60, 90),
})

// Every need opens at its own quarter hour and stays open from a quarter hour to four hours:
// a helper's possible tasks overlap in chains, not at a few shared hours.
const staggeredNeedArb = fc.record({
  ...needFields,
  slotStart: fc.integer({ min: 28, max: 78 }).map((q) => q * 15),
  slotLength: fc.integer({ min: 1, max: 16 }).map((q) => q * 15),
  duration: fc.integer({ min: 1, max: 8 }).map((q) => q * 15),
})

type NeedDraw = { [K in keyof typeof needFields]: (typeof needFields)[K] extends fc.Arbitrary<infer T> ? T : never } & NeedShape

const circleOf = (needs: fc.Arbitrary<NeedDraw>) => fc.record({
  timeZone: fc.constantFrom(...ZONES),
  monday: fc.constantFrom(...MONDAYS),
  weeks: fc.integer({ min: 1, max: 3 }),
  helpers: fc.array(helperArb, { minLength: 2, maxLength: 6 }),
  needs: fc.array(needs, { minLength: 1, maxLength: 4 }),
  excluded: fc.subarray(NAMES, { maxLength: 1 }),
  offLimits: fc.array(weeklyRangeArb, { maxLength: 3 }),
  cancelled: fc.array(fc.nat(), { maxLength: 4 }),
  nowDay: sometimes(fc.integer({ min: 0, max: 20 })),
  twins: fc.integer({ min: 0, max: 2 }),
}).map((c): PlanInput => {
  const dates = days(c.monday, c.weeks * 7)
  const needs = c.needs.map((n, i) => makeNeed(`n${i}`, {
    kind: n.kind, priority: n.priority, mode: n.mode,
    requiredTags: n.requiredTags ?? [],
    safety: { professionalFirst: n.professionalFirst, peerConfirmed: n.peerConfirmed },
    timing: {
      recurrence: { kind: 'weekly', weekdays: n.weekdays },
      slots: [{ start: minuteClock(n.slotStart), end: minuteClock(n.slotStart + n.slotLength), spanDays: 1 }],
      durationMinutes: Math.min(n.duration, n.slotLength),
      startDate: c.monday, endDate: dates[dates.length - 1],
    },
  }))
  const occurrences = needs.flatMap((need, i) =>
    occurrencesOf(need, dates, minuteClock(c.needs[i].slotStart), minuteClock(c.needs[i].slotStart + c.needs[i].slotLength),
      { weekdays: c.needs[i].weekdays, timeZone: c.timeZone }))
  // Twins (same name, same offer) make ties, which only ids may break.
  const people = [...c.helpers, ...c.helpers.slice(0, c.twins)]
  const helpers = people.map((h, i) => makeHelper(`h${i}`, { name: h.name, tags: h.tags }))
  const offers = people.flatMap((h, i) => h.offer ? [makeOffer(`h${i}`, {
    kinds: h.offer.kinds, windows: h.offer.windows, mode: h.offer.mode, weeklyLimit: h.offer.weeklyLimit,
    from: h.offer.fromDay === null ? null : addDays(c.monday, h.offer.fromDay),
    until: h.offer.untilDay === null ? null : addDays(c.monday, h.offer.untilDay),
  })] : [])
  return makeInput({
    timeZone: c.timeZone,
    now: c.nowDay === null ? at(addDays(c.monday, -1), '12:00', c.timeZone) : at(addDays(c.monday, c.nowDay), '12:00', c.timeZone),
    needs, occurrences, helpers, offers,
    boundaries: {
      excludedPeople: c.excluded.map((name, i) => ({ id: `x${i}`, name: i % 2 ? name.toLowerCase() : ` ${name} `, note: '' })),
      offLimits: c.offLimits.map((r, i) => ({ id: `o${i}`, ...r })),
    },
    statuses: occurrences.length === 0 ? [] : [...new Set(c.cancelled.map((k) => occurrences[k % occurrences.length].id))]
      .map((occurrenceId) => ({ occurrenceId, status: 'cancelled' as const, coveredBy: null, note: '', at: 0 })),
  })
})

export const circleArb: fc.Arbitrary<PlanInput> = circleOf(needArb)
/** Needs at staggered quarter hours with windows of mixed lengths: overlap groups hold chains. */
export const staggeredCircleArb: fc.Arbitrary<PlanInput> = circleOf(staggeredNeedArb)

// ——— the independent checker ———

const QUARTER = 15 * 60_000
const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3))
export const squash = (text: string) => text.toLowerCase().replace(/\s/g, '')

export function wallClock(instant: number, timeZone: string) {
  const d = new TZDate(instant, timeZone)
  const date: LocalDate = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
  return { date, weekday: ((d.getDay() + 6) % 7) + 1, minute: d.getHours() * 60 + d.getMinutes() }
}

export function readsInRange(range: WeeklyTimeRange, wall: ReturnType<typeof wallClock>): boolean {
  const start = minutesOf(range.start)
  const end = range.end === '23:59' ? 1440 : minutesOf(range.end)
  if (end > start) return wall.weekday === range.weekday && wall.minute >= start && wall.minute < end
  if (end === start) return false
  return (wall.weekday === range.weekday && wall.minute >= start) || (wall.weekday === (range.weekday % 7) + 1 && wall.minute < end)
}

export function mondayOf(date: LocalDate): LocalDate {
  const [y, m, d] = date.split('-').map(Number)
  const weekday = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7
  return addDays(date, -weekday)
}

/** Every hard rule the plan breaks, in words; empty when it breaks none. */
export function brokenRules(input: PlanInput, result: Plan): string[] {
  const broken: string[] = []
  const tz = input.timeZone
  const cancelled = new Set((input.statuses ?? []).filter((s) => s.status === 'cancelled').map((s) => s.occurrenceId))
  const excluded = new Set(input.boundaries.excludedPeople.map((p) => squash(p.name)))
  const primaries = new Map<string, { start: number; end: number; week: string; id: string }[]>()
  const backups = new Map<string, { start: number; end: number; week: string; id: string }[]>()
  const later: { p: Plan['placements'][number]; earlier: number; duration: number }[] = []
  const seen = new Map<string, string>()
  for (const p of result.placements) {
    const say = (what: string) => broken.push(`${p.role} ${p.helperId} on ${p.occurrenceId}: ${what}`)
    const occurrence = input.occurrences.find((o) => o.id === p.occurrenceId)!
    const need = input.needs.find((n) => n.id === occurrence.needId)!
    const helper = input.helpers.find((h) => h.id === p.helperId)!
    const offer = input.offers.find((o) => o.helperId === p.helperId)
    const key = `${p.occurrenceId}/${p.role}`
    if (seen.has(key)) say('twice in one role')
    seen.set(key, p.helperId)
    if (cancelled.has(occurrence.id)) say('cancelled')
    if (!p.fromAccepted && occurrence.windowEnd <= input.now) say('newly planned in the past')
    if (excluded.has(squash(helper.name))) say('excluded person')
    if (need.safety.professionalFirst && !need.safety.peerConfirmed) say('professional first')
    if (!offer) { say('no offer'); continue }
    if (!offer.kinds.includes(need.kind)) say('kind not offered')
    if (need.mode === 'in-person' && offer.mode === 'remote-only') say('remote only')
    if (!need.requiredTags.every((t) => helper.tags.some((h) => h.trim().toLowerCase() === t.toLowerCase()))) say('tags')
    const duration = need.timing.durationMinutes * 60_000
    const fits = (start: number) => {
      if (start < occurrence.windowStart || start + duration > occurrence.windowEnd) return false
      for (let t = start; t < start + duration; t += QUARTER) {
        const wall = wallClock(t, tz)
        if (!offer.windows.some((w) => readsInRange(w, wall))) return false
        if ((offer.from && wall.date < offer.from) || (offer.until && wall.date > offer.until)) return false
        if (need.mode === 'in-person' && input.boundaries.offLimits.some((r) => readsInRange(r, wall))) return false
      }
      return true
    }
    if (!fits(p.start)) say('outside window, availability, offer dates or in off-limits time')
    else if (fits(p.start - QUARTER)) later.push({ p, earlier: p.start - QUARTER, duration })
    const list = (p.role === 'primary' ? primaries : backups).get(p.helperId) ?? []
    list.push({ start: p.start, end: p.start + duration, week: mondayOf(wallClock(p.start, tz).date), id: p.occurrenceId })
    ;(p.role === 'primary' ? primaries : backups).set(p.helperId, list)
  }
  // A task may start later than its earliest start only to make room for the helper's other
  // bookings: a quarter earlier it would overlap one of them (at their planned starts).
  for (const { p, earlier, duration } of later) {
    const own = [...primaries.get(p.helperId) ?? [], ...backups.get(p.helperId) ?? []]
    if (!own.some((b) => b.id !== p.occurrenceId && b.start < earlier + duration && earlier < b.end)) {
      broken.push(`${p.role} ${p.helperId} on ${p.occurrenceId}: later than it need be`)
    }
  }
  // A backup is free then: not busy with their own task, nor backing up another at the same time.
  for (const [helperId, list] of backups) {
    for (const b of list) for (const a of primaries.get(helperId) ?? []) {
      if (a.start < b.end && b.start < a.end) broken.push(`${helperId}: backup on ${b.id} while doing ${a.id}`)
    }
    for (const a of list) for (const b of list) {
      if (a.id < b.id && a.start < b.end && b.start < a.end) broken.push(`${helperId}: backup on ${a.id} and on ${b.id} at once`)
    }
  }
  for (const [occurrenceKey, helperId] of seen) {
    const [id, role] = occurrenceKey.split('/')
    if (role === 'backup' && seen.get(`${id}/primary`) === helperId) broken.push(`${helperId} is primary and backup on ${id}`)
  }
  for (const [helperId, list] of primaries) {
    const limit = input.offers.find((o) => o.helperId === helperId)!.weeklyLimit
    const perWeek = new Map<string, number>()
    for (const b of list) perWeek.set(b.week, (perWeek.get(b.week) ?? 0) + 1)
    for (const [week, count] of perWeek) if (count > limit) broken.push(`${helperId}: ${count} > ${limit} in week of ${week}`)
    for (const a of list) for (const b of list) {
      if (a.id < b.id && a.start < b.end && b.start < a.end) broken.push(`${helperId}: ${a.id} overlaps ${b.id}`)
    }
  }
  return broken
}
