import { english, englishAll } from '../../../helpers/plannerWords'
/**
 * Maria's two weeks away (seeds/support-map-workflow.txt): a morning and an evening dog walker,
 * a neighbour for plants and mail, two callers (one only after 9 pm), Priya the coordinator
 * offering to back up anything, and an estranged brother who must not be involved.
 */
import { describe, expect, it } from 'vitest'
import { coverage, describeGaps, plan, whoCouldFill } from '../../../../src/domain/planner'
import {
  EVERY_DAY, WEEKDAYS_MON_FRI, at, days, makeHelper, makeInput, makeNeed, makeOccurrence, makeOffer, occurrencesOf,
  ranges,
} from './fixtures'

const dates = days('2025-06-02', 14) // Monday 2 June to Sunday 15 June

const walk = makeNeed('walk', {
  kind: 'dog-walk', priority: 'high',
  timing: {
    recurrence: { kind: 'daily' },
    slots: [{ start: '07:00', end: '09:00', spanDays: 1 }, { start: '18:00', end: '20:00', spanDays: 1 }],
    durationMinutes: 30, startDate: '2025-06-02', endDate: '2025-06-15',
  },
})
const plants = makeNeed('plants', { kind: 'plant-watering', priority: 'low' })
const call = makeNeed('call', { kind: 'call', category: 'emotional', mode: 'remote', safety: { professionalFirst: false, peerConfirmed: false, riskAnswer: 'no' } })

const helpers = [
  makeHelper('morgan', { name: 'Morgan' }),
  makeHelper('eve', { name: 'Eve' }),
  makeHelper('pat', { name: 'Pat' }),
  makeHelper('sam', { name: 'Sam' }),
  makeHelper('kim', { name: 'Kim' }),
  makeHelper('priya', { name: 'Priya' }),
  makeHelper('daniel', { name: '  daniel  ROSSI ' }),
]
const offers = [
  makeOffer('morgan', { kinds: ['dog-walk'], windows: ranges(WEEKDAYS_MON_FRI, '06:30', '09:30'), weeklyLimit: 5 }),
  makeOffer('eve', { kinds: ['dog-walk'], windows: ranges(WEEKDAYS_MON_FRI, '17:00', '21:00'), weeklyLimit: 5 }),
  makeOffer('pat', { kinds: ['plant-watering', 'mail'], windows: ranges(EVERY_DAY, '09:00', '19:00'), weeklyLimit: 3 }),
  makeOffer('sam', { kinds: ['call'], mode: 'remote-only', windows: ranges(EVERY_DAY, '12:00', '20:00'), weeklyLimit: 4 }),
  makeOffer('kim', { kinds: ['call'], mode: 'remote-only', windows: ranges(EVERY_DAY, '21:00', '23:59'), weeklyLimit: 4 }),
  makeOffer('priya', {
    kinds: ['dog-walk', 'plant-watering', 'mail', 'call', 'meal', 'errand'],
    windows: ranges(WEEKDAYS_MON_FRI, '07:00', '21:00'), weeklyLimit: 1,
  }),
  makeOffer('daniel', { kinds: ['dog-walk'], windows: ranges([6, 7], '06:00', '21:00'), weeklyLimit: 4 }),
]

const input = makeInput({
  now: at('2025-06-01', '12:00'),
  needs: [walk, plants, call],
  helpers,
  offers,
  boundaries: { excludedPeople: [{ id: 'x1', name: 'Daniel Rossi', note: 'estranged brother' }], offLimits: [] },
  occurrences: [
    ...occurrencesOf(walk, dates, '07:00', '09:00'),
    ...occurrencesOf(walk, dates, '18:00', '20:00'),
    ...['2025-06-02', '2025-06-05', '2025-06-08', '2025-06-11', '2025-06-14'].map((d) => makeOccurrence(plants, d, '09:00', '19:00')),
    ...occurrencesOf(call, dates, '12:00', '23:30'),
  ],
})

describe("Maria's circle", () => {
  const result = plan(input)
  const primaryOf = (id: string) => result.placements.find((p) => p.occurrenceId === id && p.role === 'primary')
  const backupOf = (id: string) => result.placements.find((p) => p.occurrenceId === id && p.role === 'backup')

  it('pairs the morning and the evening walker on weekdays, with Priya as backup', () => {
    for (const date of dates.slice(0, 5).concat(dates.slice(7, 12))) {
      expect(primaryOf(`walk:${date}:07:00`)?.helperId).toBe('morgan')
      expect(primaryOf(`walk:${date}:18:00`)?.helperId).toBe('eve')
      expect(backupOf(`walk:${date}:07:00`)?.helperId).toBe('priya')
      expect(backupOf(`walk:${date}:18:00`)?.helperId).toBe('priya')
    }
  })

  it('proposes each walker one weekday series, not ten entries', () => {
    const morgan = result.assignments.filter((a) => a.helperId === 'morgan')
    expect(morgan).toEqual([expect.objectContaining({
      needId: 'walk', slotKey: '07:00', weekdays: [1, 2, 3, 4, 5], from: '2025-06-02', until: '2025-06-13',
      role: 'primary', accepted: false,
    })])
  })

  it('never involves the estranged brother, though he offered weekend walks', () => {
    expect(result.placements.some((p) => p.helperId === 'daniel')).toBe(false)
    const saturday = input.occurrences.find((o) => o.id === 'walk:2025-06-07:07:00')!
    const daniel = whoCouldFill(saturday, input, { plan: result }).find((c) => c.helperId === 'daniel')!
    expect(daniel.canTake).toBe(false)
    expect(english(daniel.sentence)).toBe('  daniel  ROSSI : not to be involved')
  })

  it('leaves weekend walks as a named gap', () => {
    const weekendWalks = result.unfilled.filter((u) => u.occurrenceId.startsWith('walk:'))
    expect(weekendWalks).toHaveLength(8)
    expect(new Set(weekendWalks.map((u) => u.reason))).toEqual(new Set(['no-one-at-that-time']))
    expect(englishAll(describeGaps(input, result))).toEqual(['No one has offered: “walk”, Saturday and Sunday mornings and evenings'])
  })

  it('covers every call between the afternoon caller and the late caller', () => {
    const calls = input.occurrences.filter((o) => o.needId === 'call')
    expect(calls.every((o) => primaryOf(o.id))).toBe(true)
    for (const [helperId, weeks] of Object.entries(result.loads)) {
      const limit = offers.find((o) => o.helperId === helperId)!.weeklyLimit
      for (const count of Object.values(weeks)) expect(count).toBeLessThanOrEqual(limit)
    }
    const late = result.placements.find((p) => p.helperId === 'kim')!
    expect(late.start).toBe(at(late.occurrenceId.split(':')[1], '21:00'))
  })

  it('gives plain reasons', () => {
    expect(englishAll(primaryOf('walk:2025-06-03:07:00')!.reasons)).toEqual([
      'offered dog walks', 'free Mon, Tue, Wed, Thu and Fri mornings', 'same person every Tuesday (2 weeks)', '5 of 5 tasks this week',
    ])
    expect(englishAll(backupOf('walk:2025-06-03:07:00')!.reasons)).toContain("backup if Morgan can't make it")
    expect(englishAll(backupOf('walk:2025-06-03:07:00')!.reasons)).toContain('offered a lot, so kept as backup to spare them')
  })

  it('shows the weekend gap on the coverage map', () => {
    const cells = coverage(input, result).filter((c) => c.needId === 'walk')
    expect(cells.find((c) => c.date === '2025-06-03')).toMatchObject({ status: 'covered-with-backup', candidatesCount: 2, needed: 2, duplicated: false })
    expect(cells.find((c) => c.date === '2025-06-07')).toMatchObject({ status: 'gap', candidatesCount: 0 })
  })
})
