import { describe, expect, it } from 'vitest'
import type { Need, NeedCategory, NeedSafety } from '../../../src/domain/model'
import { newSafetyWords } from '../../../src/domain/safety'
import { asksSafetyQuestion, isHeldBack, safetyStateOf } from '../../../src/domain/safetyVerdict'
import { makeNeed } from './planner/fixtures'

const need = (category: NeedCategory, title: string, safety: Partial<NeedSafety> = {}): Need =>
  makeNeed('n', { category, title, safety: { professionalFirst: false, peerConfirmed: false, ...safety } })

describe('the safety question', () => {
  it.each<[NeedCategory, string, boolean]>([
    ['emotional', 'Company for an afternoon', true],
    ['medical', 'Ride to the follow-up appointment', true],
    ['practical', 'Bring dinner', false],
    ['other', 'Fix the shed door', false],
    ['practical', 'Bring dinner, and make sure she eats something', true],
    ['practical', 'Drive him to his AA meeting', true],
    ['practical', 'Pick up shopping; he has been drinking a lot', true],
    ['other', 'Help with paperwork while she is in the psych ward', true],
  ])('a %s need "%s" asks: %s', (category, title, asks) => {
    expect(asksSafetyQuestion(need(category, title))).toBe(asks)
  })

  it('reads the private notes and the helper’s details too', () => {
    expect(asksSafetyQuestion({ ...need('practical', 'Laundry'), privateDetails: 'She is grieving' })).toBe(true)
    expect(asksSafetyQuestion({ ...need('practical', 'Laundry'), assignedDetails: 'Her partner has a temper, drop and go' })).toBe(true)
  })
})

describe('where a need stands', () => {
  it.each<[string, Need, ReturnType<typeof safetyStateOf>, boolean]>([
    ['a practical need nobody has to ask about', need('practical', 'Walk the dog'), 'clear', false],
    ['an emotional need not answered yet', need('emotional', 'Evening call'), 'question', true],
    ['an emotional need saved before the question existed', need('emotional', 'Evening call', { riskAnswer: undefined }), 'question', true],
    ['an emotional need answered "no risk"', need('emotional', 'Evening call', { riskAnswer: 'no' }), 'clear', false],
    ['a professional-first need', need('practical', 'Walk the dog', { professionalFirst: true }), 'professional-first', true],
    ['a professional-first need answered "no" before it was flagged', need('emotional', 'Call', { professionalFirst: true, riskAnswer: 'no' }), 'professional-first', true],
    ['a professional-first need with peer help confirmed', need('emotional', 'Call', { professionalFirst: true, peerConfirmed: true }), 'peer-confirmed', false],
  ])('%s', (_, value, state, heldBack) => {
    expect(safetyStateOf(value)).toBe(state)
    expect(isHeldBack(value)).toBe(heldBack)
  })
})

describe('new words', () => {
  const words = (title: string, privateDetails = '') => ({ title, assignedDetails: '', privateDetails })

  it('counts only what was not there before', () => {
    expect(newSafetyWords(null, words('Evening call', 'talks about suicide'))).toEqual({ risk: true, touch: true })
    expect(newSafetyWords(words('Call', 'talks about suicide'), words('Evening call (longer)', 'talks about suicide'))).toEqual({ risk: false, touch: false })
    expect(newSafetyWords(words('Call', 'grieving'), words('Call', 'grieving, and skipping meals'))).toEqual({ risk: false, touch: true })
    expect(newSafetyWords(words('Call', 'grieving'), words('Call', 'grieving, and drinking heavily'))).toEqual({ risk: true, touch: true })
    expect(newSafetyWords(words('Call', 'grieving'), words('Call', ''))).toEqual({ risk: false, touch: false })
  })
})
