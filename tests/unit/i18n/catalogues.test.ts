import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser'
import { compileCatalogue } from '../../../src/i18n/compile'
import { LANGUAGES } from '../../../src/i18n/locale'

/**
 * The catalogues against each other and against the code: every language has every message
 * with the same placeholders, every message is valid ICU, and every id the code names exists.
 */
const ROOT = join(__dirname, '../../..')
const CATALOGUES = join(ROOT, 'src/i18n/catalogues')
const areas = readdirSync(CATALOGUES, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name)
const read = (area: string, language: string): Record<string, string> =>
  JSON.parse(readFileSync(join(CATALOGUES, area, `${language}.json`), 'utf8'))

/** Every argument a message uses, with how it is used ("count:plural", "name:argument"), nested ones included. */
function placeholders(elements: readonly MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue
    if (element.type === TYPE.tag) {
      placeholders(element.children, into)
      continue
    }
    const kind = element.type === TYPE.plural ? (element.pluralType === 'ordinal' ? 'selectordinal' : 'plural')
      : element.type === TYPE.select ? 'select' : 'argument'
    into.add(`${element.value}:${kind}`)
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) placeholders(option.value, into)
    }
  }
  return into
}

const parseIcu = (message: string) => parse(message, { ignoreTag: true, requiresOtherClause: true })

describe('message catalogues', () => {
  it('has the areas Kith reads words from', () => {
    expect(areas).toEqual(expect.arrayContaining(['shared', 'words', 'helper', 'recipient', 'coordinator']))
  })

  for (const area of areas) {
    describe(area, () => {
      const english = read(area, 'en')

      it('names every message after its area', () => {
        expect(Object.keys(english).filter((id) => !id.startsWith(`${area}.`))).toEqual([])
      })

      for (const language of LANGUAGES) {
        const messages = read(area, language)
        it(`${language}: holds exactly the English ids`, () => {
          expect(Object.keys(messages).filter((id) => !(id in english))).toEqual([])
          expect(Object.keys(english).filter((id) => !(id in messages))).toEqual([])
        })

        it(`${language}: every message is valid ICU and compiles`, () => {
          expect(() => compileCatalogue(messages)).not.toThrow()
          for (const [id, message] of Object.entries(messages)) {
            expect(message.trim(), id).not.toBe('')
          }
        })

        it(`${language}: every message has the English placeholders, used the same way`, () => {
          const differing = Object.keys(english).filter((id) => id in messages).flatMap((id) => {
            const want = [...placeholders(parseIcu(english[id]))].sort()
            const got = [...placeholders(parseIcu(messages[id]))].sort()
            return JSON.stringify(want) === JSON.stringify(got) ? [] : [`${id}: ${want.join(', ')} ≠ ${got.join(', ')}`]
          })
          expect(differing).toEqual([])
        })
      }
    })
  }

  it('has every message id the code names, in every language', () => {
    const known = new Set(areas.flatMap((area) => Object.keys(read(area, 'en'))))
    const idPattern = new RegExp(`['"\`]((?:${areas.join('|')})\\.[\\w.-]+?)(['"]|\\$\\{)`, 'g')
    const missing: string[] = []
    const files = readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' }).filter((file) => /\.tsx?$/.test(file))
    let named = 0
    for (const file of files) {
      // Comments show ids as examples; only code counts.
      const source = readFileSync(join(ROOT, 'src', file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|\s)\/\/.*$/gm, '$1')
      for (const [, id, end] of source.matchAll(idPattern)) {
        named++
        // `helper.tasks.status.${status}`: some message must start with the fixed part (the types check the rest).
        const found = end === '${' ? [...known].some((key) => key.startsWith(id)) : known.has(id)
        if (!found) missing.push(`${file}: ${id}`)
      }
    }
    expect(named).toBeGreaterThan(0)
    expect(missing).toEqual([])
  })
})
