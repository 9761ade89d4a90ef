import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useSyncExternalStore } from 'react'
import { describe, expect, it } from 'vitest'
import type { MapStore } from '../../../src/store'
import { recordRejections } from '../../../src/store/fold/tampering'
import { foldOrigin } from '../../../src/store/origins'
import { recordFlood } from '../../../src/store/schema/document'
import { reasons } from '../../../src/store/fold/words'
import type { CircleViewProps } from '../../../src/ui/coordinator/CircleScreen'
import { FoldNotes } from '../../../src/ui/coordinator/FoldNotes'
import { dailyNeedDraft, helperDraft, idOf, later, startedStore } from '../../helpers/mapStore'

function Notes({ store }: { store: MapStore }) {
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot) as CircleViewProps['snapshot']
  return <FoldNotes docId="doc-map" store={store} snapshot={snapshot} />
}

describe('notes on what helpers’ phones sent and Kith would not take in', () => {
  it('name the person and the task, say when and how often, and go only when dismissed', async () => {
    const user = userEvent.setup()
    const store = startedStore()
    const walk = idOf(store.run('need/add', dailyNeedDraft('Walk the dog'), later(1)))
    const ana = idOf(store.run('helper/add', helperDraft('Ana'), later(2)))
    const rejected = { source: ana, skipped: null, rejected: [{ path: `tasks/${walk}:2026-11-28:08:00`, reason: reasons.projectedDeleted }, { path: 'junk', reason: reasons.unknownSection }] }
    recordRejections(store.doc, [rejected], later(3))
    recordRejections(store.doc, [{ ...rejected, rejected: [] }], later(4))
    recordRejections(store.doc, [rejected], later(5))
    render(<Notes store={store} />)
    const task = screen.getByText(/the task “Walk the dog” on Sat/)
    expect(task.textContent).toContain('Ana’s phone:')
    expect(task.textContent).toContain('was deleted on their phone; it will be put back')
    expect(task.textContent).toContain('Seen 2 times')
    expect(screen.getByText(/“junk” is not part of this kind of document/)).toBeTruthy()
    await user.click(screen.getByRole('button', { name: /Dismiss the note about “junk”/ }))
    expect(screen.queryByText(/“junk”/)).toBeNull()
    expect(screen.getByText(/the task “Walk the dog”/)).toBeTruthy()
  })

  it('name the person whose phone flooded, say what happened, and give it a fresh start in one tap', async () => {
    const user = userEvent.setup()
    const store = startedStore()
    const ana = idOf(store.run('helper/add', helperDraft('Ana'), later(1)))
    const docId = 'AAAAAAAAAAAAAAAAAAAAAA'
    expect(store.run('document/add', { audience: 'helper', helperId: ana, docId, key: 'K'.repeat(43) }, later(2)).ok).toBe(true)
    recordFlood(store.doc, docId, later(3), foldOrigin)
    render(<Notes store={store} />)
    expect(screen.getByText(/Ana’s phone sent thousands of changes in a few minutes/).textContent).toContain('Ana’s reports are not reaching you for now')
    await user.click(screen.getByRole('button', { name: 'Give Ana’s phone a fresh start' }))
    const documents = store.getSnapshot().documents
    const fresh = documents.find((d) => d.id !== docId)!
    expect(documents.find((d) => d.id === docId)).toMatchObject({ movedTo: fresh.id })
    expect(fresh).toMatchObject({ helperId: ana, revokedAt: null })
    expect(fresh.floodAt ?? null).toBeNull()
    expect(screen.queryByText(/thousands of changes/)).toBeNull()
  })
})
