/**
 * Random but realistic circles for the planner bench: needs of every kind with the times
 * people keep (dinners at 18:00, morning and evening dog walks, afternoon visits), helpers who
 * offer two to four kinds in one or two habitual windows ("weekday evenings", "weekends"),
 * limits of 1–5 a week, some remote only, some with a car or a language, the odd excluded
 * person and a quiet Sunday afternoon. Every time sits on a 15-minute grid, away from the
 * hours clocks change, so the independent checker in tests/…/optimum.ts reads it exactly.
 */
import { addDays } from '../src/domain/dates'
import type { Helper, LocalDate, Need, Offer, Priority, TaskKind, Weekday, WeeklyTimeRange } from '../src/domain/model'
import type { PlanInput } from '../src/domain/planner'
import { expandNeeds } from '../src/domain/schedule'
import { seeded } from './fixtures'

export const PLANNER_ZONE = 'Europe/Berlin'
/** A Monday well clear of clock changes for 12 weeks. */
export const PLANNER_START: LocalDate = '2026-04-06'

export interface CircleSize {
  helpers: number
  needs: number
  weeks: number
}

const KINDS: [TaskKind, number, number[]][] = [
  // kind, weight, usual start hours
  ['meal', 20, [17, 18]], ['dog-walk', 15, [7, 18]], ['call', 15, [10, 16, 19]], ['ride', 10, [8, 10, 14]],
  ['errand', 10, [9, 11, 15]], ['visit', 8, [14, 16]], ['plant-watering', 5, [9]], ['mail', 5, [11]],
  ['reminder', 5, [8, 20]], ['accompaniment', 4, [9, 13]], ['other', 3, [10, 15]],
]
const ALL_DAYS: Weekday[] = [1, 2, 3, 4, 5, 6, 7]
const WEEKDAYS: Weekday[] = [1, 2, 3, 4, 5]
const PATTERNS: [Weekday[], string, string][] = [
  [WEEKDAYS, '17:00', '21:00'], [[6, 7], '09:00', '18:00'], [WEEKDAYS, '07:00', '10:00'],
  [[1, 3, 5], '09:00', '17:00'], [[2, 4], '09:00', '17:00'], [ALL_DAYS, '08:00', '21:00'], [[2, 4, 6], '14:00', '20:00'],
]
const NAMES = ['Ana', 'Bo', 'Chris', 'Dana', 'Eli', 'Fran', 'Gus', 'Hana', 'Ivo', 'Jo', 'Kim', 'Lee', 'Mo', 'Noor', 'Oli', 'Pat']

export function plannerCircle(size: CircleSize, seed = 1): PlanInput {
  const random = seeded(seed * 7919 + size.helpers * 31 + size.needs * 7 + size.weeks)
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]
  const chance = (p: number) => random() < p
  const weighted = () => {
    let r = random() * KINDS.reduce((s, k) => s + k[1], 0)
    for (const kind of KINDS) if ((r -= kind[1]) < 0) return kind
    return KINDS[0]
  }
  const end = addDays(PLANNER_START, size.weeks * 7 - 1)
  const hh = (h: number, m = 0) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`

  const needs: Need[] = Array.from({ length: size.needs }, (_, i) => {
    const [kind, , hours] = weighted()
    const r = random()
    const days = [...new Set([pick(ALL_DAYS), pick(ALL_DAYS), pick(ALL_DAYS)].slice(0, 1 + Math.floor(random() * 3)))].sort()
    const start = pick(hours)
    const windowHours = pick([1, 1, 2, 2, 3])
    const duration = Math.min(pick([30, 30, 45, 60]), windowHours * 60)
    const priority: Priority = r < 0.25 ? 'high' : r < 0.7 ? 'medium' : 'low'
    const recurrence = chance(0.25) ? { kind: 'daily' as const }
      : chance(0.65) ? { kind: 'weekly' as const, weekdays: days }
        : chance(0.6) ? { kind: 'every-n-days' as const, interval: 2 + Math.floor(random() * 3) }
          : { kind: 'once' as const, date: addDays(PLANNER_START, Math.floor(random() * size.weeks * 7)) }
    return {
      id: `n${String(i).padStart(3, '0')}`, title: `${kind} ${i}`, category: 'practical', kind, priority,
      timing: {
        recurrence, slots: [{ start: hh(start), end: hh(start + windowHours), spanDays: 1 }],
        durationMinutes: duration, startDate: PLANNER_START, endDate: end,
      },
      mode: kind === 'call' || kind === 'reminder' ? 'remote' : 'in-person',
      sensitive: false, assignedDetails: '', shareDetails: false, privateDetails: '',
      requiredTags: kind === 'ride' && chance(0.5) ? ['car'] : chance(0.05) ? ['spanish'] : [],
      safety: { professionalFirst: false, peerConfirmed: false }, source: 'coordinator', createdAt: 0,
    } satisfies Need
  })

  const helpers: Helper[] = []
  const offers: Offer[] = []
  for (let i = 0; i < size.helpers; i++) {
    const id = `h${String(i).padStart(3, '0')}`
    helpers.push({
      id, name: `${pick(NAMES)} ${i}`, contact: '', relation: 'friend', createdAt: 0,
      tags: [...(chance(0.3) ? ['car'] : []), ...(chance(0.1) ? ['spanish'] : [])],
    })
    const kinds = [...new Set(Array.from({ length: 2 + Math.floor(random() * 3) }, () => weighted()[0]))]
    const patterns = [...new Set([pick(PATTERNS), ...(chance(0.4) ? [pick(PATTERNS)] : [])])]
    const windows: WeeklyTimeRange[] = patterns.flatMap(([days, start, finish]) => days.map((weekday) => ({ weekday, start, end: finish })))
    const dated = chance(0.15)
    offers.push({
      helperId: id, kinds, windows, mode: chance(0.15) ? 'remote-only' : 'any',
      weeklyLimit: pick([1, 2, 2, 2, 2, 3, 3, 5]),
      from: dated ? addDays(PLANNER_START, Math.floor(random() * size.weeks * 3)) : null,
      until: dated ? addDays(PLANNER_START, size.weeks * 4 + Math.floor(random() * size.weeks * 3)) : null,
    })
  }
  const occurrences = expandNeeds(needs, { circleStart: PLANNER_START, circleEnd: end, timeZone: PLANNER_ZONE, from: PLANNER_START, to: end })
  return {
    timeZone: PLANNER_ZONE,
    now: Date.parse(`${PLANNER_START}T00:00:00Z`) - 86_400_000,
    occurrences, needs, helpers, offers,
    boundaries: {
      excludedPeople: chance(0.5) ? [{ id: 'x0', name: helpers[0].name, note: '' }] : [],
      offLimits: chance(0.5) ? [{ id: 'quiet', weekday: 7, start: '13:00', end: '15:00' }] : [],
    },
    accepted: [],
    statuses: [],
  }
}
