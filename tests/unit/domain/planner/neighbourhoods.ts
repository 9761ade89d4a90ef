/**
 * Random circles made the way the app makes them, unlike circles.ts and fixtures.ts: whole
 * needs with the recurrences people choose (daily, weekdays, every N days, several times a
 * day, "any time that day"), expanded by the app's own planInputOf over its own horizon, in
 * zones the other generators don't use. Helpers come in the shapes a real circle has: regulars
 * who offer a lot, people who asked to be backup only, people free one evening a week, people
 * who offered what nobody needs, people without an offer yet, people away.
 *
 * Every circle has one medium-priority daily visit, which only a visitor (and the regulars and
 * backup-only people) offered, and someone who offered to be backup only, free every day: a
 * property about medium backups always has something to check.
 */
import fc from 'fast-check'
import type { Helper, LocalDate, Need, Offer, Priority, Recurrence, TaskKind, TimeSlot, Weekday } from '../../../../src/domain/model'
import { planInputOf, type PlanInput } from '../../../../src/domain/planner'
import { instantOf } from '../../../../src/domain/dates'

const ZONES = ['Asia/Tokyo', 'Europe/London', 'America/Sao_Paulo', 'Australia/Sydney']
const STARTS: LocalDate[] = ['2026-01-12', '2026-03-23', '2026-10-19', '2026-07-06']
const KINDS: TaskKind[] = ['meal', 'errand', 'dog-walk', 'plant-watering', 'call', 'mail']
const EVERY_DAY: Weekday[] = [1, 2, 3, 4, 5, 6, 7]

const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`

const addDays = (date: LocalDate, n: number): LocalDate => {
  const [y, m, d] = date.split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10)
}

const recurrenceArb: fc.Arbitrary<Recurrence> = fc.oneof(
  fc.constant<Recurrence>({ kind: 'daily' }),
  fc.subarray(EVERY_DAY, { minLength: 1, maxLength: 4 }).map((weekdays): Recurrence => ({ kind: 'weekly', weekdays })),
  fc.integer({ min: 2, max: 4 }).map((interval): Recurrence => ({ kind: 'every-n-days', interval })),
)

/** One slot in the day (from 07:00 to 21:00, on the hour), two slots, or "any time that day". */
const slotsArb: fc.Arbitrary<TimeSlot[]> = fc.oneof(
  fc.record({ start: fc.integer({ min: 7, max: 19 }), hours: fc.integer({ min: 1, max: 3 }) })
    .map(({ start, hours }) => [{ start: hhmm(start * 60), end: hhmm((start + hours) * 60), spanDays: 1 }]),
  fc.constant<TimeSlot[]>([{ start: '08:00', end: '10:00', spanDays: 1 }, { start: '17:00', end: '19:00', spanDays: 1 }]),
  fc.constant<TimeSlot[]>([{ start: null, end: null, spanDays: 1 }]),
)

const needArb = fc.record({
  title: fc.constantFrom('Soup on the doorstep', 'Pharmacy run', 'Walk Pepper', 'Water the ferns', 'Evening call', 'Post and parcels'),
  kind: fc.constantFrom(...KINDS),
  priority: fc.constantFrom<Priority>('high', 'medium', 'medium', 'low'),
  recurrence: recurrenceArb,
  slots: slotsArb,
  duration: fc.constantFrom(20, 30, 45, 60),
  weeks: fc.integer({ min: 1, max: 3 }),
  /** Emotional needs ask the safety question: answered "no" (plannable) or not yet (held back). */
  answered: fc.boolean(),
})

type Shape = 'visitor' | 'regular' | 'backup-only' | 'one-evening' | 'other-kinds' | 'no-offer' | 'away'
const NAMES = ['Ines', 'Tomasz', 'Priya', 'Kofi', 'Mei', 'Rafael', 'Yusuf', 'Greta', 'Lorenzo', 'Aiko']

export interface Neighbourhood {
  input: PlanInput
  /** Helper id → how the circle was drawn, for reading a failure. */
  shapes: Record<string, Shape>
}

export const neighbourhoodArb: fc.Arbitrary<Neighbourhood> = fc.record({
  timeZone: fc.constantFrom(...ZONES),
  start: fc.constantFrom(...STARTS),
  nowDay: fc.integer({ min: 0, max: 4 }),
  nowHour: fc.integer({ min: 6, max: 22 }),
  needs: fc.array(needArb, { minLength: 1, maxLength: 4 }),
  /** Always one medium need, a daily visit (a kind the other needs never have), one slot. */
  medium: fc.record({ start: fc.integer({ min: 8, max: 18 }) }),
  others: fc.array(fc.constantFrom<Shape>('regular', 'backup-only', 'one-evening', 'other-kinds', 'no-offer', 'away'), { maxLength: 6 }),
  limits: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 8, maxLength: 8 }),
  evening: fc.constantFrom<Weekday>(1, 2, 3, 4, 5, 6, 7),
}).map((c): Neighbourhood => {
  const end = addDays(c.start, 20)
  const need = (id: string, fields: Partial<Need> & Pick<Need, 'title' | 'kind' | 'priority' | 'timing'>): Need => ({
    id, category: fields.kind === 'call' ? 'emotional' : 'practical', mode: fields.kind === 'call' ? 'remote' : 'in-person',
    sensitive: false, assignedDetails: '', shareDetails: false, privateDetails: '', requiredTags: [],
    safety: { professionalFirst: false, peerConfirmed: false, riskAnswer: 'no' }, source: 'coordinator', createdAt: 1, ...fields,
  })
  const needs: Need[] = [
    need('need-medium', {
      title: 'Afternoon visit', kind: 'visit', priority: 'medium',
      timing: { recurrence: { kind: 'daily' }, slots: [{ start: hhmm(c.medium.start * 60), end: hhmm((c.medium.start + 2) * 60), spanDays: 1 }], durationMinutes: 30, startDate: c.start, endDate: addDays(c.start, 13) },
    }),
    ...c.needs.map((n, i) => need(`need-${i}`, {
      title: n.title, kind: n.kind, priority: n.priority,
      safety: { professionalFirst: false, peerConfirmed: false, riskAnswer: n.kind === 'call' && !n.answered ? null : 'no' },
      timing: { recurrence: n.recurrence, slots: n.slots, durationMinutes: n.duration, startDate: c.start, endDate: addDays(c.start, n.weeks * 7 - 1) },
    })),
  ]
  const shapes: Shape[] = ['visitor', 'regular', 'backup-only', ...c.others]
  const helpers: Helper[] = shapes.map((_, i) => ({
    id: `person-${i}`, name: NAMES[i % NAMES.length], contact: '', relation: 'neighbour', tags: [], createdAt: i,
  }))
  const wide = EVERY_DAY.map((weekday) => ({ weekday, start: '06:00', end: '23:00' }))
  const offers: Offer[] = shapes.flatMap((shape, i): Offer[] => {
    const base: Offer = { helperId: `person-${i}`, kinds: [...KINDS, 'visit'], windows: wide, from: null, until: null, mode: 'any', weeklyLimit: c.limits[i % c.limits.length] }
    switch (shape) {
      case 'visitor': return [{ ...base, kinds: ['visit'], weeklyLimit: 7 }]
      case 'regular': return [{ ...base, weeklyLimit: base.weeklyLimit + 3 }]
      case 'backup-only': return [{ ...base, weeklyLimit: 0 }]
      case 'one-evening': return [{ ...base, windows: [{ weekday: c.evening, start: '19:00', end: '21:00' }] }]
      case 'other-kinds': return [{ ...base, kinds: ['ride', 'accompaniment'] }]
      case 'away': return [base]
      case 'no-offer': return []
    }
  })
  const away = shapes.flatMap((shape, i) => (shape === 'away' ? [{ helperId: `person-${i}`, from: c.start, until: end }] : []))
  const input = planInputOf({
    circle: { timeZone: c.timeZone, startDate: c.start, endDate: end },
    needs, helpers, offers: Object.fromEntries(offers.map((o) => [o.helperId, o])),
    boundaries: { excludedPeople: [], offLimits: [] }, assignments: [], statuses: {}, away,
  }, instantOf(addDays(c.start, c.nowDay), hhmm(c.nowHour * 60), c.timeZone))
  return { input, shapes: Object.fromEntries(shapes.map((shape, i) => [`person-${i}`, shape])) }
})
