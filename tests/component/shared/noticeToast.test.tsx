import { act, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dismissNotice, showNotice } from '../../../src/ui/hooks/notice'
import { NoticeToast } from '../../../src/ui/shared/NoticeToast'

/** Moves to another screen as a link or `navigate` does: the address changes, then `hashchange`. */
async function goTo(hash: string) {
  await act(async () => {
    window.location.hash = hash
    window.dispatchEvent(new HashChangeEvent('hashchange'))
  })
}

const toastText = () => screen.getByRole('status').textContent ?? ''

describe('NoticeToast across a change of screen', () => {
  beforeEach(() => {
    window.location.hash = '#/c/circle1/needs/n1'
  })
  afterEach(() => act(() => dismissNotice()))

  it('keeps a message that says what was done: the next screen shows its result', async () => {
    render(<NoticeToast />)
    act(() => showNotice('Saved: “Walk Bruno”.'))
    await goTo('#/c/circle1/needs')
    expect(toastText()).toContain('Saved: “Walk Bruno”.')
  })

  it('drops a toast whose Undo acts on the screen that was left, and keeps it while that screen stays', async () => {
    render(<NoticeToast />)
    let undone = 0
    // Shown on the list a removal returned to: it belongs there.
    await goTo('#/c/circle1/needs')
    act(() => showNotice('Removed “Walk Bruno”.', { label: 'Undo', run: () => undone++ }))
    expect(screen.getByRole('button', { name: 'Undo' })).toBeTruthy()
    // The same address again (a re-render, a hashchange from elsewhere) keeps it.
    await goTo('#/c/circle1/needs')
    expect(toastText()).toContain('Removed “Walk Bruno”.')

    await goTo('#/c/circle1/assign')
    expect(toastText()).not.toContain('Removed “Walk Bruno”.')
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull()
    expect(undone).toBe(0)
  })

  it('a newer message replaces one with Undo, and is kept on the next screen', async () => {
    render(<NoticeToast />)
    act(() => showNotice('Removed “Walk Bruno”.', { label: 'Undo', run: () => undefined }))
    act(() => showNotice('Link copied.'))
    await goTo('#/c/circle1/send')
    expect(toastText()).toContain('Link copied.')
  })
})
