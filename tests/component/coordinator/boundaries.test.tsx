import { render, screen } from '@testing-library/react'
import { Suspense, useSyncExternalStore } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { switchLocale, type Locale } from '../../../src/i18n'
import { WEEKDAYS } from '../../../src/domain/model'
import type { MapStore } from '../../../src/store'
import { BoundariesScreen } from '../../../src/ui/coordinator/BoundariesScreen'
import type { CircleViewProps } from '../../../src/ui/coordinator/CircleScreen'
import { later, startedStore } from '../../helpers/mapStore'

function Boundaries({ store }: { store: MapStore }) {
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot) as CircleViewProps['snapshot']
  return <Suspense fallback={<p>…</p>}><BoundariesScreen docId="doc-map" store={store} snapshot={snapshot} params={[]} /></Suspense>
}

/** Times with no visits: 07:00–10:00 every day, and Friday night 21:00 to 08:00. */
function circleWithQuietTimes(): MapStore {
  const store = startedStore()
  for (const weekday of WEEKDAYS) store.run('off-limits/add', { weekday, start: '07:00', end: '10:00' }, later(weekday))
  store.run('off-limits/add', { weekday: 5, start: '21:00', end: '08:00' }, later(10))
  return store
}

const labels = () => [...document.querySelectorAll('[aria-labelledby="offlimits-title"] li > span')].map((span) => span.textContent)

describe('times with no visits, in the app’s language and hour cycle', () => {
  afterEach(() => switchLocale({ language: 'en', tag: 'en-GB' }))

  const cases: Array<[string, Locale, string[]]> = [
    ['en-GB', { language: 'en', tag: 'en-GB' }, ['Every day, 07:00–10:00', 'Friday night, 21:00 to 08:00 the next morning']],
    ['en-US', { language: 'en', tag: 'en-US' }, ['Every day, 7:00 AM–10:00 AM', 'Friday night, 9:00 PM to 8:00 AM the next morning']],
    ['es-ES', { language: 'es', tag: 'es-ES' }, ['Todos los días, 07:00–10:00', 'viernes por la noche, de 21:00 a 08:00 de la mañana siguiente']],
  ]
  it.each(cases)('%s', async (_tag, locale, want) => {
    await switchLocale(locale)
    render(<Boundaries store={circleWithQuietTimes()} />)
    await screen.findByRole('heading', { level: 1 })
    expect(labels()).toEqual(want)
  })
})
