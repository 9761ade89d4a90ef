import { english } from '../../../helpers/plannerWords'
/**
 * Nobody silently left out (leftOut.ts) and backups for medium-priority needs from reserve
 * (solver/backups.ts), on circles made the way the app makes them (neighbourhoods.ts), not on
 * the planner's other fixtures. The checks read the plan's placements and ask whoCouldFill, not
 * the code that chose the reasons.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Helper, LocalDate, Need, Offer, Weekday } from '../../../../src/domain/model'
import { plan, planInputOf, whoCouldFill, type Plan, type PlanInput } from '../../../../src/domain/planner'
import { instantOf } from '../../../../src/domain/dates'
import { brokenRules, mondayOf } from './circles'
import { neighbourhoodArb } from './neighbourhoods'

const RUNS = { numRuns: 40 }
const TIMEOUT = 60_000

const liveIds = (input: PlanInput) => new Set(input.occurrences.filter((o) => o.windowEnd > input.now).map((o) => o.id))

/** Helpers doing something themselves from now on. */
function withOwnTask(input: PlanInput, result: Plan): Set<string> {
  const live = liveIds(input)
  return new Set(result.placements.filter((p) => p.role === 'primary' && live.has(p.occurrenceId)).map((p) => p.helperId))
}

/** "helper/Monday" for every week a helper does something themselves: they are not in reserve that week. */
function busyWeeks(input: PlanInput, result: Plan): Set<string> {
  const dateOf = new Map(input.occurrences.map((o) => [o.id, o.date]))
  const busy = new Set(result.placements.filter((p) => p.role === 'primary').map((p) => `${p.helperId}/${mondayOf(dateOf.get(p.occurrenceId)!)}`))
  return busy
}

function overlapsOfOneHelper(input: PlanInput, result: Plan): string[] {
  const duration = new Map(input.occurrences.map((o) => [o.id, o.durationMinutes * 60_000]))
  const found: string[] = []
  for (const a of result.placements) for (const b of result.placements) {
    if (a.helperId !== b.helperId || a === b || `${a.occurrenceId}/${a.role}` >= `${b.occurrenceId}/${b.role}`) continue
    if (a.start < b.start + duration.get(b.occurrenceId)! && b.start < a.start + duration.get(a.occurrenceId)!) {
      found.push(`${a.helperId}: ${a.role} ${a.occurrenceId} and ${b.role} ${b.occurrenceId}`)
    }
  }
  return found
}

describe('backups for medium-priority needs', () => {
  it('come only from someone in reserve, wherever one fits, never booking anyone twice at once', () => {
    fc.assert(fc.property(neighbourhoodArb, ({ input }) => {
      const result = plan(input)
      expect(brokenRules(input, result)).toEqual([])
      expect(overlapsOfOneHelper(input, result)).toEqual([])
      const busy = busyWeeks(input, result)
      const priority = new Map(input.needs.map((n) => [n.id, n.priority]))
      const live = input.occurrences.filter((o) => o.windowEnd > input.now && priority.get(o.needId) === 'medium')
      let checked = 0
      for (const occurrence of live) {
        const primary = result.placements.find((p) => p.occurrenceId === occurrence.id && p.role === 'primary')
        const backup = result.placements.find((p) => p.occurrenceId === occurrence.id && p.role === 'backup')
        if (!primary) {
          expect(backup).toBeUndefined()
          continue
        }
        checked += 1
        const week = mondayOf(occurrence.date)
        if (backup) {
          expect(busy.has(`${backup.helperId}/${week}`), `${backup.helperId} backs up ${occurrence.id} but has tasks of their own that week`).toBe(false)
        } else {
          // No one in reserve that week could have promised to be free then.
          const able = whoCouldFill(occurrence, input, { plan: result, role: 'backup' })
            .filter((c) => c.canTake && !busy.has(`${c.helperId}/${week}`))
          expect(able.map((c) => c.helperId), `no backup on ${occurrence.id}`).toEqual([])
        }
      }
      // Every circle has a medium need someone does: the property never passes by checking nothing.
      expect(checked).toBeGreaterThan(0)
    }), RUNS)
  }, TIMEOUT)
})

describe('who has no task in the plan, and why', () => {
  it('lists exactly those with no task of their own, each with a reason the plan bears out', () => {
    fc.assert(fc.property(neighbourhoodArb, ({ input, shapes }) => {
      const result = plan(input)
      const busy = withOwnTask(input, result)
      expect(result.leftOut.map((l) => l.helperId).sort()).toEqual(input.helpers.map((h) => h.id).filter((id) => !busy.has(id)).sort())
      const live = liveIds(input)
      for (const { helperId, reason, sentence } of result.leftOut) {
        expect(english(sentence)).not.toBe(sentence.id)
        const backups = result.placements.filter((p) => p.helperId === helperId && p.role === 'backup' && live.has(p.occurrenceId))
        if (backups.length > 0) {
          const needIds = [...new Set(backups.map((p) => input.occurrences.find((o) => o.id === p.occurrenceId)!.needId))].sort()
          expect(reason).toEqual({ kind: 'reserve', needIds })
          continue
        }
        const shape = shapes[helperId]
        if (shape === 'backup-only') expect(reason.kind).toBe('backup-only')
        if (shape === 'no-offer') expect(reason.kind).toBe('no-offer')
        if (shape === 'other-kinds') expect(reason.kind).toBe('nothing-fits')
        if (shape === 'away') expect(reason.kind).toBe('away')
        if (reason.kind === 'someone-else') {
          const occurrence = input.occurrences.find((o) => o.id === reason.occurrenceId)!
          const primary = result.placements.find((p) => p.occurrenceId === occurrence.id && p.role === 'primary')!
          expect(primary.helperId).toBe(reason.helperId)
          expect(whoCouldFill(occurrence, input, { plan: result }).find((c) => c.helperId === helperId)?.canTake).toBe(true)
          const sameSeries = result.placements.filter((p) => {
            const o = input.occurrences.find((x) => x.id === p.occurrenceId)!
            return p.role === 'primary' && p.helperId === reason.helperId && o.needId === occurrence.needId && o.slotKey === occurrence.slotKey && o.weekday === occurrence.weekday
          })
          expect(reason.regular).toBe(sameSeries.length > 1)
          expect(english(sentence)).toContain(input.helpers.find((h) => h.id === reason.helperId)!.name)
        }
        if (reason.kind === 'not-available') {
          // Nothing from now on that they could take, whoever else has it.
          for (const occurrence of input.occurrences.filter((o) => live.has(o.id))) {
            expect(whoCouldFill(occurrence, input, { plan: result }).find((c) => c.helperId === helperId)?.canTake).toBe(false)
          }
        }
      }
    }), RUNS)
  }, TIMEOUT)

  // ——— one circle per reason, built as the app builds it ———
  const TZ = 'Europe/Lisbon'
  const MONDAY: LocalDate = '2026-02-02'
  const person = (id: string, name: string): Helper => ({ id, name, contact: '', relation: 'friend', tags: [], createdAt: 0 })
  const offer = (helperId: string, fields: Partial<Offer> = {}): Offer => ({
    helperId, kinds: ['errand'], windows: ([1, 2, 3, 4, 5, 6, 7] as Weekday[]).map((weekday) => ({ weekday, start: '07:00', end: '22:00' })),
    from: null, until: null, mode: 'any', weeklyLimit: 3, ...fields,
  })
  const shopping = (fields: Partial<Need> = {}): Need => ({
    id: 'shop', title: 'Weekly shop', category: 'practical', kind: 'errand', priority: 'medium', mode: 'in-person',
    timing: { recurrence: { kind: 'weekly', weekdays: [2] }, slots: [{ start: '10:00', end: '12:00', spanDays: 1 }], durationMinutes: 60, startDate: MONDAY, endDate: '2026-02-22' },
    sensitive: false, assignedDetails: '', shareDetails: false, privateDetails: '', requiredTags: [],
    safety: { professionalFirst: false, peerConfirmed: false, riskAnswer: 'no' }, source: 'coordinator', createdAt: 0, ...fields,
  })
  const circle = (fields: { needs: Need[]; helpers: Helper[]; offers: Offer[]; now?: number } & Record<string, unknown>) => planInputOf({
    circle: { timeZone: TZ, startDate: MONDAY, endDate: '2026-02-22' }, boundaries: { excludedPeople: [], offLimits: [] },
    assignments: [], statuses: {}, ...fields, offers: Object.fromEntries(fields.offers.map((o) => [o.helperId, o])),
  }, fields.now ?? instantOf('2026-02-01', '09:00', TZ))
  const reasonOf = (result: Plan, helperId: string) => result.leftOut.find((l) => l.helperId === helperId)

  it('says someone else does it every week, and keeps the one left over in reserve as backup', () => {
    const result = plan(circle({
      needs: [shopping()], helpers: [person('rui', 'Rui'), person('ana', 'Ana'), person('zé', 'Zé')],
      offers: [offer('rui'), offer('ana'), offer('zé', { windows: [{ weekday: 4, start: '09:00', end: '12:00' }] })],
    }))
    const primary = result.placements.find((p) => p.role === 'primary')!.helperId
    const other = primary === 'rui' ? 'ana' : 'rui'
    expect(reasonOf(result, other)).toMatchObject({ reason: { kind: 'reserve', needIds: ['shop'] } })
    expect(english(reasonOf(result, other)!.sentence)).toBe('Kept in reserve: backup for “Weekly shop”')
    expect(reasonOf(result, 'zé')?.reason).toEqual({ kind: 'not-available' })
    expect(english(reasonOf(result, 'zé')!.sentence)).toBe('Not available at the times needed')
    // Without a backup rule for them (both busy elsewhere), the one not chosen hears why.
    const two = plan(circle({
      needs: [shopping({ priority: 'low' })], helpers: [person('rui', 'Rui'), person('ana', 'Ana')], offers: [offer('rui'), offer('ana')],
    }))
    const chosen = two.placements[0].helperId
    const notChosen = chosen === 'rui' ? 'ana' : 'rui'
    expect(english(reasonOf(two, notChosen)!.sentence)).toBe(`Not chosen for “Weekly shop”: ${chosen === 'rui' ? 'Rui' : 'Ana'} does it every Tuesday`)
  })

  it('says who is backup only, away, declined, waiting for professional help, mismatched or without an offer', () => {
    const talk = shopping({ id: 'talk', title: 'Sunday talk', kind: 'call', category: 'emotional', mode: 'remote', safety: { professionalFirst: false, peerConfirmed: false, riskAnswer: null } })
    const result = plan(circle({
      needs: [shopping({ priority: 'low' }), talk],
      helpers: [person('rui', 'Rui'), person('bea', 'Bea'), person('eva', 'Eva'), person('gil', 'Gil'), person('ivo', 'Ivo'), person('lia', 'Lia'), person('noa', 'Noa')],
      offers: [
        offer('rui'), offer('bea', { weeklyLimit: 0, kinds: ['call'] }), offer('eva'), offer('gil'),
        offer('ivo', { kinds: ['call'] }), offer('lia', { kinds: ['ride'] }),
      ],
      away: [{ helperId: 'eva', from: MONDAY, until: '2026-02-28' }],
      declined: [{ needId: 'shop', helperId: 'gil' }],
    }))
    expect(Object.fromEntries(result.leftOut.map((l) => [l.helperId, english(l.sentence)]))).toEqual({
      bea: 'Kept in reserve: they offered to be a backup only',
      eva: 'Away when they could help',
      gil: 'You said not them for “Weekly shop”',
      ivo: 'What they could do waits for professional help first',
      lia: 'Nothing needed matches what they offered',
      noa: 'Hasn’t made an offer yet',
    })
  })

  it('says who is at their weekly limit from a task done earlier the same day', () => {
    const result = plan(circle({
      needs: [shopping({ priority: 'low', timing: { recurrence: { kind: 'daily' }, slots: [{ start: '08:00', end: '09:00', spanDays: 1 }, { start: '18:00', end: '20:00', spanDays: 1 }], durationMinutes: 30, startDate: MONDAY, endDate: '2026-02-08' } })],
      helpers: [person('rui', 'Rui'), person('ana', 'Ana')],
      offers: [offer('rui', { weeklyLimit: 1 }), offer('ana', { weeklyLimit: 14 })],
      // Sunday evening, the circle's last day: Rui did the morning shop, his one task this week.
      assignments: [{ id: 's', needId: 'shop', slotKey: '08:00', weekdays: [7], from: '2026-02-08', until: '2026-02-08', helperId: 'rui', role: 'primary', accepted: true, override: null }],
      now: instantOf('2026-02-08', '17:00', TZ),
    }))
    expect(reasonOf(result, 'rui')?.reason).toEqual({ kind: 'at-limit' })
    expect(english(reasonOf(result, 'rui')!.sentence)).toBe('At their weekly limit when they could help')
  })
})
