import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { RecipientView } from '../../../src/ui/recipient/RecipientView'
import { DAILY, NOW, projectedRecipientDoc, recipientStoreOf, write } from './recipientDoc'

const renderToday = (doc = projectedRecipientDoc()) => {
  render(<RecipientView docId="doc-r" store={recipientStoreOf(doc)} path={['today']} now={NOW} />)
  return doc
}

describe('the recipient’s day', () => {
  it('shows a calm daily status and the next days, with no helper named', () => {
    renderToday()
    expect(screen.getByText('Alex’s circle')).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Crisis help' })).toBeTruthy()
    expect(screen.getByRole('heading', { name: 'Everything is covered today' })).toBeTruthy()
    const next = screen.getByRole('region', { name: 'The next few days' })
    expect(within(next).getByText('Tomorrow')).toBeTruthy()
    expect(within(next).getByText('2 things are being arranged')).toBeTruthy()
    expect(screen.queryByText(/^With /)).toBeNull()
  })

  it('says how many things are still being arranged', () => {
    renderToday(projectedRecipientDoc({ daily: { '2026-03-11': { status: 'being-arranged', open: 1 } } }))
    expect(screen.getByRole('heading', { name: 'One thing is still being arranged' })).toBeTruthy()
    expect(screen.getByText('Priya is on it. You don’t need to do anything.')).toBeTruthy()
  })

  it('names who helps only when the daily status carries their first names', () => {
    const daily = { ...DAILY, '2026-03-11': { status: 'all-covered', open: 0, helpers: ['Rita', 'Sam'] } }
    renderToday(projectedRecipientDoc({ daily: daily as typeof DAILY }))
    expect(screen.getByText('With Rita and Sam')).toBeTruthy()
  })

  it('while the circle rests: says so, asks nothing, and says how to ask for help again and when the coordinator may look in', () => {
    const doc = projectedRecipientDoc({ daily: {} })
    write(doc, 'circle', { resting: { since: '2026-03-11', lookAgain: '2026-03-25' } })
    renderToday(doc)
    expect(screen.getByRole('heading', { name: 'Your circle is resting' })).toBeTruthy()
    expect(screen.getByText('Whenever you would like help again, just tell Priya: they can start it again in a moment.')).toBeTruthy()
    expect(screen.getByText(/Priya may check in with you around Wednesday 25 March/)).toBeTruthy()
    expect(screen.getByRole('link', { name: /Reach Priya/ })).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Please stop / I need some quiet' })).toBeNull()
  })

  it('has nothing to say on a day with nothing planned but that it is quiet', () => {
    renderToday(projectedRecipientDoc({ daily: {} }))
    expect(screen.getByRole('heading', { name: 'Nothing is planned for today' })).toBeTruthy()
  })

  it('"Please stop" writes into the recipient’s own `pleaseStop`, then says when the coordinator has been told', async () => {
    const user = userEvent.setup()
    const doc = renderToday()
    await user.click(screen.getByRole('button', { name: 'Please stop / I need some quiet' }))
    const sheet = screen.getByRole('dialog', { name: 'Ask for some quiet' })
    await user.type(within(sheet).getByLabelText('Anything you’d like to say (optional)'), 'No visits this week')
    await user.click(within(sheet).getByRole('button', { name: 'Send' }))
    const entries = [...doc.getMap('pleaseStop').entries()]
    expect(entries).toHaveLength(1)
    expect(entries[0][1]).toEqual({ note: 'No visits this week', at: NOW })
    expect(screen.getAllByText('Sent. It will reach Priya as soon as their phone is online.').length).toBeGreaterThan(0)

    act(() => write(doc, 'acks', { [`pleaseStop/${entries[0][0]}`]: { at: NOW, state: 'received' } }))
    expect(screen.getByText('Priya has been told.')).toBeTruthy()
  })

  it('"Please stop" may name the need to stop, and then says what the coordinator did about it', async () => {
    const user = userEvent.setup()
    const doc = renderToday()
    await user.click(screen.getByRole('button', { name: 'Please stop / I need some quiet' }))
    const sheet = screen.getByRole('dialog', { name: 'Ask for some quiet' })
    const which = within(sheet).getByLabelText('What should stop?')
    expect(within(which).getAllByRole('option').map((o) => o.textContent)).toEqual(['Nothing in particular, I need some quiet', 'Dog walks for Bruno', 'A short phone call'])
    await user.selectOptions(which, 'Dog walks for Bruno')
    await user.click(within(sheet).getByRole('button', { name: 'Send' }))
    const [[id, value]] = [...doc.getMap('pleaseStop').entries()]
    expect(value).toEqual({ note: '', needId: 'need-walk', at: NOW })

    act(() => write(doc, 'acks', { [`pleaseStop/${id}`]: { at: NOW, state: 'paused' } }))
    expect(screen.getByText('Priya has paused it for now.').getAttribute('role')).toBe('status')
    act(() => write(doc, 'acks', { [`pleaseStop/${id}`]: { at: NOW, state: 'talk-first' } }))
    expect(screen.getByText('Priya has been told, and will talk it over with you first.').getAttribute('role')).toBe('status')
    expect(screen.queryByText('Priya has paused it for now.')).toBeNull()
  })

  it('a closed circle is forgotten on this device', async () => {
    const forget = vi.fn(() => Promise.resolve())
    render(<RecipientView docId="doc-r" store={recipientStoreOf(projectedRecipientDoc({ revoked: true }))} path={[]} now={NOW} onRevoked={forget} />)
    expect(await screen.findByText(/This phone no longer keeps any of it/)).toBeTruthy()
    expect(forget).toHaveBeenCalledTimes(1)
  })
})
