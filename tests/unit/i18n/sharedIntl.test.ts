import { afterEach, describe, expect, it, vi } from 'vitest'
import { sharedCatalogue } from '../../../src/i18n'

/**
 * The Intl objects behind a message's plurals and numbers are built once per locale, however many
 * times and in however many messages they are used (messages.ts): a phone's first screen and a
 * coordinator's sync format hundreds of messages.
 */
describe('Intl objects shared by messages', () => {
  afterEach(() => vi.restoreAllMocks())

  it('builds one PluralRules and one NumberFormat per locale, and formats as Intl does', () => {
    const RealPluralRules = Intl.PluralRules
    const RealNumberFormat = Intl.NumberFormat
    const built = { plural: [] as string[], number: [] as string[] }
    vi.spyOn(Intl, 'PluralRules').mockImplementation(function (this: unknown, locales?: string | string[], options?: Intl.PluralRulesOptions) {
      built.plural.push(String(locales))
      return new RealPluralRules(locales, options)
    } as unknown as typeof Intl.PluralRules)
    vi.spyOn(Intl, 'NumberFormat').mockImplementation(function (this: unknown, locales?: string | string[], options?: Intl.NumberFormatOptions) {
      built.number.push(String(locales))
      return new RealNumberFormat(locales, options)
    } as unknown as typeof Intl.NumberFormat)
    // Tags no other test formats in, so nothing was built for them before.
    const tags = ['en-NZ', 'en-IE']
    for (const tag of tags) {
      for (let count = 0; count < 30; count += 1) {
        const text = sharedCatalogue.formatIn({ language: 'en', tag }, 'shared.unreadable', { count })
        expect(text).toContain(`${new RealNumberFormat(tag).format(count)} ${count === 1 ? 'entry' : 'entries'}`)
        sharedCatalogue.formatIn({ language: 'en', tag }, 'shared.storage.damaged', { count: count + 1000 })
      }
    }
    expect(sharedCatalogue.formatIn({ language: 'en', tag: 'en-NZ' }, 'shared.storage.damaged', { count: 1234 })).toContain('1,234 saved entries')
    expect(built.plural.sort()).toEqual(tags.sort())
    expect(built.number.sort()).toEqual(tags.sort())
  })
})
