import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { RecipientView } from '../../../src/ui/recipient/RecipientView'
import { NEEDS, NOW, projectedRecipientDoc, recipientStoreOf, write } from './recipientDoc'

/** Renders a tab and waits for its screen, which loads on demand. */
const renderAt = async (route: string) => {
  const doc = projectedRecipientDoc()
  render(<RecipientView docId="doc-r" store={recipientStoreOf(doc)} path={[route]} now={NOW} />)
  await screen.findByRole('heading', { level: 1 })
  return doc
}

describe('the recipient’s needs', () => {
  it('lists the needs in their words and sends a suggestion for something new', async () => {
    const user = userEvent.setup()
    const doc = await renderAt('needs')
    const walks = screen.getByRole('article', { name: 'Dog walks for Bruno' })
    expect(within(walks).getByText('every day, 17:00–18:00, until 30 April')).toBeTruthy()
    expect(within(walks).getByText('High priority')).toBeTruthy()
    expect(within(walks).queryByRole('button', { name: 'This matters more' })).toBeNull()

    await user.type(screen.getByLabelText('What would help?'), 'Help with the laundry')
    await user.type(screen.getByLabelText('Anything else (optional)'), 'Once a week is plenty')
    await user.click(screen.getByRole('button', { name: 'Send suggestion' }))
    const [[id, value]] = [...doc.getMap('suggestions').entries()]
    expect(value).toEqual({ kind: 'new-need', title: 'Help with the laundry', note: 'Once a week is plenty', at: NOW })
    const mine = screen.getByRole('region', { name: 'Your suggestions' })
    expect(within(mine).getByText('Will reach Priya when their phone is online')).toBeTruthy()

    act(() => write(doc, 'acks', { [`suggestions/${id}`]: { at: NOW, state: 'accepted' } }))
    expect(within(screen.getByRole('region', { name: 'Your suggestions' })).getByText('Priya took this on')).toBeTruthy()
  })

  it('marks a need paused or stopped at their word, and ignores a malformed mark', async () => {
    const doc = await renderAt('needs')
    const walks = () => screen.getByRole('article', { name: 'Dog walks for Bruno' })
    expect(within(walks()).queryByText(/as you asked/)).toBeNull()
    act(() => write(doc, 'needs', { 'need-walk': { ...NEEDS['need-walk'], stopped: { kind: 'pause', until: '2026-03-17' } } }))
    expect(within(walks()).getByText('Paused until Tuesday 17 March, as you asked.')).toBeTruthy()
    act(() => write(doc, 'needs', { 'need-walk': { ...NEEDS['need-walk'], stopped: { kind: 'end', until: null } } }))
    expect(within(walks()).getByText('Stopped, as you asked.')).toBeTruthy()
    act(() => write(doc, 'needs', { 'need-walk': { ...NEEDS['need-walk'], stopped: { kind: 'pause', until: 17 } } }))
    expect(within(walks()).queryByText(/as you asked/)).toBeNull()
  })

  it('asks for a title before sending a suggestion', async () => {
    const user = userEvent.setup()
    const doc = await renderAt('needs')
    await user.click(screen.getByRole('button', { name: 'Send suggestion' }))
    expect(screen.getByRole('alert').textContent).toBe('Please write a few words about what would help.')
    expect(doc.getMap('suggestions').size).toBe(0)
  })

  it('"This matters more" suggests a higher priority', async () => {
    const user = userEvent.setup()
    const doc = await renderAt('needs')
    await user.click(within(screen.getByRole('article', { name: 'A short phone call' })).getByRole('button', { name: 'This matters more' }))
    const [value] = [...doc.getMap('suggestions').values()]
    expect(value).toEqual({ kind: 'priority', needId: 'need-call', priority: 'high', note: '', at: NOW })
  })
})

describe('the recipient’s check-ins', () => {
  it('shows the newest first with the coordinator’s notes, and sends the recipient’s answers', async () => {
    const user = userEvent.setup()
    const doc = await renderAt('check-ins')
    const [newest, older] = screen.getAllByRole('article')
    expect(within(newest).getByText('Week of Monday 9 March')).toBeTruthy()
    expect(within(older).getByText('Week of Monday 2 March')).toBeTruthy()
    expect(within(newest).getByText('Long visits')).toBeTruthy()
    expect(within(newest).getByText('Visits are now drop-offs')).toBeTruthy()

    await user.click(within(newest).getByRole('button', { name: 'Send my answers' }))
    expect(within(newest).getByRole('alert').textContent).toBe('Write a few words in any of the boxes first.')
    expect(doc.getMap('answers').size).toBe(0)

    await user.type(within(newest).getByLabelText('What worked for you'), 'The dinners')
    await user.type(within(newest).getByLabelText('What is not helpful and should stop'), 'Calls after 8')
    await user.click(within(newest).getByRole('button', { name: 'Send my answers' }))
    expect(doc.getMap('answers').get('check-2')).toEqual({ worked: 'The dinners', missing: '', notHelpful: 'Calls after 8', at: NOW })
    const answered = screen.getAllByRole('article')[0]
    expect(within(answered).getByText('Will reach Priya when their phone is online')).toBeTruthy()

    act(() => write(doc, 'acks', { 'answers/check-2': { at: NOW, state: 'received' } }))
    expect(within(screen.getAllByRole('article')[0]).getByText('Sent to Priya')).toBeTruthy()
  })

  it('lists them in the order the coordinator saved them, whatever their phone’s clock said', async () => {
    const doc = await renderAt('check-ins')
    // Saved after check-2, on a phone whose clock ran a week behind.
    act(() => write(doc, 'checkIns', { 'check-3': { weekOf: '2026-03-16', at: Date.UTC(2026, 2, 3, 18), seq: 3, worked: 'Quiet Sundays', missing: '', stop: '', adjusted: '' } }))
    const weeks = screen.getAllByRole('article').map((article) => within(article).getByText(/^Week of/).textContent)
    expect(weeks).toEqual(['Week of Monday 16 March', 'Week of Monday 9 March', 'Week of Monday 2 March'])
  })
})
