import type { ReactNode } from 'react'
import { addDays, localDateOf } from '../../domain/dates'
import * as describe from '../../domain/describe'
import type { LocalDate } from '../../domain/model'
import type { DailyStatus } from '../../store/recipientDoc/layout'
import { contactHref } from '../shared/CrisisHelp'
import { PleaseStop } from './PleaseStop'
import { recipientText } from './text'
import type { RecipientScreenProps } from './types'

const t = recipientText.today

/**
 * Today, with no logistics: is everything covered? Who helps is named only when the daily
 * status carries first names, which it does only when the recipient asked to see them.
 */
export function TodayScreen({ store, snapshot, circle, coordinator, now }: RecipientScreenProps) {
  const today = localDateOf(now, circle.timeZone)
  const status = snapshot.daily[today]
  const nextDays = Object.keys(snapshot.daily).filter((date) => date > today).sort().slice(0, 6)
  if (circle.status === 'archived') {
    // Ended: nothing to arrange and nothing to stop, only thanks (the crisis help stays at the top).
    return (
      <QuietStatus title={t.endedTitle}>
        <p>{t.ended}</p>
        <p className="muted">{t.endedHint(coordinator)}</p>
      </QuietStatus>
    )
  }
  if (circle.resting) {
    // Resting: nothing to arrange and nothing asked; the way back is one message to the coordinator.
    const link = contactHref(circle.coordinatorContact)
    const reach = circle.coordinatorContact && (link ? (
      <a className="crisis-link" href={link}>
        <span className="crisis-name">{t.reachCoordinator(coordinator)}</span>
        <span className="crisis-contact">{circle.coordinatorContact}</span>
      </a>
    ) : <p>{t.reachCoordinator(coordinator)}: {circle.coordinatorContact}</p>)
    return (
      <QuietStatus title={t.restingTitle} after={reach}>
        <p>{t.resting}</p>
        <p>{t.restingAsk(coordinator)}</p>
        {circle.resting.lookAgain && <p className="muted">{t.restingLookAgain(coordinator, describe.formatLocalDate(circle.resting.lookAgain))}</p>}
      </QuietStatus>
    )
  }
  return (
    <main id="main" className="page">
      <h1 className="visually-hidden">{t.title}</h1>
      <section className="daily-status" aria-labelledby="daily-status-title">
        <p className="muted">{describe.formatLocalDate(today)}</p>
        <DailyHeadline status={status} />
        {status?.status === 'being-arranged' && <p>{t.arrangedBy(coordinator)}</p>}
        {!status && <p className="muted">{t.nothingHint}</p>}
        {status?.helpers && status.helpers.length > 0 && <p>{t.helpers(describe.joinWithAnd(status.helpers))}</p>}
      </section>
      <PleaseStop store={store} needs={snapshot.needs} coordinator={coordinator} latest={snapshot.pleaseStop[0]} now={now} />
      {nextDays.length > 0 && (
        <section aria-labelledby="next-days-title">
          <h2 id="next-days-title" className="section-title">{t.nextDays}</h2>
          <ul className="row-list next-days">
            {nextDays.map((date) => <NextDay key={date} date={date} today={today} status={snapshot.daily[date]} />)}
          </ul>
        </section>
      )}
    </main>
  )
}

/** Today when nothing is arranged any more (ended) or for now (resting): a headline and a few kind lines. */
function QuietStatus({ title, children, after }: { title: string; children: ReactNode; after?: ReactNode }) {
  return (
    <main id="main" className="page">
      <h1 className="visually-hidden">{t.title}</h1>
      <section className="daily-status" aria-labelledby="daily-status-title">
        <h2 id="daily-status-title" className="daily-headline">{title}</h2>
        {children}
      </section>
      {after}
    </main>
  )
}

function DailyHeadline({ status }: { status: DailyStatus | undefined }) {
  const words = !status ? t.nothing : status.status === 'all-covered' ? t.allCovered : t.beingArranged(Math.max(1, status.open))
  return <h2 id="daily-status-title" className="daily-headline">{words}</h2>
}

function NextDay({ date, today, status }: { date: LocalDate; today: LocalDate; status: DailyStatus }) {
  const day = date === addDays(today, 1) ? t.tomorrow : describe.formatLocalDate(date)
  const words = status.status === 'all-covered' ? t.dayCovered : t.dayArranging(Math.max(1, status.open))
  const helpers = status.helpers && status.helpers.length > 0 ? ` · ${t.helpers(describe.joinWithAnd(status.helpers))}` : ''
  return (
    <li>
      <span className="next-day">{day}</span>
      <span className="small">{words}{helpers}</span>
    </li>
  )
}
