import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { HelperView } from '../../../src/ui/helper/HelperView'
import { NOW, TASKS, helperStoreOf, projectedHelperDoc, write } from './helperDoc'

function renderTasks() {
  const doc = projectedHelperDoc()
  const store = helperStoreOf(doc)
  render(<HelperView docId="doc-1" store={store} path={['tasks']} now={NOW} />)
  return { doc, store }
}

const section = (name: string) => screen.getByRole('region', { name })
const card = (title: string) => screen.getByRole('article', { name: title })

describe('a helper’s tasks', () => {
  it('shows the brief’s top bar and groups tasks into today, later this week, later and earlier', () => {
    renderTasks()
    expect(screen.getByText('Helping Alex')).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Crisis help' })).toBeTruthy()
    expect(screen.getByRole('link', { name: 'My tasks' }).getAttribute('aria-current')).toBe('page')

    expect(within(section('Today')).getByText('Walk Bruno')).toBeTruthy()
    expect(within(section('Today')).getByText('Key under the blue pot. Text, don’t ring.')).toBeTruthy()
    const week = section('Later this week')
    expect(within(week).getByText('Dinner for Alex')).toBeTruthy()
    expect(within(week).getByText('Saturday dinner')).toBeTruthy()
    expect(within(section('Later')).getByText('Ride to physio')).toBeTruthy()
    expect(within(section('Later')).queryByText('Walk Bruno')).toBeNull()
    expect(within(section('Earlier')).getByText('Monday walk')).toBeTruthy()
  })

  it('says who is the backup, and a backup cannot mark a task done before being asked', () => {
    renderTasks()
    const backup = card('Saturday dinner')
    expect(within(backup).getByText('You’re the backup')).toBeTruthy()
    expect(within(backup).queryByRole('button', { name: 'Done' })).toBeNull()
    expect(within(backup).getByRole('button', { name: 'Can’t make it' })).toBeTruthy()
  })

  it('"Done" writes a report into the helper’s own `reports`, which shows as sent once the coordinator has it', async () => {
    const user = userEvent.setup()
    const { doc } = renderTasks()
    await user.click(within(card('Walk Bruno')).getByRole('button', { name: 'Done' }))
    expect(doc.getMap('reports').get('walk:2026-03-11:17:00')).toEqual({ kind: 'done', note: '', at: NOW })
    expect(within(card('Walk Bruno')).getByText('Will reach Priya when their phone is online')).toBeTruthy()

    // Until it arrives, they may change their mind.
    await user.click(within(card('Walk Bruno')).getByRole('button', { name: 'Change my answer' }))
    expect(doc.getMap('reports').has('walk:2026-03-11:17:00')).toBe(false)
    await user.click(within(card('Walk Bruno')).getByRole('button', { name: 'Done' }))

    act(() => write(doc, 'acks', { 'reports/walk:2026-03-11:17:00': NOW }))
    expect(within(card('Walk Bruno')).getByText('Sent to Priya')).toBeTruthy()
    expect(within(card('Walk Bruno')).queryByRole('button', { name: 'Change my answer' })).toBeNull()
  })

  it('"Can’t make it" and "Ask for a swap" send an optional note', async () => {
    const user = userEvent.setup()
    const { doc } = renderTasks()
    const dinner = card('Dinner for Alex')
    expect(within(dinner).queryByRole('button', { name: 'Done' })).toBeNull()
    await user.click(within(dinner).getByRole('button', { name: 'Can’t make it' }))
    await user.type(within(dinner).getByLabelText('A note for Priya (optional)'), 'Working late, sorry')
    await user.click(within(dinner).getByRole('button', { name: 'Send' }))
    expect(doc.getMap('reports').get('meal:2026-03-13:18:00')).toEqual({ kind: 'cant-make-it', note: 'Working late, sorry', at: NOW })
    expect(within(card('Dinner for Alex')).getByText('You said you can’t make it.')).toBeTruthy()

    const ride = card('Ride to physio')
    await user.click(within(ride).getByRole('button', { name: 'Ask for a swap' }))
    await user.click(within(ride).getByRole('button', { name: 'Send' }))
    expect(doc.getMap('reports').get('ride:2026-03-17:10:00')).toEqual({ kind: 'swap-request', note: '', at: NOW })
  })

  it('shows the coordinator’s status, kindly', () => {
    const doc = projectedHelperDoc()
    write(doc, 'taskStatuses', { 'meal:2026-03-13:18:00': 'covered' })
    render(<HelperView docId="doc-1" store={helperStoreOf(doc)} path={[]} now={NOW} />)
    const dinner = card('Dinner for Alex')
    expect(within(dinner).getByText('Someone else is covering this')).toBeTruthy()
    expect(within(dinner).queryByRole('button')).toBeNull()
  })

  it('still reads a document projected by an older Kith, with each status inside its task', () => {
    const doc = projectedHelperDoc()
    write(doc, 'meta', { schemaVersion: 1 })
    for (const [id, task] of Object.entries(TASKS)) write(doc, 'tasks', { [id]: { ...task, status: id.startsWith('meal:2026-03-13') ? 'covered' : 'planned' } })
    render(<HelperView docId="doc-1" store={helperStoreOf(doc)} path={[]} now={NOW} />)
    expect(within(card('Dinner for Alex')).getByText('Someone else is covering this')).toBeTruthy()
    expect(within(card('Dinner for Alex')).queryByRole('button')).toBeNull()
    expect(within(card('Ride to physio')).getByRole('button', { name: 'Ask for a swap' })).toBeTruthy()
  })

  it('an open call can be claimed: the claim waits for the coordinator, then it is yours', async () => {
    const user = userEvent.setup()
    const { doc } = renderTasks()
    const calls = section('Can you help?')
    expect(within(calls).getByText('Someone else took this — thank you')).toBeTruthy()
    const plants = within(calls).getByRole('article', { name: 'Water the plants' })
    await user.click(within(plants).getByRole('button', { name: 'I can take it' }))
    expect(doc.getMap('claims').get('call-open')).toEqual({ at: NOW })
    expect(within(plants).getByText('Waiting for Priya to confirm')).toBeTruthy()

    act(() => write(doc, 'openCalls', { 'call-open': { ...(doc.getMap('openCalls').get('call-open') as object), taken: true, takenByYou: true } }))
    expect(within(section('Can you help?')).getByText('Thank you — it’s yours')).toBeTruthy()
  })

  it('joins once the document is open', () => {
    const { doc } = renderTasks()
    expect(doc.getMap('joined').get('at')).toBe(NOW)
  })

  it('shows the coordinator’s kind word about paused or ended visits, with thanks and without detail', () => {
    const { doc } = renderTasks()
    expect(screen.queryByRole('list', { name: 'From Priya' })).toBeNull()
    act(() => write(doc, 'messages', {
      older: { kind: 'ended', title: 'Dinner for Alex', from: '2026-03-09', until: null, at: NOW - 1000 },
      newer: { kind: 'paused', title: 'Walk Bruno', from: '2026-03-11', until: '2026-03-17', at: NOW },
      broken: { kind: 'paused', title: 'Walk Bruno', from: '2026-03-11', until: 5, at: NOW },
    }))
    const words = within(screen.getByRole('list', { name: 'From Priya' })).getAllByRole('status').map((s) => s.textContent)
    expect(words).toEqual([
      'Alex has asked for a quieter time, so your visits for “Walk Bruno” are paused until Tuesday 17 March. Thank you for them.',
      'Alex has asked for a change, so your visits for “Dinner for Alex” have come to an end. Thank you for them.',
    ])
  })
})
