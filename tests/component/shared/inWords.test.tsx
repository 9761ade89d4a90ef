import { render, screen } from '@testing-library/react'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { switchLocale } from '../../../src/i18n'
import { Field } from '../../../src/ui/shared/Field'
import { dateInWords, timeInWords } from '../../../src/ui/shared/inWords'

/**
 * A native date or time field shows the browser's format, whatever Kith's language: beside it
 * the field says its value in Kith's language, and a screen reader hears it as the description.
 */
describe('date and time fields say their value in the app’s language', () => {
  beforeAll(() => switchLocale({ language: 'es', tag: 'es-ES' }))
  afterAll(() => switchLocale({ language: 'en', tag: 'en-GB' }))

  it('a date reads as a Spanish reader says it, and describes the field', () => {
    render(<Field label="Desde" inWords={dateInWords('2026-12-01')}>{({ id, describedBy }) => <input id={id} type="date" aria-describedby={describedBy} defaultValue="2026-12-01" />}</Field>)
    expect(screen.getByText('martes, 1 de diciembre de 2026')).toBeTruthy()
    const input = screen.getByLabelText('Desde')
    const description = document.getElementById(input.getAttribute('aria-describedby')!)
    expect(description?.textContent).toBe('martes, 1 de diciembre de 2026')
  })

  it('says nothing for an empty or broken value', () => {
    expect(dateInWords('')).toBeUndefined()
    expect(dateInWords('2026-13-40')).toBeUndefined()
    expect(timeInWords('')).toBeUndefined()
  })

  it('a time in the app’s hour cycle, whatever the field shows', async () => {
    expect(timeInWords('18:00')).toBe('18:00')
    await switchLocale({ language: 'en', tag: 'en-US' })
    expect(timeInWords('18:00')).toBe('6:00 PM')
    await switchLocale({ language: 'es', tag: 'es-ES' })
  })
})
