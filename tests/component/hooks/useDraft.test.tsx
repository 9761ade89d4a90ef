import { act, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { forgetDrafts, readDraft } from '../../../src/local/drafts'
import { hasUnsavedInput } from '../../../src/ui/hooks/unsavedInput'
import { DraftScopeProvider, useDraft } from '../../../src/ui/hooks/useDraft'
import { DraftNote } from '../../../src/ui/shared/DraftNote'

/** A form's text survives its unmounting (a closed tab, a reload) until it is saved or given up. */
function NoteForm({ opening = '' }: { opening?: string }) {
  const form = useDraft('note', () => opening)
  return (
    <>
      <DraftNote draft={form} />
      <label>Note<textarea value={form.value} onChange={(e) => form.set(e.target.value)} /></label>
      <button type="button" onClick={() => form.reset()}>Saved</button>
    </>
  )
}

const inCircle = (scope: string, opening?: string) => (
  <DraftScopeProvider value={scope}><NoteForm opening={opening} /></DraftScopeProvider>
)

afterEach(() => localStorage.clear())

describe('useDraft', () => {
  it('brings back what was typed after the form went away, says so, and starts over on request', () => {
    const first = render(inCircle('circleA'))
    fireEvent.change(screen.getByLabelText('Note'), { target: { value: 'Bruno needs his blue lead' } })
    expect(hasUnsavedInput()).toBe(true)
    first.unmount()
    expect(hasUnsavedInput()).toBe(false)

    render(inCircle('circleA'))
    expect(screen.getByLabelText('Note')).toHaveProperty('value', 'Bruno needs his blue lead')
    expect(screen.getByRole('status').textContent).toContain('We kept what you were writing here.')
    act(() => screen.getByRole('button', { name: 'Start over' }).click())
    expect(screen.getByLabelText('Note')).toHaveProperty('value', '')
    expect(readDraft('kith-draft:circleA:note', Date.now())).toBeUndefined()
  })

  it('keeps nothing once the form is saved, or when the text is back to how the form opened', () => {
    const view = render(inCircle('circleA', 'as stored'))
    const note = screen.getByLabelText('Note')
    fireEvent.change(note, { target: { value: 'changed' } })
    fireEvent.change(note, { target: { value: 'as stored' } })
    expect(readDraft('kith-draft:circleA:note', Date.now())).toBeUndefined()
    fireEvent.change(note, { target: { value: 'changed again' } })
    act(() => screen.getByRole('button', { name: 'Saved' }).click())
    view.unmount()
    render(inCircle('circleA', 'as stored'))
    expect(screen.getByLabelText('Note')).toHaveProperty('value', 'as stored')
    expect(screen.queryByRole('status')).toBeNull()
  })

  it('drafts belong to their circle: forgetting one circle leaves the others', () => {
    for (const scope of ['circleA', 'circleB']) {
      const view = render(inCircle(scope))
      fireEvent.change(screen.getByLabelText('Note'), { target: { value: `for ${scope}` } })
      view.unmount()
    }
    forgetDrafts('circleA')
    expect(readDraft('kith-draft:circleA:note', Date.now())).toBeUndefined()
    expect(readDraft('kith-draft:circleB:note', Date.now())).toBe('for circleB')
  })

  it('drops a draft nobody came back to for a month', () => {
    const view = render(inCircle('circleA'))
    fireEvent.change(screen.getByLabelText('Note'), { target: { value: 'old words' } })
    view.unmount()
    const month = 31 * 24 * 60 * 60 * 1000
    expect(readDraft('kith-draft:circleA:note', Date.now() + month)).toBeUndefined()
  })

  it('keeps only the fields the person changed, so a kept draft never puts back what changed elsewhere since', () => {
    function TwoFields({ stored }: { stored: { title: string; shared: boolean } }) {
      const form = useDraft('need', () => stored)
      return (
        <>
          <label>Title<input value={form.value.title} onChange={(e) => form.set({ ...form.value, title: e.target.value })} /></label>
          <label>Shared<input type="checkbox" checked={form.value.shared} onChange={(e) => form.set({ ...form.value, shared: e.target.checked })} /></label>
        </>
      )
    }
    const first = render(<TwoFields stored={{ title: 'Water the plants', shared: false }} />)
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'Water the plants on the balcony' } })
    first.unmount()
    expect(readDraft('kith-draft:device:need', Date.now())).toEqual({ title: 'Water the plants on the balcony' })

    // Meanwhile another tab shared the details.
    render(<TwoFields stored={{ title: 'Water the plants', shared: true }} />)
    expect(screen.getByLabelText('Title')).toHaveProperty('value', 'Water the plants on the balcony')
    expect(screen.getByLabelText('Shared')).toHaveProperty('checked', true)
  })
})
