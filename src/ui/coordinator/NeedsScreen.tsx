import * as describe from '../../i18n/describe'
import { localDateOf } from '../../domain/dates'
import { nextOccurrences } from '../../domain/schedule'
import type { Need } from '../../domain/model'
import { peopleNamedIn } from '../../domain/redaction'
import { safetyStateOf } from '../../domain/safetyVerdict'
import { namedPeople } from './NeedForm'
import { href } from '../hooks/router'
import { deviceTimeZone, useNow } from '../hooks/useNow'
import type { CircleViewProps } from './CircleScreen'
import { SafetyFirstPanel } from './Safety'
import { currentStops, stopLabel } from './StopsPanel'
import { Suggestions } from './Suggestions'
import { useText } from '../../i18n'
import { assessCatalogue } from '../../i18n/catalogues/assess'

const SAFETY_TAGS = {
  'professional-first': 'assess.needs.professionalFirst', 'peer-confirmed': 'assess.needs.peerConfirmed', question: 'assess.needs.safetyQuestion',
} as const

export function NeedsScreen(props: CircleViewProps) {
  const t = useText(assessCatalogue)
  const { docId, snapshot } = props
  const { circle, needs } = snapshot
  const now = useNow()

  return (
    <main id="main" className="page">
      <h1>{t('assess.needs.title')}</h1>
      <p className="muted">{t('assess.needs.intro', { name: circle.recipientName })}</p>
      <SafetyFirstPanel {...props} />
      <Suggestions {...props} />
      {needs.length === 0 ? (
        <p className="empty">{t('assess.needs.empty', { name: circle.recipientName })}</p>
      ) : (
        <ul className="card-list" aria-label={t('assess.needs.title')}>
          {needs.map((need) => (
            <li key={need.id}>
              <NeedCard need={need} docId={docId} snapshot={snapshot} now={now} namesSomeone={peopleNamedIn(need.title, namedPeople(snapshot)).length > 0} />
            </li>
          ))}
        </ul>
      )}
      <a className="button primary block sticky-action" href={href(`c/${docId}/needs/new`)}>
        {t('assess.needs.add')}
      </a>
    </main>
  )
}

function NeedCard({ need, docId, snapshot, now, namesSomeone }: { need: Need; docId: string; snapshot: CircleViewProps['snapshot']; now: number; namesSomeone: boolean }) {
  const t = useText(assessCatalogue)
  const { circle } = snapshot
  const state = safetyStateOf(need)
  const stops = currentStops(snapshot.stops, need.id, localDateOf(now, circle.timeZone))
  const helperName = (id: string) => snapshot.helpers.find((h) => h.id === id)?.name ?? '—'
  const [next] = nextOccurrences(need, { circleStart: circle.startDate, circleEnd: circle.endDate, timeZone: circle.timeZone }, now, 1)
  return (
    <a className={`card card-link need-card priority-${need.priority}`} href={href(`c/${docId}/needs/${need.id}`)}>
      <span className="card-title">{need.title}</span>
      <span className="tags">
        <span className={`tag priority-${need.priority}`}>{describe.priorityLabel(need.priority)}</span>
        <span className="tag">{describe.taskKindLabel(need.kind)}</span>
        {need.mode === 'remote' && <span className="tag">{t('assess.needForm.remote')}</span>}
        {need.sensitive && <span className="tag private">{t('assess.needs.sensitive')}</span>}
        {state !== 'clear' && <span className="tag safety">{t(SAFETY_TAGS[state])}</span>}
        {namesSomeone && <span className="tag safety">{t('assess.needs.namesSomeone')}</span>}
        {stops.map((stop) => <span key={stop.id} className="tag">{stopLabel(stop, helperName)}</span>)}
      </span>
      <span className="schedule">{describe.describeSchedule(need, circle.endDate, { circleStart: circle.startDate })}</span>
      <span className="muted small">
        {next ? `${t('assess.needs.next')}: ${describe.describeOccurrenceTime(next, circle.timeZone, deviceTimeZone())}` : t('assess.needs.none')}
      </span>
    </a>
  )
}
