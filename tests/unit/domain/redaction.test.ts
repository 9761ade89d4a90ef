import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { containsPhrase, nameWords, notePhrases, redactor } from '../../../src/domain/redaction'
import { appears, spelledAnyhow } from '../../helpers/names'

describe('taking names out of free text', () => {
  const redact = redactor([{ phrases: ['Sam Okafor', 'Sam', 'Okafor', 'Will Brandt', 'Will', 'Brandt', 'Zoë Åberg', 'Zoë', 'Åberg'].flatMap(nameWords), replacement: 'a helper' }])
  it.each([
    ['Sam Okafor was lovely', 'a helper was lovely'],
    ['Thanks, Sam!', 'Thanks, a helper!'],
    ['thanks, sam and SAM OKAFOR', 'thanks, a helper and a helper'],
    ['Sàm came', 'a helper came'],
    ['Samantha came', 'Samantha came'],
    ['Will came early', 'a helper came early'],
    ['Zoë and Zoë Åberg', 'a helper and a helper'],
    ['zoe and ZOE ABERG', 'a helper and a helper'],
    ['Zoe\u0308 (written with a separate accent) came', 'a helper (written with a separate accent) came'],
    ['Sam\u00a0 Okafor, twice spaced', 'a helper, twice spaced'],
    ['Zoëlle', 'Zoëlle'],
    ['Okafors’ house', 'Okafors’ house'],
    ['', ''],
  ])('%s → %s', (text, expected) => {
    expect(redact(text)).toBe(expected)
  })

  it('replaces each kind with its own words, the longest match first', () => {
    const redact = redactor([
      { phrases: ['the key is under the pot'], replacement: '(not shared)' },
      { phrases: nameWords('Vera Lind'), replacement: 'someone' },
      { phrases: nameWords('Vera'), replacement: 'a helper' },
    ])
    expect(redact('Vera Lind said THE KEY is under the pot. Vera too.')).toBe('someone said (not shared). someone too.')
  })

  it('reads a name as its whole, its first name and longer other parts', () => {
    expect(nameWords('  Sam   de Okafor ')).toEqual(['Sam de Okafor', 'Sam', 'Okafor'])
    expect(nameWords('A')).toEqual([])
    expect(notePhrases('Hip surgery on the 4th.\nKey: 4711; no')).toEqual(['Hip surgery on the 4th', 'Key: 4711'])
  })
})

const letters = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzäöü'.split('')), minLength: 2, maxLength: 8 })
const filler = fc.array(fc.oneof(letters, fc.constantFrom(',', '.', '!', '—', '(', ')', '\n')), { maxLength: 6 }).map((words) => words.join(' '))

describe('redaction, as a property', () => {
  it('a name written in any case and with any accents, anywhere in any text, is gone afterwards', () => {
    fc.assert(
      fc.property(
        fc.tuple(letters, letters).map(([first, last]) => `${first[0].toUpperCase()}${first.slice(1)} ${last}`).chain((name) =>
          fc.record({ name: fc.constant(name), written: fc.oneof(spelledAnyhow(name), spelledAnyhow(name.split(' ')[0])), before: filler, after: filler })),
        ({ name, written, before, after }) => {
          const text = `${before} ${written} ${after}`
          expect(appears(text, written)).toBe(true)
          const out = redactor([{ phrases: nameWords(name), replacement: '▪' }])(text)
          expect(appears(out, written), out).toBe(false)
          expect(containsPhrase(out, nameWords(name))).toBe(false)
        },
      ),
      { numRuns: 500 },
    )
  })
})
