import { render, screen, within } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { paintKey } from '../../../src/sync/firstPaint'
import { readHelperPaint } from '../../../src/sync/helperPaint'
import { readRecipientPaint } from '../../../src/sync/recipientPaint'
import { writeRecipientPaint } from '../../../src/sync/roleDocs'
import { RecipientView } from '../../../src/ui/recipient/RecipientView'
import { CHECK_INS, NEEDS, NOW, projectedRecipientDoc, recipientStoreOf, write } from './recipientDoc'

/**
 * The recipient's Today painted from the copy stored beside their document (sync/firstPaint.ts):
 * written from a real store over a real Y.Doc, read back by hand, drawn with no store.
 */
const DOC = 'doc-r'
const stored = () => localStorage.getItem(paintKey(DOC))

function storeWithPleaseStop(note: string) {
  const doc = projectedRecipientDoc()
  const store = recipientStoreOf(doc)
  expect(store.pleaseStop(note, 'need-walk', NOW)).toBe(true)
  const [[id]] = [...doc.getMap('pleaseStop').entries()]
  write(doc, 'acks', { [`pleaseStop/${id}`]: { at: NOW, state: 'paused' } })
  return { doc, store }
}

beforeEach(() => localStorage.clear())

describe('the recipient’s painted Today', () => {
  it('holds the circle, the days and what came of "please stop", and none of the needs, check-ins or the note', () => {
    const { store } = storeWithPleaseStop('Not the loud neighbour again')
    writeRecipientPaint(DOC, store.getSnapshot())
    const copy = stored()!
    expect(copy).toContain('Alex')
    expect(copy).toContain('2026-03-12')
    expect(copy).toContain('paused')
    expect(copy).not.toContain('Not the loud neighbour again')
    for (const need of Object.values(NEEDS)) expect(copy).not.toContain(need.title)
    for (const checkIn of Object.values(CHECK_INS)) if (checkIn.worked) expect(copy).not.toContain(checkIn.worked)
  })

  it('is drawn as the live Today is, with "Please stop" waiting and saying why', () => {
    const { store } = storeWithPleaseStop('')
    writeRecipientPaint(DOC, store.getSnapshot())
    render(<RecipientView docId={DOC} store={null} painted={readRecipientPaint(DOC)!} path={['today']} now={NOW} />)
    expect(screen.getByText('Alex’s circle')).toBeTruthy()
    expect(screen.getByRole('heading', { name: 'Everything is covered today' })).toBeTruthy()
    expect(within(screen.getByRole('region', { name: 'The next few days' })).getByText('2 things are being arranged')).toBeTruthy()
    expect(screen.getByText('Priya has paused it for now.')).toBeTruthy()
    expect(screen.getByText('Opening your day… the button works in a moment.').getAttribute('role')).toBe('status')
    expect((screen.getByRole('button', { name: 'Please stop / I need some quiet' }) as HTMLButtonElement).disabled).toBe(true)
  })

  it('follows the document: a change rewrites it, a revoked or moved document removes it', () => {
    const doc = projectedRecipientDoc()
    const store = recipientStoreOf(doc)
    writeRecipientPaint(DOC, store.getSnapshot())
    write(doc, 'circle', { coordinatorName: 'Morgan Reyes' })
    writeRecipientPaint(DOC, store.getSnapshot())
    expect(readRecipientPaint(DOC)!.circle!.coordinatorName).toBe('Morgan Reyes')
    expect(stored()).not.toContain('Priya')

    write(doc, 'meta', { revoked: true })
    writeRecipientPaint(DOC, store.getSnapshot())
    expect(stored()).toBeNull()

    const moving = projectedRecipientDoc()
    const movingStore = recipientStoreOf(moving)
    writeRecipientPaint(DOC, movingStore.getSnapshot())
    expect(stored()).not.toBeNull()
    write(moving, 'meta', { movedTo: 'N'.repeat(22), movedKey: 'K'.repeat(43) })
    expect(movingStore.getSnapshot().movedTo).not.toBeNull()
    writeRecipientPaint(DOC, movingStore.getSnapshot())
    expect(stored()).toBeNull()
  })

  it('passes over a copy that is damaged, of another format or another role’s', () => {
    const { store } = storeWithPleaseStop('')
    writeRecipientPaint(DOC, store.getSnapshot())
    const good = JSON.parse(stored()!)
    expect(readHelperPaint(DOC)).toBeNull() // the recipient's copy is never a helper's
    const damaged = [
      'not json', 'null', '[]', '{"format":99}',
      JSON.stringify({ ...good, format: 2 }),
      JSON.stringify({ ...good, role: 'helper' }),
      JSON.stringify({ ...good, paint: { ...good.paint, circle: { ...good.paint.circle, recipientName: 7 } } }),
      JSON.stringify({ ...good, paint: { ...good.paint, circle: { ...good.paint.circle, crisisResources: [{ name: 'x' }] } } }),
      JSON.stringify({ ...good, paint: { ...good.paint, circle: { ...good.paint.circle, resting: 'yes' } } }),
      JSON.stringify({ ...good, paint: { ...good.paint, daily: { '2026-03-11': { status: 'maybe', open: 0 } } } }),
      JSON.stringify({ ...good, paint: { ...good.paint, daily: { '2026-03-11': { status: 'all-covered', open: 0, helpers: [1] } } } }),
      JSON.stringify({ ...good, paint: { ...good.paint, pleaseStop: [{ id: 'p', at: 'soon', state: null }] } }),
    ]
    for (const copy of damaged) {
      localStorage.setItem(paintKey(DOC), copy)
      expect(readRecipientPaint(DOC), copy).toBeNull()
    }
    localStorage.setItem(paintKey(DOC), JSON.stringify(good))
    expect(readRecipientPaint(DOC)!.circle!.recipientName).toBe('Alex')
  })
})
