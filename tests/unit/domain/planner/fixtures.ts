/**
 * Small hand-built circles for the planner tests. Occurrences are built here directly with
 * TZDate (not with src/domain/schedule), so the planner is tested on inputs we control.
 */
import { TZDate } from '@date-fns/tz'
import type {
  Assignment, Boundaries, Helper, Instant, LocalDate, LocalTime, Need, Occurrence, Offer, TaskKind, Weekday,
  WeeklyTimeRange,
} from '../../../../src/domain/model'
import type { PlanInput } from '../../../../src/domain/planner'

export const BERLIN = 'Europe/Berlin'
export const AUCKLAND = 'Pacific/Auckland'

/** The instant at which the clock in `timeZone` shows `time` on `date`. */
export function at(date: LocalDate, time: LocalTime, timeZone: string = BERLIN): Instant {
  const [y, m, d] = date.split('-').map(Number)
  const [h, min] = time.split(':').map(Number)
  return new TZDate(y, m - 1, d, h, min, timeZone).getTime()
}

export function weekdayOf(date: LocalDate): Weekday {
  const [y, m, d] = date.split('-').map(Number)
  return (((new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7) + 1) as Weekday
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const [y, m, d] = date.split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10)
}

/** `count` consecutive dates from `from`. */
export function days(from: LocalDate, count: number): LocalDate[] {
  return Array.from({ length: count }, (_, i) => addDays(from, i))
}

export const range = (weekday: Weekday, start: LocalTime, end: LocalTime): WeeklyTimeRange => ({ weekday, start, end })

/** The same time range on several weekdays. */
export const ranges = (weekdays: readonly Weekday[], start: LocalTime, end: LocalTime): WeeklyTimeRange[] =>
  weekdays.map((w) => range(w, start, end))

export const WEEKDAYS_MON_FRI: Weekday[] = [1, 2, 3, 4, 5]
export const EVERY_DAY: Weekday[] = [1, 2, 3, 4, 5, 6, 7]

export function makeNeed(id: string, overrides: Partial<Need> = {}): Need {
  const kind: TaskKind = overrides.kind ?? 'meal'
  return {
    id,
    title: id,
    category: 'practical',
    kind,
    priority: 'medium',
    timing: {
      recurrence: { kind: 'daily' },
      slots: [{ start: '18:00', end: '20:00', spanDays: 1 }],
      durationMinutes: 30,
      startDate: null,
      endDate: null,
    },
    mode: 'in-person',
    sensitive: false,
    assignedDetails: '',
    shareDetails: false,
    privateDetails: '',
    requiredTags: [],
    safety: { professionalFirst: false, peerConfirmed: false },
    source: 'coordinator',
    createdAt: 0,
    ...overrides,
  }
}

export function makeHelper(id: string, overrides: Partial<Helper> = {}): Helper {
  return { id, name: id, contact: '', relation: 'friend', tags: [], createdAt: 0, ...overrides }
}

export function makeOffer(helperId: string, overrides: Partial<Offer> = {}): Offer {
  return {
    helperId,
    kinds: ['meal'],
    windows: ranges(EVERY_DAY, '08:00', '22:00'),
    from: null,
    until: null,
    mode: 'any',
    weeklyLimit: 2,
    ...overrides,
  }
}

/** One occurrence of `need` on `date`, its window `start`–`end` local time (end may pass midnight). */
export function makeOccurrence(
  need: Need, date: LocalDate, start: LocalTime, end: LocalTime, timeZone: string = BERLIN,
): Occurrence {
  const windowEnd = end > start ? at(date, end, timeZone) : at(addDays(date, 1), end, timeZone)
  return {
    id: `${need.id}:${date}:${start}`,
    needId: need.id,
    date,
    weekday: weekdayOf(date),
    slotKey: start,
    windowStart: at(date, start, timeZone),
    windowEnd,
    durationMinutes: need.timing.durationMinutes,
  }
}

/** Occurrences of `need` on each of `dates` that falls on one of `weekdays`. */
export function occurrencesOf(
  need: Need, dates: readonly LocalDate[], start: LocalTime, end: LocalTime,
  options: { weekdays?: readonly Weekday[]; timeZone?: string } = {},
): Occurrence[] {
  const weekdays = options.weekdays ?? EVERY_DAY
  return dates.filter((d) => weekdays.includes(weekdayOf(d))).map((d) => makeOccurrence(need, d, start, end, options.timeZone))
}

export const noBoundaries = (): Boundaries => ({ excludedPeople: [], offLimits: [] })

export function makeInput(overrides: Partial<PlanInput> = {}): PlanInput {
  return {
    timeZone: BERLIN,
    now: at('2000-01-01', '00:00'),
    occurrences: [],
    needs: [],
    helpers: [],
    offers: [],
    boundaries: noBoundaries(),
    accepted: [],
    statuses: [],
    ...overrides,
  }
}

export function makeAssignment(id: string, overrides: Partial<Assignment> & Pick<Assignment, 'needId' | 'helperId'>): Assignment {
  return {
    id,
    slotKey: '18:00',
    weekdays: EVERY_DAY,
    from: '2000-01-01',
    until: '2100-01-01',
    role: 'primary',
    accepted: true,
    override: null,
    ...overrides,
  }
}
