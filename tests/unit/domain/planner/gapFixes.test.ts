import { english } from '../../../helpers/plannerWords'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { diffPlans, gapFixes, plan, withFix, type PlanInput } from '../../../../src/domain/planner'
import { circleArb } from './circles'
import {
  WEEKDAYS_MON_FRI, days, makeHelper, makeInput, makeNeed, makeOccurrence, makeOffer, occurrencesOf, ranges,
} from './fixtures'

const twoWeeks = days('2025-06-02', 14)
const walk = makeNeed('walk', { kind: 'dog-walk' })
const mornings = (weekdays: (1 | 2 | 3 | 4 | 5 | 6 | 7)[]) => occurrencesOf(walk, twoWeeks, '07:00', '09:00', { weekdays })

const onlyFix = (input: PlanInput) => {
  const fixes = gapFixes(input)
  expect(fixes).toHaveLength(1)
  return fixes[0]
}

describe('gap fixes', () => {
  it('posts an open call when no one offered the kind', () => {
    const fix = onlyFix(makeInput({ needs: [walk], occurrences: mornings([7]), helpers: [makeHelper('a')], offers: [makeOffer('a')] }))
    expect(fix).toMatchObject({ reason: 'no-offer-of-kind', fix: { kind: 'open-call', needId: 'walk', weekday: 7, start: '07:00', end: '09:00' } })
    // The need's own title, not its kind.
    expect(english(fix.sentence)).toBe(`Post an open call for “${walk.title}” on Sunday mornings`)
    expect(fix.fills).toEqual(fix.occurrenceIds)
  })

  it('asks someone who offered the kind whether another time works', () => {
    const fix = onlyFix(makeInput({
      needs: [walk], occurrences: mornings([6]),
      helpers: [makeHelper('sam', { name: 'Sam' })],
      offers: [makeOffer('sam', { kinds: ['dog-walk'], windows: ranges(WEEKDAYS_MON_FRI, '07:00', '09:00') })],
    }))
    expect(fix).toMatchObject({ reason: 'no-one-at-that-time', fix: { kind: 'extend-window', helperId: 'sam', weekday: 6, start: '07:00', end: '09:00' } })
    expect(english(fix.sentence)).toBe('Ask Sam whether Saturday mornings work')
  })

  it('raises the limit of someone who could, for the weeks that need it', () => {
    const fix = onlyFix(makeInput({
      needs: [walk], occurrences: mornings([1, 3, 5]),
      helpers: [makeHelper('lee', { name: 'Lee' })],
      offers: [makeOffer('lee', { kinds: ['dog-walk'], windows: ranges([1, 3, 5], '07:00', '09:00'), weeklyLimit: 2 })],
    }))
    expect(fix).toMatchObject({ reason: 'everyone-at-limit', fix: { kind: 'raise-limit', helperId: 'lee', to: 3, weeks: ['2025-06-02', '2025-06-09'] } })
    expect(english(fix.sentence)).toBe('Raise Lee’s limit to 3 for two weeks')
    expect(fix.fills).toHaveLength(2)
  })

  it('never raises the limit of someone who already offers a lot: they are named as backup instead', () => {
    // Lee offers every morning (seven a week) with a limit of two: Kith marks that as offering a lot.
    const fix = onlyFix(makeInput({
      needs: [walk], occurrences: mornings([1, 3, 5]),
      helpers: [makeHelper('lee', { name: 'Lee' })],
      offers: [makeOffer('lee', { kinds: ['dog-walk'], weeklyLimit: 2 })],
    }))
    expect(fix.reason).toBe('everyone-at-limit')
    expect(fix.fix.kind).not.toBe('raise-limit')
    expect(english(fix.sentence)).toContain('Lee already offers a lot: ask them as backup rather than raising a limit')
  })

  it('asks whether an offer could run longer', () => {
    const fix = onlyFix(makeInput({
      needs: [walk], occurrences: mornings([3]),
      helpers: [makeHelper('sam', { name: 'Sam' })],
      offers: [makeOffer('sam', { kinds: ['dog-walk'], until: '2025-06-08' })],
    }))
    expect(fix).toMatchObject({ reason: 'outside-offer-dates', fix: { kind: 'extend-dates', helperId: 'sam', from: null, until: '2025-06-11' } })
    expect(english(fix.sentence)).toBe('Ask Sam whether they could help until 11 Jun')
  })

  it('suggests a conversation, not a setting, for off-limits time', () => {
    const fix = onlyFix(makeInput({
      needs: [walk], occurrences: [makeOccurrence(walk, '2025-06-03', '07:00', '09:00')],
      helpers: [makeHelper('a')], offers: [makeOffer('a', { kinds: ['dog-walk'] })],
      boundaries: { excludedPeople: [], offLimits: [{ id: 'q', weekday: 2, start: '06:00', end: '10:00' }] },
    }))
    expect(fix).toMatchObject({ reason: 'off-limits', fix: { kind: 'none' }, fills: [] })
  })

  it('every suggested fix, applied, fills what it says it fills', () => {
    fc.assert(fc.property(circleArb, (input) => {
      const before = plan(input)
      for (const fix of gapFixes(input, before)) {
        if (fix.fix.kind === 'none') {
          expect(fix.fills).toEqual([])
          continue
        }
        expect(fix.fills.length).toBeGreaterThan(0)
        const covered = new Set(plan(withFix(input, fix.fix)).placements.filter((p) => p.role === 'primary').map((p) => p.occurrenceId))
        for (const id of fix.fills) expect(covered.has(id)).toBe(true)
      }
    }), { numRuns: 40 })
  }, 30_000)
})

describe('diffPlans', () => {
  it('says who gains and who loses which occurrences', () => {
    // Low priority: no backups, so only the primaries move.
    const meal = makeNeed('meal', { priority: 'low' })
    const input = makeInput({
      needs: [meal], occurrences: occurrencesOf(meal, days('2025-06-02', 7), '18:00', '20:00', { weekdays: [2, 4] }),
      helpers: [makeHelper('a'), makeHelper('b')], offers: [makeOffer('a'), makeOffer('b')],
    })
    const before = plan(input)
    const after = plan({ ...input, previous: before, away: [{ helperId: 'a', from: '2025-06-03', until: '2025-06-03' }] })
    const diff = diffPlans(before, after)
    expect(diff.changed).toBe(1)
    expect(diff.helpers).toEqual([
      { helperId: 'a', gains: [], losses: [{ occurrenceId: 'meal:2025-06-03:18:00', role: 'primary' }] },
      { helperId: 'b', gains: [{ occurrenceId: 'meal:2025-06-03:18:00', role: 'primary' }], losses: [] },
    ])
    expect(diff).toMatchObject({ covered: [], uncovered: [] })
  })
})
