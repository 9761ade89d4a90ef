import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { HelperView } from '../../../src/ui/helper/HelperView'
import { NOW, TASKS, helperStoreOf, projectedHelperDoc, type TaskWithStatus } from './helperDoc'

const at = (date: string, time: string) => Date.parse(`${date}T${time}:00Z`)
const day = (offset: number) => new Date(Date.UTC(2026, 2, 11 + offset)).toISOString().slice(0, 10)
const walk = (date: string, fields: Partial<TaskWithStatus> = {}): TaskWithStatus => ({
  title: 'Walk Bruno', kind: 'dog-walk', start: at(date, '17:00'), end: at(date, '18:00'), role: 'primary', status: 'planned', details: null, ...fields,
})

/** A daily walk from today (Wed 11 March) for 26 days, the way projection writes it: one task per day. */
function dailyWalks(): Record<string, TaskWithStatus> {
  const tasks: Record<string, TaskWithStatus> = {}
  for (let i = 0; i < 26; i++) tasks[`walk:${day(i)}:17:00`] = walk(day(i))
  tasks[`walk:${day(2)}:17:00`] = walk(day(2), { status: 'cancelled' })
  return tasks
}

describe('a helper’s regular tasks', () => {
  it('a daily walk is one card: how it repeats, the next time, the next seven days, and each time one tap away', async () => {
    const user = userEvent.setup()
    const { 'ride:2026-03-17:10:00': ride } = TASKS
    const doc = projectedHelperDoc({ tasks: { ...dailyWalks(), 'ride:2026-03-17:10:00': ride } })
    render(<HelperView docId="doc-1" store={helperStoreOf(doc)} path={['tasks']} now={NOW} />)

    // Today's walk stays a card of its own in Today, with its answers.
    const today = screen.getByRole('region', { name: 'Today' })
    expect(within(within(today).getByRole('article', { name: 'Walk Bruno' })).getByRole('button', { name: 'Done' })).toBeTruthy()

    const regular = screen.getByRole('region', { name: 'Your regular tasks' })
    const series = within(regular).getAllByRole('article', { name: 'Walk Bruno' })[0]
    expect(within(series).getByText('every day, 17:00–18:00, until 5 April')).toBeTruthy()
    expect(within(series).getByText('Next: Wed 11 Mar, 17:00–18:00')).toBeTruthy()
    const week = within(series).getByRole('list', { name: 'The next 7 days' })
    const days = within(week).getAllByRole('listitem')
    expect(days).toHaveLength(7)
    expect(days[0].textContent).toContain('Wed 11 Mar: 17:00–18:00')
    expect(days[2].textContent).toContain('Fri 13 Mar: Cancelled — nothing to do')

    // Each time is one tap away, with "Can't make it" on every one.
    const each = within(series).getByText('Each time (25)')
    await user.click(each)
    const times = within(series).getAllByRole('article', { name: 'Walk Bruno' })
    expect(times).toHaveLength(25)
    expect(within(times[0]).getByRole('button', { name: 'Can’t make it' })).toBeTruthy()

    // A one-off stays a card of its own; the walk is not listed again day by day.
    expect(within(screen.getByRole('region', { name: 'Later' })).getByRole('article', { name: 'Ride to physio' })).toBeTruthy()
    expect(screen.queryByRole('region', { name: 'Later this week' })).toBeNull()
  })

  it('a weekly task that skips a week is not promised as "every Tuesday"', () => {
    const tasks: Record<string, TaskWithStatus> = {}
    for (const offset of [6, 13, 27]) tasks[`meal:${day(offset)}:18:00`] = { ...walk(day(offset)), title: 'Dinner for Alex', kind: 'meal', start: at(day(offset), '18:00'), end: at(day(offset), '19:00') }
    render(<HelperView docId="doc-1" store={helperStoreOf(projectedHelperDoc({ tasks }))} path={['tasks']} now={NOW} />)
    const series = within(screen.getByRole('region', { name: 'Your regular tasks' })).getByRole('article', { name: 'Dinner for Alex' })
    expect(within(series).getByText('on 3 days, 18:00–19:00, until 7 April')).toBeTruthy()
  })
})
