import { useId } from 'react'
import { localDateOf } from '../../domain/dates'
import type { Need, Stop } from '../../domain/model'
import { showNotice } from '../hooks/notice'
import { useNow } from '../hooks/useNow'
import type { CircleViewProps } from './CircleScreen'
import { useText } from '../../i18n'
import { dateValue } from '../../domain/phrase'
import { inboxCatalogue } from '../../i18n/catalogues/inbox'
import { refusalText } from './refusals'

/** The stops of a need that still matter today (a pause not over yet, an end), earliest first. */
export function currentStops(stops: readonly Stop[], needId: string, today: string): Stop[] {
  return stops.filter((stop) => stop.needId === needId && (stop.until === null || stop.until >= today))
}

/** One line per stop: "Paused until Monday 7 December", "Sam’s part ended on …". */
export function stopLabel(stop: Stop, helperName: (id: string) => string): string {
  if (stop.helperId) return inboxCatalogue.format('inbox.partEnded', { name: helperName(stop.helperId), date: dateValue(stop.from, 'long') })
  return stop.until ? inboxCatalogue.format('inbox.pausedUntil', { date: dateValue(stop.until, 'long') }) : inboxCatalogue.format('inbox.stoppedFrom', { date: dateValue(stop.from, 'long') })
}

/** On a need's page: what the recipient's word stopped, and a way to put it back on. */
export function StopsPanel({ store, snapshot, need }: Pick<CircleViewProps, 'store' | 'snapshot'> & { need: Need }) {
  const t = useText(inboxCatalogue)
  const id = useId()
  const now = useNow()
  const stops = currentStops(snapshot.stops, need.id, localDateOf(now, snapshot.circle.timeZone))
  if (stops.length === 0) return null
  const helperName = (helperId: string) => snapshot.helpers.find((h) => h.id === helperId)?.name ?? '—'
  return (
    <section className="panel attention" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('inbox.stopsTitle')}</h2>
      <ul className="row-list">
        {stops.map((stop) => (
          <li key={stop.id}>
            <span>{stopLabel(stop, helperName)}</span>
            <button type="button" className="button small" onClick={() => {
              const result = store.run('need/resume', { id: stop.id }, Date.now())
              showNotice(result.ok ? t('inbox.resumed', { title: need.title }) : refusalText(result.problems))
            }}>{t('inbox.resume')}</button>
          </li>
        ))}
      </ul>
    </section>
  )
}
