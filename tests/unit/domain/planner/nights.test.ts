import { english, englishAll } from '../../../helpers/plannerWords'
/**
 * Issue 9, item 4: times as people say them. Windows that run past midnight ("Saturday 22:00
 * to 06:00") are planned as one night: occurrences end the next morning, a helper is never
 * booked for two things at once across midnight, coverage counts the night on the day it
 * starts, and on the night the clocks go forward (Europe/London, last Sunday of March) a gap
 * says so instead of "no one is free"; in October the longer night is planned like any other.
 *
 * Occurrences come from the real schedule expansion (not the planner fixtures' hand-built
 * ones), offers and windows from generators below.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Need, Offer, Weekday, WeeklyTimeRange } from '../../../../src/domain/model'
import { coverage, describeGaps, gapFixes, plan, type PlanInput } from '../../../../src/domain/planner'
import { addDays, instantOf, localDateOf, localTimeOf } from '../../../../src/domain/dates'
import { expandNeeds } from '../../../../src/domain/schedule'
import { makeHelper, makeNeed } from './fixtures'

const LONDON = 'Europe/London'
const ZONES = [LONDON, 'Europe/Berlin', 'America/New_York', 'Australia/Sydney'] as const
const HOUR = 3_600_000

const nightSit = (overrides: Partial<Need['timing']> = {}, id = 'night-sit'): Need => makeNeed(id, {
  title: 'Night sit with Alex', kind: 'visit', category: 'emotional',
  safety: { professionalFirst: false, peerConfirmed: false, riskAnswer: 'no' },
  timing: {
    recurrence: { kind: 'weekly', weekdays: [6] }, slots: [{ start: '22:00', end: '06:00', spanDays: 1 }],
    durationMinutes: 8 * 60, startDate: null, endDate: null, ...overrides,
  },
})

const offerOf = (helperId: string, windows: WeeklyTimeRange[], overrides: Partial<Offer> = {}): Offer => ({
  helperId, kinds: ['visit', 'meal'], windows, from: null, until: null, mode: 'any', weeklyLimit: 7, ...overrides,
})

function circleInput(needs: Need[], offers: Offer[], from: string, to: string, timeZone = LONDON): PlanInput {
  return {
    timeZone, now: instantOf(addDays(from, -7), '00:00', timeZone),
    occurrences: expandNeeds(needs, { circleStart: from, circleEnd: to, timeZone, from, to }),
    needs, helpers: offers.map((o) => makeHelper(o.helperId, { name: o.helperId })), offers,
    boundaries: { excludedPeople: [], offLimits: [] }, accepted: [], statuses: [],
  }
}

describe('a night is planned as one task that ends the next morning', () => {
  it('expands Saturday 22:00 to 06:00 into windows ending on Sunday at 06:00, and plans them', () => {
    const input = circleInput([nightSit()], [offerOf('Sam', [{ weekday: 6, start: '21:00', end: '07:00' }])], '2026-12-05', '2026-12-26')
    expect(input.occurrences.map((o) => [o.date, localDateOf(o.windowEnd, LONDON), localTimeOf(o.windowEnd, LONDON)])).toEqual([
      ['2026-12-05', '2026-12-06', '06:00'], ['2026-12-12', '2026-12-13', '06:00'],
      ['2026-12-19', '2026-12-20', '06:00'], ['2026-12-26', '2026-12-27', '06:00'],
    ])
    const result = plan(input)
    expect(result.unfilled).toEqual([])
    expect(result.placements.filter((p) => p.role === 'primary').map((p) => localTimeOf(p.start, LONDON))).toEqual(['22:00', '22:00', '22:00', '22:00'])
  })

  it('never books one helper for the night and an early task the next morning at once', () => {
    const earlyMeds = makeNeed('early', {
      title: 'Morning tablets', kind: 'meal', timing: {
        recurrence: { kind: 'weekly', weekdays: [7] }, slots: [{ start: '04:00', end: '06:00', spanDays: 1 }],
        durationMinutes: 60, startDate: null, endDate: null,
      },
    })
    const input = circleInput([nightSit(), earlyMeds], [offerOf('Sam', [{ weekday: 6, start: '22:00', end: '06:00' }, { weekday: 7, start: '04:00', end: '06:00' }])],
      '2026-12-05', '2026-12-06')
    const result = plan(input)
    expect(result.placements.filter((p) => p.role === 'primary')).toHaveLength(1)
    expect(result.unfilled).toHaveLength(1)
    expect(result.unfilled[0].reason).toBe('busy-elsewhere')
  })

  it('counts the night on the day it starts in coverage', () => {
    const input = circleInput([nightSit()], [offerOf('Sam', [{ weekday: 6, start: '22:00', end: '06:00' }])], '2026-12-05', '2026-12-06')
    expect(coverage(input).map((c) => [c.date, c.status])).toEqual([['2026-12-05', 'covered']])
  })
})

describe('the night the clocks change', () => {
  // Saturday 27 March 2027: London's clocks go forward at 01:00 on Sunday, so 22:00 to 06:00 is 7 hours.
  const march = (offers: Offer[]) => circleInput([nightSit()], offers, '2027-03-13', '2027-04-03')

  it('gives the clock change as the reason for the gap, not "no one is free"', () => {
    const input = march([offerOf('Sam', [{ weekday: 6, start: '22:00', end: '06:00' }])])
    const shortNight = input.occurrences.find((o) => o.date === '2027-03-27')!
    expect((shortNight.windowEnd - shortNight.windowStart) / HOUR).toBe(7)
    const result = plan(input)
    expect(result.unfilled.map((u) => [u.occurrenceId, u.reason])).toEqual([[shortNight.id, 'clock-change']])
    expect(english(result.unfilled[0].detail)).toBe('The clocks go forward during Saturday night, so it is shorter than usual and “Night sit with Alex” doesn’t fit in it then.')
    expect(englishAll(describeGaps(input, result))).toEqual(['Too short when the clocks go forward: “Night sit with Alex”, Saturday nights'])
    const [fix] = gapFixes(input, result)
    expect(fix.fix).toEqual({ kind: 'none' })
    expect(english(fix.sentence)).toMatch(/start earlier or stay later that one time/)
  })

  it('still says "no one is free" when no one offers that night in any week', () => {
    const input = march([offerOf('Sam', [{ weekday: 6, start: '23:00', end: '06:00' }])])
    const reasons = new Set(plan(input).unfilled.map((u) => u.reason))
    expect(reasons).toEqual(new Set(['no-one-at-that-time']))
    expect(plan(input).unfilled).toHaveLength(4)
  })

  it('plans the long October night like any other, and a gap then has its ordinary reason', () => {
    // Saturday 30 October 2027: the clocks go back at 02:00 on Sunday; 22:00 to 06:00 is 9 hours.
    const offers = [offerOf('Sam', [{ weekday: 6, start: '22:00', end: '05:00' }])]
    const input = circleInput([nightSit()], offers, '2027-10-23', '2027-11-06')
    const longNight = input.occurrences.find((o) => o.date === '2027-10-30')!
    expect((longNight.windowEnd - longNight.windowStart) / HOUR).toBe(9)
    const result = plan(input)
    // Sam's 22:00 to 05:00 holds eight real hours only that night.
    expect(result.placements.map((p) => p.occurrenceId)).toEqual([longNight.id])
    expect(result.unfilled.map((u) => u.reason)).toEqual(['no-one-at-that-time', 'no-one-at-that-time'])
    expect(english(result.unfilled[0].detail)).toBe('No one who could do “Night sit with Alex” is free on Saturday night.')
  })
})

/** The UTC offset in minutes of `zone` at `instant`, read from Intl (not from the code under test). */
function intlOffset(instant: number, zone: string): number {
  const name = new Intl.DateTimeFormat('en-GB', { timeZone: zone, timeZoneName: 'longOffset' })
    .formatToParts(instant).find((p) => p.type === 'timeZoneName')!.value
  const match = /GMT(?:([+-])(\d{2}):(\d{2}))?/.exec(name)!
  return match[1] ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0
}

/** The days around each zone's clock changes in 2027, and ordinary days. */
const NIGHT_DATES = ['2027-03-13', '2027-03-27', '2027-10-30', '2027-10-02', '2027-04-03', '2027-11-06', '2027-07-10', '2027-01-16']
const pad = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`

describe('property: random windows past midnight, on clock-change dates too', () => {
  it('ends each night the next morning at its wall time, plans every night that holds the task inside its helper’s offer, never books anyone twice, and blames the clock only when it shortened the night', () => {
    fc.assert(fc.property(
      fc.constantFrom(...ZONES),
      fc.constantFrom(...NIGHT_DATES),
      fc.integer({ min: 0, max: 6 }),
      // Starts from noon, ends before noon the next day, away from any zone's skipped or repeated hour.
      fc.integer({ min: 12 * 60, max: 24 * 60 - 1 }),
      fc.integer({ min: 3 * 60, max: 12 * 60 - 1 }),
      fc.double({ min: 0.2, max: 1, noNaN: true }),
      fc.array(fc.record({
        weekday: fc.integer({ min: 1, max: 7 }), start: fc.integer({ min: 0, max: 24 * 60 - 1 }), length: fc.integer({ min: 30, max: 16 * 60 }),
      }), { minLength: 1, maxLength: 6 }),
      (zone, around, shift, start, end, share, others) => {
        const from = addDays(around, -shift)
        const to = addDays(from, 8)
        const wallMinutes = 24 * 60 - start + end
        const duration = Math.max(5, Math.floor(wallMinutes * share))
        const need = nightSit({ recurrence: { kind: 'daily' }, slots: [{ start: pad(start), end: pad(end), spanDays: 1 }], durationMinutes: duration })
        // Sam offers exactly the need's window every night; Kim offers random windows, many of them past midnight.
        const kimWindows = others.map((w) => ({ weekday: w.weekday as Weekday, start: pad(w.start), end: pad((w.start + w.length) % (24 * 60)) }))
          .filter((w) => w.start !== w.end)
        const samWindows = ([1, 2, 3, 4, 5, 6, 7] as Weekday[]).map((weekday) => ({ weekday, start: pad(start), end: pad(end) }))
        const input = circleInput([need], [offerOf('Sam', samWindows), offerOf('Kim', kimWindows)], from, to, zone)
        expect(input.occurrences).toHaveLength(9)
        const result = plan(input)
        const unfilled = new Map(result.unfilled.map((u) => [u.occurrenceId, u]))
        for (const occurrence of input.occurrences) {
          // The window opens at its start on its date and closes at its end the next morning.
          expect([localDateOf(occurrence.windowStart, zone), localTimeOf(occurrence.windowStart, zone)]).toEqual([occurrence.date, pad(start)])
          expect([localDateOf(occurrence.windowEnd, zone), localTimeOf(occurrence.windowEnd, zone)]).toEqual([addDays(occurrence.date, 1), pad(end)])
          const realMinutes = (occurrence.windowEnd - occurrence.windowStart) / 60_000
          const clockMoved = intlOffset(occurrence.windowEnd, zone) - intlOffset(occurrence.windowStart, zone)
          expect(realMinutes).toBe(wallMinutes - clockMoved)
          // Sam always fits a night that holds the task: only nights too short for it stay open, and they say why.
          const gap = unfilled.get(occurrence.id)
          if (duration <= realMinutes) expect(gap).toBeUndefined()
          else expect(gap?.reason).toBe('clock-change')
        }
        const primaries = result.placements.filter((p) => p.role === 'primary')
        for (const placement of primaries) {
          const occurrence = input.occurrences.find((o) => o.id === placement.occurrenceId)!
          const finish = placement.start + duration * 60_000
          expect(placement.start).toBeGreaterThanOrEqual(occurrence.windowStart)
          expect(finish).toBeLessThanOrEqual(occurrence.windowEnd)
          // Inside the helper's offered windows, read as that helper said them (past midnight when the
          // end is earlier); windows that touch ("10:00–12:00", "12:00–15:00") make one.
          const windows = placement.helperId === 'Sam' ? samWindows : kimWindows
          const offered = [-2, -1, 0, 1].flatMap((back) => {
            const date = addDays(localDateOf(placement.start, zone), back)
            return windows.filter((w) => w.weekday === isoWeekday(date))
              .map((w) => ({ opens: instantOf(date, w.start, zone), closes: instantOf(w.end <= w.start ? addDays(date, 1) : date, w.end, zone) }))
          }).sort((a, b) => a.opens - b.opens)
          let reach = placement.start
          for (const { opens, closes } of offered) if (opens <= reach && closes > reach) reach = closes
          expect(reach).toBeGreaterThanOrEqual(finish)
        }
        // Nobody is booked for two things at once.
        for (const a of primaries) {
          for (const b of primaries) {
            if (a === b || a.helperId !== b.helperId) continue
            expect(a.start + duration * 60_000 <= b.start || b.start + duration * 60_000 <= a.start).toBe(true)
          }
        }
      },
    ), { numRuns: 60 })
  }, 60_000)
})

const isoWeekday = (date: string): Weekday => ((((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1) as Weekday)
