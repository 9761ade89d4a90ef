import { render, screen } from '@testing-library/react'
import { Suspense, useSyncExternalStore, type ComponentType } from 'react'
import * as Y from 'yjs'
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it, vi } from 'vitest'
import { switchLocale } from '../../../src/i18n'
import { createMapStore, type MapStore } from '../../../src/store'
import type { CircleViewProps } from '../../../src/ui/coordinator/CircleScreen'
import { CheckInScreen } from '../../../src/ui/coordinator/CheckInScreen'
import { HelpersScreen } from '../../../src/ui/coordinator/HelpersScreen'
import { NeedsScreen } from '../../../src/ui/coordinator/NeedsScreen'
import { BoundariesScreen } from '../../../src/ui/coordinator/BoundariesScreen'
import { TodayScreen } from '../../../src/ui/coordinator/TodayScreen'
import { EndScreen } from '../../../src/ui/coordinator/EndScreen'
import { AssignScreen } from '../../../src/ui/coordinator/AssignScreen'
import { CoverageScreen } from '../../../src/ui/coordinator/CoverageScreen'
import { refusalText } from '../../../src/ui/coordinator/refusals'
import { NOW, dailyNeedDraft, helperDraft, idOf, later, offerDraft } from '../../helpers/mapStore'

// The planner and the plan questions run in Web Workers, which happy-dom has not: here the same
// workers' code answers in this thread, through structured clones as a worker's would.
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

/**
 * The coordinator's screens in Spanish: after switching, no English word is left on them — in
 * what is read, in labels a screen reader speaks, in placeholders and in titles. The circle's
 * own data is in Spanish, so any English found came from Kith.
 */
const ENGLISH = /(?<!\p{L})(the|and|of|to|for|with|is|are|this|that|who|what|when|add|save|remove|week|today|done|missed|helpers?|someone|every|until|more|times?|nothing|needs?|yet|your|you|their|they|it|on|in|at|by|an|from|no one|planned|backup|covered|check-in)(?!\p{L})/iu

function spanishCircle(): MapStore {
  const store = createMapStore(new Y.Doc())
  const profile = {
    recipientName: 'Lucía', publicSummary: 'Lucía se recupera de una operación.', timeZone: 'Europe/Madrid',
    startDate: '2026-11-25', endDate: '2026-12-08', coordinator: { name: 'Marta', contact: '+34 600 000 000' },
  }
  const created = store.run('circle/create', { profile, crisisResources: [{ name: 'Teléfono de la Esperanza', contact: '717 003 717' }] }, NOW)
  if (!created.ok) throw new Error(JSON.stringify(created.problems))
  const walk = idOf(store.run('need/add', dailyNeedDraft('Pasear a Bruno'), later(1)))
  const call = idOf(store.run('need/add', dailyNeedDraft('Llamada', '10:00'), later(2)))
  const [ana, ben, cleo] = ['Ana', 'Ben', 'Cleo', 'Dani'].map((name, i) => idOf(store.run('helper/add', helperDraft(name, { relation: 'vecina' }), later(3 + i))))
  store.run('offer/save', offerDraft(ana, { windows: [{ weekday: 3, start: '07:00', end: '12:00' }] }), later(10))
  store.run('offer/save', offerDraft(ben, { weeklyLimit: 0 }), later(11))
  const seat = { from: '2026-11-25', until: '2026-12-08', override: null }
  store.run('assignment/set', { ...seat, needId: walk, slotKey: '08:00', role: 'backup', parts: [{ weekdays: [3], helperId: cleo }] }, later(12))
  store.run('assignment/set', { ...seat, needId: call, slotKey: '10:00', role: 'primary', parts: [{ weekdays: [3, 4], helperId: ben }] }, later(13))
  store.run('occurrence/set-status', { occurrenceId: `${call}:2026-11-25:10:00`, status: 'done', coveredBy: null }, later(14))
  return store
}

function Screen({ store, view: View }: { store: MapStore; view: ComponentType<CircleViewProps> }) {
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot) as CircleViewProps['snapshot']
  return <Suspense fallback={<p>…</p>}><View docId="doc-map" store={store} snapshot={snapshot} params={[]} /></Suspense>
}

/** Every piece of text on the page a person meets: content, accessible names, placeholders, titles. */
function wordsOnPage(): string[] {
  const pieces: string[] = []
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.trim()
    if (text) pieces.push(text)
  }
  for (const element of document.body.querySelectorAll('[aria-label], [placeholder], [title], [alt]')) {
    for (const attribute of ['aria-label', 'placeholder', 'title', 'alt']) {
      const value = element.getAttribute(attribute)
      if (value) pieces.push(value)
    }
  }
  return pieces
}

describe('the coordinator’s screens in Spanish', () => {
  beforeAll(() => switchLocale({ language: 'es', tag: 'es-ES' }))
  afterAll(() => switchLocale({ language: 'en', tag: 'en-GB' }))
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(NOW)
  })
  afterEach(() => vi.useRealTimers())

  const screens: Array<[string, ComponentType<CircleViewProps>, string]> = [
    ['Assess: needs', NeedsScreen, 'Necesidades'],
    ['Assess: boundaries', BoundariesScreen, 'Límites'],
    ['Map: helpers', HelpersScreen, 'Mapa'],
    ['Reassess: today', TodayScreen, 'Hoy'],
    ['Reassess: check-in', CheckInScreen, 'Repaso semanal'],
    ['Reassess: end', EndScreen, 'Terminar o ampliar'],
    ['Map: coverage', CoverageScreen, 'Cobertura'],
  ]
  for (const [name, view, heading] of screens) {
    it(`${name} has no English left`, async () => {
      render(<Screen store={spanishCircle()} view={view} />)
      await screen.findByRole('heading', { level: 1, name: heading })
      const english = wordsOnPage().filter((text) => ENGLISH.test(text))
      expect(english).toEqual([])
    })
  }

  it('Assign shows the planner’s proposals with their reasons, and who is left out and why, in Spanish', async () => {
    const store = spanishCircle()
    // Plans are kept per circle and version (usePlan): one more change makes this circle's plan
    // its own, not the Coverage test's circle's, made at the same instant.
    store.run('circle/set-check-in-day', { weekday: 3 }, later(20))
    render(<Screen store={store} view={AssignScreen} />)
    await screen.findByRole('heading', { level: 1, name: 'Asignar' })
    // Ana offered Wednesday mornings: the planner proposes her, with its reasons in Spanish.
    const reasons = await screen.findAllByText(/^ofreció paseos del perro · libre mié por la mañana · /, {}, { timeout: 10_000 })
    expect(reasons.length).toBeGreaterThan(0)
    expect(screen.getAllByText('En reserva: se ofreció solo como respaldo').length).toBeGreaterThan(0)
    // Names a screen reader speaks are whole Spanish messages, not English word order pieced together.
    expect(screen.getAllByRole('button', { name: 'Aceptar a Ana para Pasear a Bruno' }).length).toBeGreaterThan(0)
    expect(screen.getAllByRole('button', { name: 'Ana no para Pasear a Bruno' }).length).toBeGreaterThan(0)
    const english = wordsOnPage().filter((text) => ENGLISH.test(text))
    expect(english).toEqual([])
  })

  it('Coverage says the gaps in Spanish', async () => {
    const store = spanishCircle()
    store.run('circle/set-check-in-day', { weekday: 4 }, later(20))
    render(<Screen store={store} view={CoverageScreen} />)
    const gaps = await screen.findAllByText(/^(Nadie se ha ofrecido|Quienes podrían están en su límite semanal): “(Pasear a Bruno|Llamada)”, /, {}, { timeout: 10_000 })
    expect(gaps.length).toBeGreaterThan(0)
    expect(wordsOnPage().filter((text) => ENGLISH.test(text))).toEqual([])
  })

  it('a refusal reads in Spanish', () => {
    const store = spanishCircle()
    const refused = store.run('assignment/remove', { id: 'goneSeries01' }, later(20))
    expect(refused.ok).toBe(false)
    expect(refused.ok ? '' : refusalText(refused.problems)).toBe('Esta asignación ya se quitó.')
    const late = store.run('circle/extend', { endDate: '2026-12-01' }, later(21))
    expect(late.ok ? '' : refusalText(late.problems)).toBe('Elige una fecha posterior al final actual, martes, 8 de diciembre de 2026.')
  })
})
