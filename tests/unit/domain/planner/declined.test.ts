import { english } from '../../../helpers/plannerWords'
import { describe, expect, it } from 'vitest'
import { describeGaps, plan } from '../../../../src/domain/planner'
import { days, makeHelper, makeInput, makeNeed, makeOffer, occurrencesOf } from './fixtures'

/** "Not Sam for this": a proposal the coordinator rejected is not proposed again. */
describe('declined helpers', () => {
  const need = makeNeed('dinner', { kind: 'meal' })
  const occurrences = occurrencesOf(need, days('2026-11-30', 7), '18:00', '19:00')
  const base = makeInput({
    occurrences, needs: [need],
    helpers: [makeHelper('sam', { name: 'Sam' }), makeHelper('lee', { name: 'Lee' })],
    offers: [makeOffer('sam', { weeklyLimit: 7 }), makeOffer('lee', { weeklyLimit: 7 })],
  })

  it('are never proposed for that need, and someone else is', () => {
    const before = plan(base)
    const proposed = before.placements.find((p) => p.role === 'primary')!.helperId
    const after = plan({ ...base, declined: [{ needId: 'dinner', helperId: proposed }] })
    expect(after.placements.filter((p) => p.helperId === proposed)).toEqual([])
    expect(after.unfilled).toEqual([])
  })

  it('leave a gap named when no one else can', () => {
    const after = plan({ ...base, declined: [{ needId: 'dinner', helperId: 'sam' }, { needId: 'dinner', helperId: 'lee' }] })
    expect(after.placements).toEqual([])
    expect(english(describeGaps({ ...base, declined: [{ needId: 'dinner', helperId: 'sam' }, { needId: 'dinner', helperId: 'lee' }] }, after)[0])).toMatch(/can’t take it/)
  })
})
