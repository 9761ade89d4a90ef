import { english, englishAll } from '../../../helpers/plannerWords'
import { describe, expect, it } from 'vitest'
import { coverage, describeGaps, plan, whoCouldFill } from '../../../../src/domain/planner'
import {
  at, days, makeHelper, makeInput, makeNeed, makeOccurrence, makeOffer, occurrencesOf, ranges,
} from './fixtures'

const SATURDAY = '2025-06-07'

describe('whoCouldFill', () => {
  // Low priority: no backup is planned, so whoever has no task here is free to be asked.
  const walk = makeNeed('walk', { kind: 'dog-walk', priority: 'low' })
  const saturday = makeOccurrence(walk, SATURDAY, '08:00', '10:00')
  const friday = makeOccurrence(walk, '2025-06-06', '08:00', '10:00')
  const thursday = makeOccurrence(walk, '2025-06-05', '08:00', '10:00')
  const input = makeInput({
    needs: [walk], occurrences: [thursday, friday, saturday],
    helpers: [
      makeHelper('sam', { name: 'Sam' }), makeHelper('lee', { name: 'Lee' }),
      makeHelper('chris', { name: 'Chris' }), makeHelper('ana', { name: 'Ana' }),
    ],
    offers: [
      makeOffer('sam', { kinds: ['dog-walk'], windows: ranges([1, 2, 3, 4, 5], '07:00', '10:00') }),
      makeOffer('lee', { kinds: ['dog-walk'], windows: ranges([4, 5, 6], '07:00', '10:00'), weeklyLimit: 2 }),
      makeOffer('chris', { kinds: ['dog-walk'], mode: 'remote-only' }),
      makeOffer('ana', { kinds: ['dog-walk'], windows: ranges([6], '07:00', '10:00'), weeklyLimit: 1 }),
    ],
  })
  // Lee is accepted for Thursday and Friday, which fills their limit of 2 for that week.
  const forced = plan({ ...input, accepted: [
    { id: 'l', needId: 'walk', slotKey: '08:00', weekdays: [4, 5], from: '2025-06-01', until: '2025-06-30', helperId: 'lee', role: 'primary', accepted: true, override: null },
  ] })

  it('says who could take it and why the others can’t', () => {
    const candidates = whoCouldFill(saturday, input, { plan: forced })
    expect(candidates.map((c) => english(c.sentence))).toEqual([
      'Ana: free then · 0 of 1 task that week',
      'Chris: remote only',
      'Lee: already at 2 tasks that week',
      'Sam: not available on Saturdays',
    ])
    expect(candidates[0]).toMatchObject({ helperId: 'ana', canTake: true, start: at(SATURDAY, '08:00') })
  })

  it('sets aside the occurrence’s own placement, so its helper shows as able', () => {
    const own = whoCouldFill(saturday, input, { plan: forced }).filter((c) => c.canTake).map((c) => c.helperId)
    const planned = forced.placements.find((p) => p.occurrenceId === saturday.id)?.helperId
    expect(own).toContain(planned)
  })

  it('never offers the open time to the helper who said they can’t make it', () => {
    const accepted = [
      { id: 'l', needId: 'walk', slotKey: '08:00', weekdays: [4, 5] as Array<4 | 5>, from: '2025-06-01', until: '2025-06-30', helperId: 'lee', role: 'primary' as const, accepted: true, override: null },
    ]
    const withLee = { ...input, accepted }
    // Before: Sam could take Friday, and Lee's own placement is set aside, so Lee shows as able too.
    expect(whoCouldFill(friday, withLee).filter((c) => c.canTake).map((c) => c.helperId).sort()).toEqual(['lee', 'sam'])
    const saidCant = { ...withLee, statuses: [{ occurrenceId: friday.id, status: 'needs-cover' as const, coveredBy: null, note: '', at: 0 }] }
    const candidates = whoCouldFill(friday, saidCant)
    expect(candidates.filter((c) => c.canTake).map((c) => c.helperId)).toEqual(['sam'])
    expect(english(candidates.find((c) => c.helperId === 'lee')!.sentence)).toBe('Lee: said they can’t make this one')
  })
})

describe('coverage', () => {
  const ride = makeNeed('ride', { kind: 'ride' })
  const plants = makeNeed('plants', { kind: 'plant-watering', priority: 'high' })
  const dates = days('2025-06-02', 7)
  const input = makeInput({
    needs: [ride, plants],
    occurrences: [makeOccurrence(ride, '2025-06-03', '09:00', '11:00'), ...occurrencesOf(plants, dates, '09:00', '12:00')],
    helpers: ['a', 'b', 'c'].map((id) => makeHelper(id)),
    offers: [
      makeOffer('a', { kinds: ['ride', 'plant-watering'], weeklyLimit: 7 }),
      makeOffer('b', { kinds: ['ride'], windows: ranges([2], '08:00', '12:00') }),
      makeOffer('c', { kinds: ['ride', 'plant-watering'], windows: ranges([1, 2, 3], '08:00', '12:00'), weeklyLimit: 7 }),
    ],
  })

  it('marks each need-day covered, covered with backup or gap, and duplication from offers', () => {
    const cells = coverage(input)
    expect(cells.find((c) => c.needId === 'ride')).toMatchObject({
      date: '2025-06-03', status: 'covered', candidatesCount: 3, needed: 1, duplicated: true,
    })
    const plantDays = cells.filter((c) => c.needId === 'plants')
    expect(plantDays.map((c) => c.status)).toEqual([
      'covered-with-backup', 'covered-with-backup', 'covered-with-backup', 'covered', 'covered', 'covered', 'covered',
    ])
    expect(plantDays.every((c) => !c.duplicated)).toBe(true)
  })

  it('can be limited to a range of dates', () => {
    expect(coverage(input, undefined, { from: '2025-06-04', until: '2025-06-04' }).map((c) => c.date)).toEqual(['2025-06-04'])
  })

  it('shows a gap where no one can', () => {
    const result = coverage({ ...input, offers: input.offers.filter((o) => o.helperId === 'b') })
    expect(result.filter((c) => c.needId === 'plants').every((c) => c.status === 'gap' && c.candidatesCount === 0)).toBe(true)
  })
})

describe('describeGaps', () => {
  it('groups gaps by need, reason, weekday and part of day, naming each need by its own title', () => {
    const walk = makeNeed('walk', { kind: 'dog-walk', title: 'Walk Bruno' })
    const meal = makeNeed('meal', { kind: 'meal', priority: 'high', title: 'Laundry' })
    const errand = makeNeed('pharmacy', { kind: 'other', title: 'pharmacy pickup', priority: 'low' })
    const dates = days('2025-06-02', 14)
    const input = makeInput({
      needs: [walk, meal, errand],
      occurrences: [
        ...occurrencesOf(walk, dates, '07:00', '09:00', { weekdays: [6, 7] }),
        ...occurrencesOf(walk, dates, '18:00', '20:00', { weekdays: [7] }),
        ...occurrencesOf(meal, dates, '18:00', '20:00', { weekdays: [2, 4] }),
        ...occurrencesOf(errand, dates, '14:00', '16:00', { weekdays: [3] }),
      ],
      helpers: [makeHelper('a')],
      offers: [makeOffer('a', { kinds: ['dog-walk'], windows: ranges([1], '07:00', '09:00') })],
    })
    expect(englishAll(describeGaps(input))).toEqual([
      'No one has offered: “Laundry”, Tuesday and Thursday evenings',
      'No one has offered: “Walk Bruno”, Saturday and Sunday mornings; Sunday evenings',
      'No one has offered: “pharmacy pickup”, Wednesday afternoons',
    ])
  })
})
