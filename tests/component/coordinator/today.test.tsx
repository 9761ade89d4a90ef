import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useSyncExternalStore } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { MapStore } from '../../../src/store'
import type { CircleViewProps } from '../../../src/ui/coordinator/CircleScreen'
import { TodayScreen } from '../../../src/ui/coordinator/TodayScreen'
import { NOW, dailyNeedDraft, helperDraft, idOf, later, offerDraft, startedStore } from '../../helpers/mapStore'

// The plan and who could fill a time are worked out in Web Workers, which happy-dom has not: the
// same workers' code answers in this thread (tests/helpers/workersInThread.ts).
vi.mock('../../../src/ui/hooks/planWorker', async (original) => {
  const actual = await original<typeof import('../../../src/ui/hooks/planWorker')>()
  const { planWorkerInThread } = await import('../../helpers/workersInThread')
  return { ...actual, planInWorker: actual.createPlanRunner(planWorkerInThread as never) }
})
vi.mock('../../../src/ui/hooks/planQuestionWorker', async (original) => {
  const actual = await original<typeof import('../../../src/ui/hooks/planQuestionWorker')>()
  const { planQuestionWorkerInThread } = await import('../../helpers/workersInThread')
  return { ...actual, askPlanQuestion: actual.createPlanQuestionAsker(planQuestionWorkerInThread as never) }
})

/** Today as CircleScreen shows it: re-rendered whenever the map changes. */
function Today({ store }: { store: MapStore }) {
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot) as CircleViewProps['snapshot']
  return <TodayScreen docId="doc-map" store={store} snapshot={snapshot} params={[]} />
}

/**
 * Wednesday 25 November in Berlin: a walk at 08:00 with nobody assigned (Cleo is its backup),
 * a call at 10:00 that Ben makes. Ana is free on Wednesday mornings; Dev offered nothing.
 */
function wednesday() {
  const store = startedStore()
  const walk = idOf(store.run('need/add', dailyNeedDraft('Walk the dog'), later(1)))
  const call = idOf(store.run('need/add', dailyNeedDraft('Phone call', '10:00'), later(2)))
  const [ana, ben, cleo] = ['Ana', 'Ben', 'Cleo', 'Dev'].map((name, i) => idOf(store.run('helper/add', helperDraft(name), later(3 + i))))
  store.run('offer/save', offerDraft(ana, { windows: [{ weekday: 3, start: '07:00', end: '12:00' }] }), later(10))
  const seat = { from: '2026-11-25', until: '2026-12-08', override: null }
  store.run('assignment/set', { ...seat, needId: walk, slotKey: '08:00', role: 'backup', parts: [{ weekdays: [3], helperId: cleo }] }, later(11))
  store.run('assignment/set', { ...seat, needId: call, slotKey: '10:00', role: 'primary', parts: [{ weekdays: [3], helperId: ben }] }, later(12))
  return { store, ana, walkToday: `${walk}:2026-11-25:08:00` }
}

const buttonNames = (card: HTMLElement) => within(card).getAllByRole('button').map((button) => button.textContent)

describe('Today, for a time nobody is assigned to', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(NOW)
  })
  afterEach(() => vi.useRealTimers())

  it('offers “Find someone” first: the backup, who is free and able, an open call; the choice is stored', async () => {
    const user = userEvent.setup()
    const { store, ana, walkToday } = wednesday()
    render(<Today store={store} />)

    const walk = screen.getByRole('article', { name: /^Walk the dog/ })
    expect(walk.textContent).toContain('No one assigned yet')
    expect(buttonNames(walk)).toEqual(['Find someone', 'Done', 'Not needed'])
    // A time someone is assigned to keeps its own answers, "Done" first.
    expect(buttonNames(screen.getByRole('article', { name: /^Phone call/ }))).toEqual(['Done', 'Missed', 'Can’t make it', 'Not needed'])

    const find = within(walk).getByRole('button', { name: 'Find someone' })
    expect(find.getAttribute('aria-expanded')).toBe('false')
    await user.click(find)
    expect(find.getAttribute('aria-expanded')).toBe('true')
    const panel = await within(walk).findByRole('region', { name: 'Find someone for this time' })
    expect(within(panel).getByRole('button', { name: 'Ask Cleo (backup)' })).toBeTruthy()
    expect(within(panel).getByRole('button', { name: 'Post an open call' })).toBeTruthy()
    // Who is free and able is worked out in the plan-question worker: it arrives a moment later.
    const offered = (await within(panel).findAllByRole('button', { name: /will do it$/ })).map((button) => button.textContent)
    expect(offered).toEqual(['Ana will do it'])

    await user.click(within(panel).getByRole('button', { name: 'Ana will do it' }))
    expect(store.getSnapshot().statuses[walkToday]).toMatchObject({ status: 'covered', coveredBy: ana })
    const covered = screen.getByRole('article', { name: /^Walk the dog/ })
    expect(covered.getAttribute('aria-label')).toBe('Walk the dog, Covered by Ana')
    expect(within(covered).queryByRole('region', { name: 'Find someone for this time' })).toBeNull()
  })

  it('an open call posted from “Find someone” shows who could take it', async () => {
    const user = userEvent.setup()
    const { store, walkToday } = wednesday()
    render(<Today store={store} />)
    const walk = screen.getByRole('article', { name: /^Walk the dog/ })
    await user.click(within(walk).getByRole('button', { name: 'Find someone' }))
    await user.click(await within(walk).findByRole('button', { name: 'Post an open call' }))
    expect(store.getSnapshot().openCalls.map((call) => [call.occurrenceId, call.state])).toEqual([[walkToday, 'open']])
    const call = await within(screen.getByRole('article', { name: /^Walk the dog/ })).findByRole('region', { name: 'Open call' })
    expect(await within(call).findByRole('button', { name: 'Ana took it' })).toBeTruthy()
  })
})
