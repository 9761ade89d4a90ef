import { afterEach, describe, expect, it } from 'vitest'
import { chooseLocale, currentLocale } from '../../../src/i18n/locale'
import { formatList, renderPhrase, renderValue, switchLocale, wordsCatalogue, sharedCatalogue } from '../../../src/i18n'
import { phrase } from '../../../src/domain/phrase'

describe('the language Kith speaks', () => {
  it('follows the first of the device’s languages it has words for, dates in the device’s own tag', () => {
    expect(chooseLocale('auto', ['fr-FR', 'es-MX', 'en-US'])).toEqual({ language: 'es', tag: 'es-MX' })
    expect(chooseLocale('auto', ['en-US', 'es-ES'])).toEqual({ language: 'en', tag: 'en-US' })
    expect(chooseLocale('auto', ['de-DE'])).toEqual({ language: 'en', tag: 'en-GB' })
    expect(chooseLocale('auto', [])).toEqual({ language: 'en', tag: 'en-GB' })
    expect(chooseLocale('auto', ['ES'])).toEqual({ language: 'es', tag: 'ES' })
    // A malformed tag from the device is passed over, never handed to Intl.
    expect(chooseLocale('auto', ['es-', 'es-MX'])).toEqual({ language: 'es', tag: 'es-MX' })
  })

  it('takes the language chosen in Settings over the device’s', () => {
    expect(chooseLocale('es', ['en-US', 'fr-FR'])).toEqual({ language: 'es', tag: 'es-ES' })
    expect(chooseLocale('en', ['es-AR', 'en-AU'])).toEqual({ language: 'en', tag: 'en-AU' })
    // A stored choice Kith no longer knows falls back to the device's.
    expect(chooseLocale('xx', ['es-AR'])).toEqual({ language: 'es', tag: 'es-AR' })
  })
})

describe('formatting in the reader’s language', () => {
  afterEach(() => switchLocale({ language: 'en', tag: 'en-GB' }))

  it('plurals and nested phrases, in English and after switching to Spanish', async () => {
    const ninety = phrase('words.duration.hoursAndMinutes', {
      hours: phrase('words.duration.hours', { hours: 1 }), minutes: phrase('words.duration.minutes', { minutes: 30 }),
    })
    expect(renderPhrase(ninety)).toBe('1 hour 30 minutes')
    expect(wordsCatalogue.format('words.duration.hours', { hours: 2 })).toBe('2 hours')
    expect(wordsCatalogue.isLoaded('es')).toBe(false)

    await switchLocale({ language: 'es', tag: 'es-ES' })
    expect(currentLocale().language).toBe('es')
    expect(wordsCatalogue.isLoaded('es') && sharedCatalogue.isLoaded('es')).toBe(true)
    expect(renderPhrase(ninety)).toBe('1 hora y 30 minutos')
    expect(wordsCatalogue.format('words.duration.minutes', { minutes: 1 })).toBe('1 minuto')
  })

  it('dates, weekdays, times and lists through Intl in the locale’s tag', () => {
    const es = { language: 'es', tag: 'es-ES' } as const
    expect(renderValue({ date: '2026-12-01', style: 'long' }, es)).toBe('martes, 1 de diciembre')
    expect(renderValue({ date: '2026-12-01', style: 'long' }, { language: 'en', tag: 'en-GB' })).toBe('Tuesday 1 December')
    expect(renderValue({ weekday: 6, style: 'long' }, es)).toBe('sábado')
    expect(renderValue({ time: '18:30' }, es)).toBe('18:30')
    expect(renderValue({ time: '18:30' }, { language: 'en', tag: 'en-US' })).toBe('6:30 PM')
    expect(formatList(['Sam', 'Ana', 'Leo'], es)).toBe('Sam, Ana y Leo')
    expect(renderValue({ list: ['a', { weekday: 1, style: 'short' }] }, { language: 'en', tag: 'en-GB' })).toBe('a and Mon')
  })

  it('says the id rather than nothing for an id no catalogue has', () => {
    expect(renderPhrase(phrase('words.no-such-message'))).toBe('words.no-such-message')
  })
})
