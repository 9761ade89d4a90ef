import { useId, type ReactNode } from 'react'
import * as describe from '../../i18n/describe'
import type { HelperTaskView } from '../../store/roles/helperStore'
import { useFirstScreenFirst } from '../hooks/useFirstScreenFirst'
import { CalendarSection } from '../shared/CalendarSection'
import { OpenCalls } from './OpenCalls'
import { SeriesCard } from './SeriesCard'
import { groupTasks, currentCalls } from './taskGroups'
import { TaskCard, type TaskWhen } from './TaskCard'
import { helperCatalogue } from '../../i18n/catalogues/helper'
import type { HelperScreenProps } from './types'

const t = helperCatalogue.format

/** "My tasks": today, the open calls they could take, regular tasks as series, later this week, later, and earlier ones. */
export function TasksScreen({ docId, store, snapshot, brief, coordinator, now }: HelperScreenProps) {
  const groups = groupTasks(snapshot.tasks, now, brief.timeZone)
  const calls = currentCalls(snapshot.openCalls, now)
  const upcoming = groups.today.length + groups.series.length + groups.thisWeek.length + groups.later.length
  // Once the support has ended nothing is answered any more (the coordinator takes nothing in): only thanks.
  const ended = brief.circleStatus === 'archived'
  // While the circle rests the document holds no tasks or calls: only thanks, nothing asked.
  const resting = brief.resting === true && !ended
  // Cards in screen order; the first screen's worth renders before the rest.
  const shown = useFirstScreenFirst(upcoming + groups.earlier.length)
  let left = shown
  const cards = (tasks: HelperTaskView[], when: TaskWhen) => {
    const first = tasks.slice(0, Math.max(0, left))
    left -= first.length
    return first.map((task) => (
      <li key={task.id}>
        <TaskCard store={store} task={task} when={when} timeZone={brief.timeZone} coordinator={coordinator} now={now} ended={ended} />
      </li>
    ))
  }
  const seriesCards = () => {
    const first = groups.series.slice(0, Math.max(0, left))
    left -= first.length
    return first.map((series) => (
      <li key={series.key}>
        <SeriesCard store={store} series={series} timeZone={brief.timeZone} coordinator={coordinator} now={now} ended={ended} />
      </li>
    ))
  }
  return (
    <main id="main" className="page">
      <h1>{t('helper.tasks.title')}</h1>
      <p className="muted small">{t('helper.tasks.intro', { recipient: brief.recipientFirstName })}</p>
      {/* Painted from the stored copy: said once, so a screen reader knows why the buttons wait (they
          look it). Out of sight, so the page does not move down a line and back when the document opens. */}
      {!store && <p className="visually-hidden" role="status">{t('helper.tasks.opening')}</p>}
      {ended && <p className="notice" role="status">{t('helper.messages.supportEnded', { recipient: brief.recipientFirstName })}</p>}
      {resting && <p className="notice" role="status">{t('helper.messages.resting', { recipient: brief.recipientFirstName, coordinator })}</p>}
      {!ended && !resting && <Messages snapshot={snapshot} recipient={brief.recipientFirstName} coordinator={coordinator} />}
      {!ended && !resting && upcoming === 0 && calls.length === 0 && <p className="empty">{t('helper.tasks.none')}</p>}
      <TaskSection title={t('helper.tasks.today')} empty={upcoming > 0 ? t('helper.tasks.noneToday') : undefined}>
        {cards(groups.today, 'today')}
      </TaskSection>
      {!ended && calls.length > 0 && <OpenCalls store={store} calls={calls} timeZone={brief.timeZone} coordinator={coordinator} now={now} />}
      <TaskSection title={t('helper.tasks.series')}>{seriesCards()}</TaskSection>
      <TaskSection title={t('helper.tasks.thisWeek')}>{cards(groups.thisWeek, 'ahead')}</TaskSection>
      <TaskSection title={t('helper.tasks.later')}>{cards(groups.later, 'ahead')}</TaskSection>
      <TaskSection title={t('helper.tasks.earlier')} hint={t('helper.tasks.earlierHint')}>{cards(groups.earlier, 'earlier')}</TaskSection>
      {snapshot.tasks.length > 0 && (
        <CalendarSection words={{ title: t('helper.calendar.title'), intro: t('helper.calendar.intro'), button: t('helper.calendar.button'), saved: t('helper.calendar.saved'), failed: t('helper.calendar.failed') }} make={async () => {
          const { exportHelperCalendar } = await import('./calendarExport')
          return exportHelperCalendar(docId, snapshot.tasks, { recipient: brief.recipientFirstName, coordinator, timeZone: brief.timeZone, now: Date.now() })
        }} />
      )}
    </main>
  )
}

/** Kind words from the coordinator, e.g. that visits are paused at the recipient's wish: no detail, always thanks. */
function Messages({ snapshot, recipient, coordinator }: Pick<HelperScreenProps, 'snapshot' | 'coordinator'> & { recipient: string }) {
  if (snapshot.messages.length === 0) return null
  return (
    <ul className="plain-list" aria-label={t('helper.messages.label', { coordinator })}>
      {snapshot.messages.map((message) => (
        <li key={message.id}>
          <p className="notice" role="status">
            {message.kind === 'reserve' ? t('helper.messages.reserve', { recipient, coordinator })
              : message.kind === 'paused' && message.until
                ? t('helper.messages.paused', { recipient, title: message.title, until: describe.formatLocalDate(message.until) })
                : t('helper.messages.ended', { recipient, title: message.title })}
          </p>
        </li>
      ))}
    </ul>
  )
}

/** A titled list of cards; left out when empty unless it has something kind to say instead. */
function TaskSection({ title, hint, empty, children }: { title: string; hint?: string; empty?: string; children: ReactNode[] }) {
  const headingId = useId()
  if (children.length === 0 && !empty) return null
  return (
    <section aria-labelledby={headingId} className="task-section">
      <h2 id={headingId} className="section-title">{title}</h2>
      {hint && <p className="hint">{hint}</p>}
      {children.length === 0 ? <p className="muted">{empty}</p> : <ul className="card-list">{children}</ul>}
    </section>
  )
}
