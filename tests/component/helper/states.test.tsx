import { render, screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { HelperView } from '../../../src/ui/helper/HelperView'
import { NOW, helperStoreOf, projectedHelperDoc, write } from './helperDoc'

describe('the states of a helper’s document', () => {
  it('waits kindly for the first sync', () => {
    render(<HelperView docId="doc-1" store={helperStoreOf(projectedHelperDoc({ waiting: true }))} path={[]} now={NOW} />)
    expect(screen.getByRole('heading', { name: 'Connecting to the circle…' })).toBeTruthy()
    expect(screen.getByText(/Your tasks arrive once the coordinator’s phone is online/)).toBeTruthy()
  })

  it('a revoked document is forgotten on this device and says goodbye', async () => {
    const forget = vi.fn(() => Promise.resolve())
    const doc = projectedHelperDoc({ revoked: true })
    render(<HelperView docId="doc-1" store={helperStoreOf(doc)} path={['tasks']} now={NOW} onRevoked={forget} />)
    expect(await screen.findByText('The coordinator has ended your part in this circle. This phone no longer keeps any of it. Thank you for helping.')).toBeTruthy()
    expect(forget).toHaveBeenCalledTimes(1)
    expect(doc.getMap('joined').size).toBe(0)
    expect(screen.queryByText('My tasks')).toBeNull()
  })

  it('does not claim the device forgot when forgetting failed', async () => {
    const forget = vi.fn(() => Promise.reject(new Error('blocked')))
    render(<HelperView docId="doc-1" store={helperStoreOf(projectedHelperDoc({ revoked: true }))} path={[]} now={NOW} onRevoked={forget} />)
    expect(await screen.findByText(/could not clear it from this phone yet/)).toBeTruthy()
  })

  it('a document from a newer Kith asks to update', () => {
    const doc = projectedHelperDoc()
    doc.getMap('meta').set('schemaVersion', 99)
    render(<HelperView docId="doc-1" store={helperStoreOf(doc)} path={[]} now={NOW} />)
    expect(screen.getByText(/Please update Kith/)).toBeTruthy()
  })

  it('About holds the brief, the coordinator’s contact and who to ask for a swap', async () => {
    render(<HelperView docId="doc-1" store={helperStoreOf(projectedHelperDoc())} path={['about']} now={NOW} />)
    expect(await screen.findByText('Alex is recovering from surgery and needs some practical support.')).toBeTruthy()
    expect(screen.getByText('You’ll walk Bruno every Wednesday until 30 April.')).toBeTruthy()
    expect(screen.getByText('If you need to swap a day or can’t make it, contact Priya (+44 20 7946 0000), not Alex.')).toBeTruthy()
    const reach = screen.getByRole('link', { name: /Reach Priya/ })
    expect(reach.getAttribute('href')).toBe('tel:+442079460000')
    expect(within(reach).getByText('+44 20 7946 0000')).toBeTruthy()
  })

  it('About falls back to “contact the coordinator, not the recipient” when the brief has no sentence for it', async () => {
    const doc = projectedHelperDoc()
    write(doc, 'brief', { howToChange: '' })
    render(<HelperView docId="doc-1" store={helperStoreOf(doc)} path={['about']} now={NOW} />)
    expect(await screen.findByText('To swap a day, contact Priya, not Alex.')).toBeTruthy()
  })
})
