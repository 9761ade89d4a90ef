import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { HelperView } from '../../../src/ui/helper/HelperView'
import { NOW, helperStoreOf, projectedHelperDoc, write } from './helperDoc'

describe('a helper’s offer', () => {
  it('starts from what the coordinator filled in and saves into the helper’s own `offer`', async () => {
    const user = userEvent.setup()
    const doc = projectedHelperDoc()
    render(<HelperView docId="doc-1" store={helperStoreOf(doc)} path={['offer']} now={NOW} />)
    expect(await screen.findByText('What can you offer, when, and for how many weeks?')).toBeTruthy()
    expect(screen.getByText(/Priya filled this in from what you said/)).toBeTruthy()
    expect((screen.getByRole('checkbox', { name: 'Dog walk' }) as HTMLInputElement).checked).toBe(true)
    expect((screen.getByLabelText('Tasks per week, at most') as HTMLInputElement).value).toBe('2')

    await user.click(screen.getByRole('checkbox', { name: 'Meal' }))
    await user.click(screen.getByRole('button', { name: 'Add a time' }))
    await user.selectOptions(screen.getAllByLabelText('Days')[1], 'Saturday')
    await user.click(screen.getByRole('radio', { name: 'Remote only' }))
    const limit = screen.getByLabelText('Tasks per week, at most')
    await user.clear(limit)
    await user.type(limit, '3')
    await user.type(screen.getByLabelText('Last day you can help'), '2026-04-12')
    expect(screen.getByText('That’s about 7 weeks.')).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Save my offer' }))

    expect(doc.getMap('offer').toJSON()).toEqual({
      kinds: ['dog-walk', 'meal'],
      windows: [{ weekday: 3, start: '17:00', end: '19:00' }, { weekday: 6, start: '10:00', end: '12:00' }],
      from: '2026-03-01', until: '2026-04-12', mode: 'remote-only', weeklyLimit: 3, at: NOW,
    })
    expect(screen.getByText('Will reach Priya when their phone is online')).toBeTruthy()
    act(() => write(doc, 'acks', { offer: NOW }))
    expect(screen.getByText('Sent to Priya')).toBeTruthy()
  })

  it('saves a time past midnight as that night, and refuses one that ends as it starts, saying why', async () => {
    const user = userEvent.setup()
    const doc = projectedHelperDoc()
    render(<HelperView docId="doc-1" store={helperStoreOf(doc)} path={['offer']} now={NOW} />)
    const [until] = await screen.findAllByLabelText('Until')
    const [from] = screen.getAllByLabelText('From')
    await user.clear(until)
    await user.type(until, '17:00')
    await user.click(screen.getByRole('button', { name: 'Save my offer' }))
    expect(screen.getByRole('alert').textContent).toBe('Each time needs a start and a different end.')
    expect(doc.getMap('offer').size).toBe(0)

    await user.clear(from)
    await user.type(from, '22:00')
    await user.clear(until)
    await user.type(until, '06:00')
    expect(screen.getByText('Ends the next day: this time runs past midnight.')).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Save my offer' }))
    expect(doc.getMap('offer').toJSON().windows).toEqual([{ weekday: 3, start: '22:00', end: '06:00' }])
  })
})
