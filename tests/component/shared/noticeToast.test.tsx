import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createMapStore } from '../../../src/store'
import { carriedOrigin, foldOrigin } from '../../../src/store/origins'
import { dismissNotice, showNotice } from '../../../src/ui/hooks/notice'
import { undoAction } from '../../../src/ui/hooks/undoAction'
import { NoticeToast } from '../../../src/ui/shared/NoticeToast'
import { idOf, later, needDraft, startedStore } from '../../helpers/mapStore'

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

describe('Undo in a toast takes back the change it names, and nothing else', () => {
  afterEach(() => act(() => dismissNotice()))
  const titles = (store: ReturnType<typeof startedStore>) => store.getSnapshot().needs.map((n) => n.title).sort()

  it('leaves the toast, which keeps its message, as soon as something else is done on this device', async () => {
    const user = userEvent.setup()
    const store = startedStore()
    const walk = idOf(store.run('need/add', needDraft({ title: 'Walk' }), later(1)))
    const dinner = idOf(store.run('need/add', needDraft({ title: 'Dinner' }), later(2)))
    render(<NoticeToast />)
    act(() => showNotice('Removed “Walk”.', undoAction(store, store.run('need/remove', { id: walk }, later(3)))))
    expect(screen.getByRole('button', { name: 'Undo' })).toBeTruthy()
    // Another change on the same screen, with no toast of its own (a status, a checkbox).
    act(() => void store.run('need/update', { id: dinner, fields: { title: 'Dinner on Tuesday' } }, later(4)))
    expect(toastText()).toContain('Removed “Walk”.')
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull()
    expect(titles(store)).toEqual(['Dinner on Tuesday'])

    // The next change's own toast undoes that change, and only it.
    act(() => showNotice('Removed “Dinner on Tuesday”.', undoAction(store, store.run('need/remove', { id: dinner }, later(5)))))
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    expect(titles(store)).toEqual(['Dinner on Tuesday'])
  })

  it('a change this device did not make leaves the Undo in place', async () => {
    const user = userEvent.setup()
    const store = startedStore()
    const walk = idOf(store.run('need/add', needDraft({ title: 'Walk' }), later(1)))
    render(<NoticeToast />)
    act(() => showNotice('Removed “Walk”.', undoAction(store, store.run('need/remove', { id: walk }, later(2)))))
    // What fold or projection writes (another origin) is not a step of Undo.
    act(() => store.doc.transact(() => store.doc.getMap('meta').set('probe', 1), foldOrigin))
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    expect(titles(store)).toEqual(['Walk'])
  })

  it('says so kindly when there is nothing left to take back', async () => {
    const user = userEvent.setup()
    const store = startedStore()
    const walk = idOf(store.run('need/add', needDraft({ title: 'Walk' }), later(1)))
    const renamed = store.run('need/update', { id: walk, fields: { title: 'Morning walk' } }, later(2))
    render(<NoticeToast />)
    act(() => showNotice('Saved.', undoAction(store, renamed)))
    // Alex, on another coordinator device, removed that need meanwhile: not a step of this device,
    // so the Undo stays, and has nothing left to do (it never brings the need back against Alex).
    const alex = createMapStore(new Y.Doc())
    Y.applyUpdate(alex.doc, Y.encodeStateAsUpdate(store.doc))
    alex.run('need/remove', { id: walk }, later(3))
    act(() => Y.applyUpdate(store.doc, Y.encodeStateAsUpdate(alex.doc, Y.encodeStateVector(store.doc)), carriedOrigin))
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    expect(titles(store)).toEqual([])
    expect(toastText()).toContain('That can’t be undone any more: it has been changed again since.')
  })

  it('offers no Undo for a command that changed nothing', () => {
    const store = startedStore()
    const walk = idOf(store.run('need/add', needDraft({ title: 'Walk' }), later(1)))
    expect(undoAction(store, store.run('need/update', { id: walk, fields: { title: 'Walk' } }, later(2)))).toBeUndefined()
  })
})
