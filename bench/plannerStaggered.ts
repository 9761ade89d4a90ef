/**
 * A second family of planner circles, built unlike plannerInstances.ts so that the planner is
 * not measured only on the shapes it was tuned on: every need opens at its own quarter hour
 * between 07:00 and 20:45 and stays open for anything from half an hour to four hours; a task
 * takes a quarter hour to two hours; helpers offer one to three blocks of one to twelve hours
 * that start at any quarter hour on their own choice of days, with weekly limits from 1 to 10.
 * So a helper's possible tasks overlap in chains (9:00–10:00, 9:45–11:15, 10:30–12:30 …)
 * rather than at a few shared hours.
 *
 * Built independently of the app's schedule code too: occurrences are made here, day by day,
 * with TZDate in America/New_York (no clock change in the 12 weeks from the start), from a
 * different random source (mulberry32, as tests/helpers/connector.ts has it — not imported from
 * there, since that module loads vitest). Every time sits on a 15-minute grid, so the
 * independent optimum (tests/unit/domain/planner/optimum.ts) reads it exactly.
 */
import { TZDate } from '@date-fns/tz'
import type { Helper, LocalDate, Need, Occurrence, Offer, Priority, TaskKind, Weekday, WeeklyTimeRange } from '../src/domain/model'
import type { PlanInput } from '../src/domain/planner'
import type { CircleSize } from './plannerInstances'

export const STAGGERED_ZONE = 'America/New_York'
/** A Monday; clocks in New York next change on 2026-11-01. */
export const STAGGERED_START: LocalDate = '2026-04-13'

const KINDS: TaskKind[] = ['meal', 'ride', 'errand', 'dog-walk', 'plant-watering', 'mail', 'call', 'visit', 'reminder', 'accompaniment', 'other']
const WINDOW_MINUTES = [30, 45, 60, 90, 120, 150, 180, 240]

/** mulberry32: a small, well-mixed 32-bit generator (not the LCG the other family uses). */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32
  }
}

const clock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`

function dateAfter(start: LocalDate, days: number): LocalDate {
  const [y, m, d] = start.split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10)
}

const instant = (date: LocalDate, minutes: number) => {
  const [y, m, d] = date.split('-').map(Number)
  return new TZDate(y, m - 1, d, Math.floor(minutes / 60), minutes % 60, STAGGERED_ZONE).getTime()
}

export function staggeredCircle(size: CircleSize, seed = 1): PlanInput {
  const random = seededRandom(seed * 1_000_003 ^ (size.helpers << 16) ^ (size.needs << 4) ^ size.weeks)
  const below = (n: number) => Math.floor(random() * n)
  const pick = <T>(items: readonly T[]) => items[below(items.length)]
  const days = size.weeks * 7
  const dates = Array.from({ length: days }, (_, i) => dateAfter(STAGGERED_START, i))
  const weekdayOf = (i: number) => ((i % 7) + 1) as Weekday
  const someWeekdays = (): Weekday[] => {
    const count = 1 + below(7)
    return [...new Set(Array.from({ length: count }, () => (1 + below(7)) as Weekday))].sort((a, b) => a - b)
  }

  const needs: Need[] = []
  const occurrences: Occurrence[] = []
  for (let i = 0; i < size.needs; i++) {
    const opens = 7 * 60 + 15 * below(56) // 07:00 … 20:45
    const length = pick(WINDOW_MINUTES)
    const duration = Math.min(length, 15 * (1 + below(8)))
    const r = random()
    const priority: Priority = r < 0.3 ? 'high' : r < 0.7 ? 'medium' : 'low'
    const kind = pick(KINDS)
    // On chosen weekdays, or on scattered dates (each day with its own chance).
    const weekdays = random() < 0.7 ? someWeekdays() : null
    const chance = 0.3 + random() * 0.6
    const onDays = dates.filter((_, d) => (weekdays ? weekdays.includes(weekdayOf(d)) : random() < chance))
    const id = `s${String(i).padStart(3, '0')}`
    needs.push({
      id, title: `${kind} ${i}`, category: 'practical', kind, priority,
      timing: {
        recurrence: { kind: 'dates', dates: onDays },
        slots: [{ start: clock(opens), end: clock((opens + length) % (24 * 60)), spanDays: 1 }],
        durationMinutes: duration, startDate: STAGGERED_START, endDate: dates[dates.length - 1],
      },
      mode: kind === 'call' || kind === 'reminder' ? 'remote' : 'in-person',
      sensitive: false, assignedDetails: '', shareDetails: false, privateDetails: '',
      requiredTags: kind === 'ride' && random() < 0.4 ? ['car'] : [],
      safety: { professionalFirst: false, peerConfirmed: false }, source: 'coordinator', createdAt: 0,
    })
    for (const date of onDays) {
      occurrences.push({
        id: `${id}:${date}:${clock(opens)}`, needId: id, date, weekday: weekdayOf(dates.indexOf(date)), slotKey: clock(opens),
        windowStart: instant(date, opens), windowEnd: instant(date, opens + length), durationMinutes: duration,
      })
    }
  }

  const helpers: Helper[] = []
  const offers: Offer[] = []
  for (let i = 0; i < size.helpers; i++) {
    const id = `g${String(i).padStart(3, '0')}`
    helpers.push({ id, name: `Helper ${i}`, contact: '', relation: 'neighbour', tags: random() < 0.3 ? ['car'] : [], createdAt: 0 })
    const windows: WeeklyTimeRange[] = []
    for (let block = 1 + below(3); block > 0; block--) {
      const start = 6 * 60 + 15 * below(57) // 06:00 … 20:00
      const end = Math.min(23 * 60 + 45, start + 60 * (1 + below(12)))
      for (const weekday of someWeekdays()) windows.push({ weekday, start: clock(start), end: clock(end) })
    }
    offers.push({
      helperId: id, kinds: [...new Set(Array.from({ length: 2 + below(4) }, () => pick(KINDS)))], windows,
      mode: random() < 0.1 ? 'remote-only' : 'any', weeklyLimit: pick([1, 2, 2, 3, 3, 4, 5, 7, 10]), from: null, until: null,
    })
  }
  return {
    timeZone: STAGGERED_ZONE,
    now: instant(dateAfter(STAGGERED_START, -1), 12 * 60),
    occurrences, needs, helpers, offers,
    boundaries: { excludedPeople: [], offLimits: [] },
    accepted: [],
    statuses: [],
  }
}
