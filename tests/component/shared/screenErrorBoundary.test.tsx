import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { ScreenErrorBoundary } from '../../../src/ui/shared/ScreenErrorBoundary'

/** A screen that reads a document and fails on what it finds, as a bug or a strange value would. */
function Fragile({ doc }: { doc: Y.Doc }) {
  const title = doc.getMap('tasks').get('t1') as { title: string } | undefined
  if (!title) throw new Error('no task')
  return <p>{title.title}</p>
}

describe('ScreenErrorBoundary', () => {
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    window.location.hash = '#/h/abcdefgh/tasks'
  })
  afterEach(() => vi.restoreAllMocks())

  it('replaces a failing screen with a calm page, keeps the document, and tries again on the next address', async () => {
    const doc = new Y.Doc()
    doc.getMap('offer').set('weeklyLimit', 3)
    const view = render(<ScreenErrorBoundary resetKey="#/h/abcdefgh/tasks" home="h/abcdefgh"><Fragile doc={doc} /></ScreenErrorBoundary>)
    expect(screen.getByRole('heading', { name: 'This screen ran into a problem' })).toBeTruthy()
    expect(screen.getByRole('alert').textContent).toContain('Everything you saved is still on this phone')
    expect(doc.getMap('offer').get('weeklyLimit')).toBe(3)

    // "Go back" returns to the page before; with none in this tab, to the role's first screen.
    const back = vi.spyOn(window.history, 'back').mockImplementation(() => undefined)
    const earlier = window.history.length > 1
    await userEvent.click(screen.getByRole('button', { name: 'Go back' }))
    if (earlier) expect(back).toHaveBeenCalledOnce()
    else expect(window.location.hash).toBe('#/h/abcdefgh')

    doc.getMap('tasks').set('t1', { title: 'Walk Bruno' })
    view.rerender(<ScreenErrorBoundary resetKey="#/h/abcdefgh/offer" home="h/abcdefgh"><Fragile doc={doc} /></ScreenErrorBoundary>)
    expect(screen.getByText('Walk Bruno')).toBeTruthy()
    expect(screen.queryByRole('heading', { name: 'This screen ran into a problem' })).toBeNull()
  })

  it('stays on the calm page while the address is the same', () => {
    const doc = new Y.Doc()
    const view = render(<ScreenErrorBoundary resetKey="#/c/abcdefgh" home="c/abcdefgh"><Fragile doc={doc} /></ScreenErrorBoundary>)
    view.rerender(<ScreenErrorBoundary resetKey="#/c/abcdefgh" home="c/abcdefgh"><Fragile doc={doc} /></ScreenErrorBoundary>)
    expect(screen.getByRole('heading', { name: 'This screen ran into a problem' })).toBeTruthy()
  })
})
