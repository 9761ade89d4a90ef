import type { ReactNode } from 'react'
import { addDays, localDateOf } from '../../domain/dates'
import * as describe from '../../i18n/describe'
import type { LocalDate } from '../../domain/model'
import type { DailyStatus } from '../../store/recipientDoc/layout'
import { contactHref } from '../shared/CrisisHelp'
import { PleaseStop } from './PleaseStop'
import { recipientCatalogue } from '../../i18n/catalogues/recipient'
import type { RecipientScreenProps } from './types'
import type { RecipientStore } from '../../store/roles/recipientStore'

const t = recipientCatalogue.format

/**
 * Today, with no logistics: is everything covered? Who helps is named only when the daily
 * status carries first names, which it does only when the recipient asked to see them.
 */
export function TodayScreen({ store, snapshot, circle, coordinator, now }: Omit<RecipientScreenProps, 'store'> & {
  /** Null while painted from the stored copy: "Please stop" waits for the document. */
  store: RecipientStore | null
}) {
  const today = localDateOf(now, circle.timeZone)
  const status = snapshot.daily[today]
  const nextDays = Object.keys(snapshot.daily).filter((date) => date > today).sort().slice(0, 6)
  if (circle.status === 'archived') {
    // Ended: nothing to arrange and nothing to stop, only thanks (the crisis help stays at the top).
    return (
      <QuietStatus title={t('recipient.today.endedTitle')}>
        <p>{t('recipient.today.ended')}</p>
        <p className="muted">{t('recipient.today.endedHint', { coordinator })}</p>
      </QuietStatus>
    )
  }
  if (circle.resting) {
    // Resting: nothing to arrange and nothing asked; the way back is one message to the coordinator.
    const link = contactHref(circle.coordinatorContact)
    const reach = circle.coordinatorContact && (link ? (
      <a className="crisis-link" href={link}>
        <span className="crisis-name">{t('recipient.today.reachCoordinator', { coordinator })}</span>
        <span className="crisis-contact">{circle.coordinatorContact}</span>
      </a>
    ) : <p>{t('recipient.today.reachCoordinator', { coordinator })}: {circle.coordinatorContact}</p>)
    return (
      <QuietStatus title={t('recipient.today.restingTitle')} after={reach}>
        <p>{t('recipient.today.resting')}</p>
        <p>{t('recipient.today.restingAsk', { coordinator })}</p>
        {circle.resting.lookAgain && <p className="muted">{t('recipient.today.restingLookAgain', { coordinator, date: describe.formatLocalDate(circle.resting.lookAgain) })}</p>}
      </QuietStatus>
    )
  }
  return (
    <main id="main" className="page">
      <h1 className="visually-hidden">{t('recipient.today.title')}</h1>
      {/* Painted from the stored copy: said once, so a screen reader knows why the button waits. */}
      {!store && <p className="visually-hidden" role="status">{t('recipient.today.opening')}</p>}
      <section className="daily-status" aria-labelledby="daily-status-title">
        <p className="muted">{describe.formatLocalDate(today)}</p>
        <DailyHeadline status={status} />
        {status?.status === 'being-arranged' && <p>{t('recipient.today.arrangedBy', { coordinator })}</p>}
        {!status && <p className="muted">{t('recipient.today.nothingHint')}</p>}
        {status?.helpers && status.helpers.length > 0 && <p>{t('recipient.today.helpers', { names: describe.joinWithAnd(status.helpers) })}</p>}
      </section>
      <PleaseStop store={store} needs={snapshot.needs} coordinator={coordinator} latest={snapshot.pleaseStop[0]} now={now} />
      {nextDays.length > 0 && (
        <section aria-labelledby="next-days-title">
          <h2 id="next-days-title" className="section-title">{t('recipient.today.nextDays')}</h2>
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
      <h1 className="visually-hidden">{t('recipient.today.title')}</h1>
      <section className="daily-status" aria-labelledby="daily-status-title">
        <h2 id="daily-status-title" className="daily-headline">{title}</h2>
        {children}
      </section>
      {after}
    </main>
  )
}

function DailyHeadline({ status }: { status: DailyStatus | undefined }) {
  const words = !status ? t('recipient.today.nothing') : status.status === 'all-covered' ? t('recipient.today.allCovered') : t('recipient.today.beingArranged', { open: Math.max(1, status.open) })
  return <h2 id="daily-status-title" className="daily-headline">{words}</h2>
}

function NextDay({ date, today, status }: { date: LocalDate; today: LocalDate; status: DailyStatus }) {
  const day = date === addDays(today, 1) ? t('recipient.today.tomorrow') : describe.formatLocalDate(date)
  const words = status.status === 'all-covered' ? t('recipient.today.dayCovered') : t('recipient.today.dayArranging', { open: Math.max(1, status.open) })
  const helpers = status.helpers && status.helpers.length > 0 ? ` · ${t('recipient.today.helpers', { names: describe.joinWithAnd(status.helpers) })}` : ''
  return (
    <li>
      <span className="next-day">{day}</span>
      <span className="small">{words}{helpers}</span>
    </li>
  )
}
