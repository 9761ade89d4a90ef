import { act, render, screen } from '@testing-library/react'
import * as Y from 'yjs'
import { foldRecipient } from '../../../src/store/fold/recipient'
import { foldReportBoard, registerCircleSync, unregisterCircleSync } from '../../../src/sync/circleSyncs'
import userEvent from '@testing-library/user-event'
import { useSyncExternalStore } from 'react'
import { describe, expect, it } from 'vitest'
import { switchLocale } from '../../../src/i18n'
import { upsertEntity } from '../../../src/store/entities'
import { TAMPERING, tamperingId } from '../../../src/store/schema/tampering'
import type { MapStore } from '../../../src/store'
import { recordRejections } from '../../../src/store/fold/tampering'
import { foldOrigin } from '../../../src/store/origins'
import { recordFlood } from '../../../src/store/schema/document'
import { reasons } from '../../../src/store/fold/words'
import type { CircleViewProps } from '../../../src/ui/coordinator/CircleScreen'
import { FoldNotes } from '../../../src/ui/coordinator/FoldNotes'
import { dailyNeedDraft, helperDraft, idOf, later, startedStore } from '../../helpers/mapStore'

function Notes({ store, docId = 'doc-map' }: { store: MapStore; docId?: string }) {
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot) as CircleViewProps['snapshot']
  return <FoldNotes docId={docId} store={store} snapshot={snapshot} />
}

describe('notes on what helpers’ phones sent and Kith would not take in', () => {
  it('show what a fold could not read once the circle’s sync starts, though the notes were on screen before it', () => {
    const store = startedStore()
    // At start-up the screen is painted first and the circle's sync starts after (sync/circles.ts).
    render(<Notes store={store} docId="map-late-sync" />)
    expect(screen.queryByRole('heading', { name: 'From helpers’ phones' })).toBeNull()
    const board = foldReportBoard()
    act(() => registerCircleSync('map-late-sync', board))
    try {
      // The person's phone runs a newer Kith: the fold does not read its document (no map write).
      const phone = new Y.Doc()
      phone.getMap('meta').set('schemaVersion', 999)
      const { reports, changed } = foldRecipient(store.doc, phone, later(1))
      expect(changed).toBe(false)
      act(() => board.publish(reports))
      expect(screen.getByText('Test Person: their phone runs a newer Kith. Update Kith here.')).toBeTruthy()
      act(() => board.publish([]))
      expect(screen.queryByRole('heading', { name: 'From helpers’ phones' })).toBeNull()
    } finally {
      unregisterCircleSync('map-late-sync')
    }
  })

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

  it('read in the coordinator’s language, old notes stored in English too', async () => {
    const store = startedStore()
    const walk = idOf(store.run('need/add', dailyNeedDraft('Pasear a Bruno'), later(1)))
    const ana = idOf(store.run('helper/add', helperDraft('Ana'), later(2)))
    recordRejections(store.doc, [{ source: ana, skipped: null, rejected: [{ path: `tasks/${walk}:2026-11-28:08:00`, reason: reasons.projectedChanged }] }], later(3))
    // Kept by an older Kith, as English words: one it wrote, and one it did not.
    const old = (path: string, reason: string) => store.doc.transact(() => upsertEntity(store.doc, TAMPERING, tamperingId(ana, path, reason), {
      source: ana, path, reason, firstAt: later(4), lastAt: later(4), count: 1, active: false, dismissedAt: null,
    }), foldOrigin)
    old('junk', 'is not part of this kind of document, so it was ignored')
    old('offer/weeklyLimit', 'was changed by hand')
    await switchLocale({ language: 'es', tag: 'es-ES' })
    try {
      render(<Notes store={store} />)
      expect(screen.getByText(/la tarea “Pasear a Bruno” del sáb/).textContent)
        .toMatch(/^Teléfono de Ana: la tarea “Pasear a Bruno” del sáb, 28 nov no coincide con lo que escribió ahí el dispositivo de quien coordina; no se tuvo en cuenta y se volverá a poner\. Visto/)
      expect(screen.getByText(/“junk”/).textContent).toMatch(/^Teléfono de Ana: “junk” no forma parte de este tipo de documento, así que no se tuvo en cuenta\./)
      // A note whose words this Kith does not know is still shown, as it was written.
      expect(screen.getByText(/“offer\/weeklyLimit”/).textContent).toMatch(/^Teléfono de Ana: “offer\/weeklyLimit” was changed by hand\./)
      expect(screen.getByRole('heading', { name: 'Desde los teléfonos de quienes ayudan' })).toBeTruthy()
    } finally {
      await switchLocale({ language: 'en', tag: 'en-GB' })
    }
  })
})
