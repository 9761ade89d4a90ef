import { render, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { useFirstScreenFirst } from '../../../src/ui/hooks/useFirstScreenFirst'
import { BOOT_SCREEN_ID } from '../../../src/ui/shared/bootScreen'

function List({ total }: { total: number }) {
  const shown = useFirstScreenFirst(total)
  return <ul aria-label="cards">{Array.from({ length: shown }, (_, i) => <li key={i}>card {i + 1}</li>)}</ul>
}

const cardsNow = () => screen.getByRole('list', { name: 'cards' }).querySelectorAll('li').length

afterEach(() => document.getElementById(BOOT_SCREEN_ID)?.remove())

describe('a long list, a screen’s worth first', () => {
  it('draws the first screen’s worth, then the rest once that has painted', async () => {
    render(<List total={26} />)
    expect(cardsNow()).toBe(6)
    await waitFor(() => expect(cardsNow()).toBe(26))
  })

  it('draws the whole list at once behind the stored first screen, which shows it all already', () => {
    const boot = document.createElement('div')
    boot.id = BOOT_SCREEN_ID
    document.body.append(boot)
    render(<List total={26} />)
    expect(cardsNow()).toBe(26)
  })
})
