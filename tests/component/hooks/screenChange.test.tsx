import { act, render, screen, waitFor } from '@testing-library/react'
import { useState } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { useScreenChange } from '../../../src/ui/hooks/screenChange'

/**
 * A screen that draws its heading anew once its data arrives, as Assign does (a heading while the
 * plan is worked out, then the plan's own): the heading shown must keep focus, or a screen reader
 * hears nothing of the new screen.
 */
let arrive: () => void = () => undefined

function Waiting() {
  const [arrived, setArrived] = useState(false)
  arrive = () => setArrived(true)
  return arrived
    ? <section><main><h1>Assign</h1><p>The plan</p></main></section>
    : <main><h1>Assign</h1><p>Working out a plan…</p></main>
}

function Screens({ route }: { route: string }) {
  useScreenChange([route])
  return route === 'needs'
    ? <main><h1>Needs</h1><a href="#/assign">Assign</a></main>
    : <Waiting />
}

afterEach(() => {
  document.title = ''
})

describe('the heading of a new screen keeps focus while the screen arrives', () => {
  it('moves focus to the heading drawn anew when the screen replaces the one that had it', async () => {
    const { rerender } = render(<Screens route="needs" />)
    screen.getByRole('link', { name: 'Assign' }).focus()
    rerender(<Screens route="assign" />)
    const first = screen.getByRole('heading', { name: 'Assign' })
    expect(document.activeElement).toBe(first)

    act(() => arrive())
    const drawnAnew = screen.getByRole('heading', { name: 'Assign' })
    expect(drawnAnew).not.toBe(first)
    await waitFor(() => expect(document.activeElement).toBe(drawnAnew))
    expect(document.title).toBe('Assign · Kith')
  })

  it('leaves focus where the person moved it', async () => {
    const { rerender } = render(<><Screens route="needs" /><input aria-label="Search" /></>)
    rerender(<><Screens route="assign" /><input aria-label="Search" /></>)
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Assign' }))
    const search = screen.getByRole('textbox', { name: 'Search' })
    search.focus()

    act(() => arrive())
    await act(() => Promise.resolve())
    expect(document.activeElement).toBe(search)
  })
})
