import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { render, screen } from '@testing-library/react'
import * as Y from 'yjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { switchLocale } from '../../../src/i18n'
import { HelperView } from '../../../src/ui/helper/HelperView'
import { RecipientView } from '../../../src/ui/recipient/RecipientView'
import { helperBrief } from '../../../src/domain/brief'
import { schedulePhrase } from '../../../src/domain/describe'
import type { Need } from '../../../src/domain/model'
import { NOW, TASKS, brief, helperStoreOf, projectedHelperDoc, write } from '../helper/helperDoc'
import { helperDocOf, makeCircle, must } from '../../unit/store/projection/circle'
import { later } from '../../helpers/mapStore'
import { NEEDS, circle, projectedRecipientDoc, recipientStoreOf, write as writeRecipient } from '../recipient/recipientDoc'

/**
 * A phone in Spanish: the helper's and the recipient's screens carry no English of Kith's own.
 * What people wrote (titles, names, notes) stays as written, so it is taken out before looking.
 */
const CATALOGUES = join(__dirname, '../../../src/i18n/catalogues')
const english = (area: string): Record<string, string> => JSON.parse(readFileSync(join(CATALOGUES, area, 'en.json'), 'utf8'))
const spanish = (area: string): Record<string, string> => JSON.parse(readFileSync(join(CATALOGUES, area, 'es.json'), 'utf8'))

/** Kith's own English sentences and phrases (no placeholders, not the same in Spanish). */
const englishLiterals = ['shared', 'words', 'helper', 'recipient'].flatMap((area) => {
  const es = spanish(area)
  return Object.entries(english(area)).filter(([id, text]) => !/[{}]/.test(text) && text.length > 4 && text !== es[id]).map(([, text]) => text)
})
const ENGLISH_WORDS = /\b(the|and|until|every|your|you|from|with|today|tomorrow|next|later|earlier|nothing|thank|please|help|minutes?|hours?|days?)\b/i

/** The page's text without what people wrote in the documents. */
function kithWords(written: readonly string[]): string {
  let text = document.body.textContent ?? ''
  for (const value of [...written].sort((a, b) => b.length - a.length)) text = text.split(value).join(' ')
  return text
}

function expectNoEnglish(written: readonly string[]) {
  const text = kithWords(written)
  // Whole words only: "Cancelar" holds "Cancel".
  const found = (literal: string) => new RegExp(`(^|[^\\p{L}])${literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(text)
  expect(englishLiterals.filter(found)).toEqual([])
  expect(text.match(ENGLISH_WORDS)?.[0] ?? null).toBeNull()
}

const need = (fields: Partial<Need['timing']>): Need => ({
  id: 'walk', title: 'Walk Bruno', category: 'practical', kind: 'dog-walk', priority: 'high',
  timing: { recurrence: { kind: 'weekly', weekdays: [3] }, slots: [{ start: '17:00', end: '18:00', spanDays: 1 }], durationMinutes: 60, startDate: null, endDate: null, ...fields },
  mode: 'in-person', sensitive: false, assignedDetails: '', shareDetails: false, privateDetails: '',
  requiredTags: [], safety: { professionalFirst: false, peerConfirmed: false }, source: 'coordinator', createdAt: 0,
})

const HELPER_WRITTEN = [
  'Walk Bruno', 'Key under the blue pot. Text, don’t ring.', 'Dinner for Alex', 'Saturday dinner', 'Ride to physio', 'Monday walk',
  'Water the plants', 'Pick up a prescription', brief.publicSummary, 'Priya Shah', 'Priya', 'Alex', 'Robin', 'Samaritans', 'Kith',
  ...brief.seriesSentences, brief.howToChange,
]
const RECIPIENT_WRITTEN = [
  ...Object.values(NEEDS).flatMap((n) => [n.title, n.schedule]), 'The walks', 'Dinners arrived on time', 'A quiet evening', 'Long visits',
  'Visits are now drop-offs', circle.publicSummary, 'Priya Shah', 'Priya', 'Alex', 'Samaritans', 'Kith',
]

describe('a phone in Spanish', () => {
  beforeAll(() => switchLocale({ language: 'es', tag: 'es-ES' }))
  afterAll(() => switchLocale({ language: 'en', tag: 'en-GB' }))

  it('sets the page’s language', () => {
    expect(document.documentElement.lang).toBe('es')
  })

  it('shows a helper’s tasks in Spanish, dates included', async () => {
    render(<HelperView docId="doc-1" store={helperStoreOf(projectedHelperDoc())} path={['tasks']} now={NOW} />)
    expect(await screen.findByRole('heading', { level: 1, name: 'Mis tareas' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Ayuda en una crisis' })).toBeTruthy()
    expect(document.body.textContent).toContain('mié, 11 mar')
    expectNoEnglish(HELPER_WRITTEN)
  })

  it('shows the helper’s offer and the brief in Spanish, the brief rendered from what the coordinator’s phone sent as data', async () => {
    const doc = projectedHelperDoc()
    const phrases = helperBrief({
      circle: { recipientName: 'Alex', publicSummary: brief.publicSummary, coordinator: { name: 'Priya Shah', contact: brief.coordinatorContact }, crisisResources: brief.crisisResources as never, timeZone: 'UTC', endDate: '2026-04-30' },
      helper: { id: 'robin', name: 'Robin' } as never, needs: [need({})],
      assignments: [{ id: 'a1', needId: 'walk', helperId: 'robin', role: 'primary', slotKey: '17:00', weekdays: [3], from: '2026-03-04', until: '2026-04-29', accepted: true } as never],
      today: '2026-03-11',
    })
    write(doc, 'brief', { seriesPhrases: phrases.tasks.map((t) => t.sentence), howToChangePhrase: phrases.howToChange })
    const { unmount } = render(<HelperView docId="doc-1" store={helperStoreOf(doc)} path={['about']} now={NOW} />)
    expect(await screen.findByText('Te encargarás de pasear al perro («Walk Bruno») cada mié, 17:00–18:00, hasta el 29 de abril.')).toBeTruthy()
    expect(screen.getByText('Si necesitas cambiar un día o no puedes ir, habla con Priya Shah (+44 20 7946 0000), no con Alex.')).toBeTruthy()
    expectNoEnglish(HELPER_WRITTEN)
    unmount()
    render(<HelperView docId="doc-1" store={helperStoreOf(doc)} path={['offer']} now={NOW} />)
    expect(await screen.findByRole('heading', { level: 1, name: 'Mi oferta' })).toBeTruthy()
    expectNoEnglish(HELPER_WRITTEN)
  })

  for (const path of ['today', 'needs', 'check-ins']) {
    it(`shows the recipient’s ${path} in Spanish`, async () => {
      const doc = projectedRecipientDoc()
      writeRecipient(doc, 'needs', Object.fromEntries(Object.entries(NEEDS).map(([id, n]) => [id, {
        ...n, schedulePhrase: schedulePhrase(need({ recurrence: { kind: 'daily' } }), '2026-04-30', { circleStart: '2026-03-01' }),
      }])))
      render(<RecipientView docId="doc-r" store={recipientStoreOf(doc)} path={[path]} now={NOW} />)
      await screen.findByRole('heading', { level: 1 })
      if (path === 'needs') expect(screen.getAllByText('todos los días, 17:00–18:00, hasta el 30 de abril')).toHaveLength(2)
      if (path === 'check-ins') expect(document.body.textContent).toContain('Semana del lunes, 9 de marzo')
      expectNoEnglish(RECIPIENT_WRITTEN)
    })
  }

  it('says who was left out of a task in the phone’s words, never in English: projection sends a marker, not words', async () => {
    const circle = makeCircle()
    const { names, secrets } = circle
    const other = names.b.split(' ')[0]
    must(circle.store.run('need/update', {
      id: circle.needs.walk,
      fields: { title: `Pasear al perro con ${other}`, assignedDetails: `Si viene ${names.excluded}, no abras. ${secrets.walkPrivate}.` },
    }, later(20)))
    const doc = helperDocOf(circle, circle.helpers.a)
    const stored = new TextDecoder().decode(Y.encodeStateAsUpdate(doc))
    expect(stored).not.toMatch(/a helper|someone|not shared/)
    render(<HelperView docId="doc-1" store={helperStoreOf(doc)} path={['tasks']} now={Date.UTC(2026, 10, 25, 6)} />)
    expect((await screen.findAllByText('Pasear al perro con alguien que ayuda')).length).toBeGreaterThan(0)
    expect(screen.getAllByText('Si viene alguien, no abras. (no compartido).').length).toBeGreaterThan(0)
    expect(document.body.textContent).not.toMatch(/[\uE000-\uE002]/u)
    expect(document.body.textContent).not.toMatch(/a helper|someone|not shared/)
  })

  it('still shows a task an older Kith wrote with its English stand-in, as it was written', async () => {
    const doc = projectedHelperDoc({ tasks: { 'walk:2026-03-11:17:00': { ...Object.values(TASKS)[0], title: 'Walk Bruno with a helper' } } })
    render(<HelperView docId="doc-1" store={helperStoreOf(doc)} path={['tasks']} now={NOW} />)
    expect((await screen.findAllByText('Walk Bruno with a helper')).length).toBeGreaterThan(0)
  })
})
