import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { SAFETY_WORDS_VERSION, wordsFingerprint } from '../../../src/domain/safetyVerdict'
import { RISK_PHRASES, RISK_TOPICS, SHORTHAND, TOUCH_PHRASES, TOUCH_TOPICS } from '../../../src/domain/safetyWords'

/**
 * Verdicts stored with needs are trusted only under the word list they were made with. When the
 * list changes, raise SAFETY_WORDS_VERSION (so every stored verdict is read again) and record the
 * list's new fingerprint here beside the new version. From version 7 the phone shorthand that
 * normaliseForRisk writes out is part of the list (and of its fingerprint).
 */
const WORD_LIST_OF_VERSION: Record<number, string> = {
  1: '5f04b8b7a606e63e',
  2: 'd46a643cc0456879',
  3: 'f57a4df5ecfc1ce5',
  4: '8eb5fbc8ee100361',
  5: '2bdfb1892a062422',
  6: '6a97a6bbcf6dc26d',
  7: '04d68eb71237c3f6',
}

describe('the word list version', () => {
  it('changes whenever the word list does', () => {
    const fingerprint = createHash('sha256').update(JSON.stringify([RISK_TOPICS, TOUCH_TOPICS, RISK_PHRASES, TOUCH_PHRASES, SHORTHAND])).digest('hex').slice(0, 16)
    expect(fingerprint, `the safety word list changed: raise SAFETY_WORDS_VERSION and record ${fingerprint} for it`).toBe(WORD_LIST_OF_VERSION[SAFETY_WORDS_VERSION])
  })
})

describe('the fingerprint of a need’s words', () => {
  it('tells apart words that differ in any field, or only in where a field ends', () => {
    const base = { title: 'Walk the dog', assignedDetails: 'Key under the mat', privateDetails: '' }
    const variants = [
      base,
      { ...base, title: 'Walk the dog.' },
      { ...base, assignedDetails: 'Key under the mat ' },
      { ...base, privateDetails: 'She is grieving' },
      { title: 'Walk the dogKey under the mat', assignedDetails: '', privateDetails: '' },
      { ...base, title: 'Walk the dög' },
    ]
    expect(new Set(variants.map(wordsFingerprint)).size).toBe(variants.length)
    expect(wordsFingerprint({ ...base })).toBe(wordsFingerprint(base))
  })
})
