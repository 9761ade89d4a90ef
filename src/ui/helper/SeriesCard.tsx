import { useId, useState } from 'react'
import * as describe from '../../i18n/describe'
import { describeDatePattern, namedDaysOfPattern } from '../../i18n/describe'
import { localDateOf, weekdayOf } from '../../domain/dates'
import type { LocalDate } from '../../domain/model'
import type { HelperTaskView } from '../../store/roles/helperStore'
import { deviceTimeZone } from '../hooks/useNow'
import { TaskCard, type TaskCardProps } from './TaskCard'
import type { TaskSeries } from './taskGroups'
import { helperCatalogue } from '../../i18n/catalogues/helper'

const t = helperCatalogue.format

type Props = Omit<TaskCardProps, 'task' | 'when'> & { series: TaskSeries }

/** A regular task as one card: how it repeats, the next time, the next seven days, and each time one tap away. */
export function SeriesCard({ series, timeZone, now, ...cardProps }: Props) {
  const titleId = useId()
  // Each time's card renders only once asked for: a daily task holds dozens.
  const [showEach, setShowEach] = useState(false)
  const all = [...series.week.flatMap((day) => day.tasks), ...series.upcoming].filter((task, i, list) => list.findIndex((other) => other.id === task.id) === i)
  const dates = all.map((task) => localDateOf(task.start, timeZone))
  const next = all.find((task) => task.end > now && task.status !== 'done' && task.report?.kind !== 'done') ?? series.upcoming[0]
  const seriesWhen = {
    pattern: describeDatePattern(dates),
    times: describe.describeWindowTimes({ windowStart: next.start, windowEnd: next.end }, timeZone),
    until: describe.formatLocalDate(dates[dates.length - 1], undefined, { withWeekday: false }),
  }
  // "Every 3 days" alone leaves the reader counting: name the next few.
  const days = namedDaysOfPattern(dates, localDateOf(next.start, timeZone))
  const when = days === null ? t('helper.tasks.seriesWhen', seriesWhen) : t('helper.tasks.seriesWhenDays', { ...seriesWhen, days })
  return (
    <article className="card series-card" aria-labelledby={titleId}>
      <h3 className="card-title" id={titleId}>{series.title}</h3>
      <p className="small">{when}</p>
      {series.role === 'backup' && <p className="task-role">{t('helper.tasks.role.backup')}</p>}
      <p>{t('helper.tasks.next', { when: describe.describeOccurrenceTime({ windowStart: next.start, windowEnd: next.end }, timeZone, deviceTimeZone()) })}</p>
      <ul className="week-strip" aria-label={t('helper.tasks.nextDays')}>
        {series.week.map(({ date, tasks }) => <WeekDay key={date} date={date} tasks={tasks} timeZone={timeZone} />)}
      </ul>
      <details className="series-times" onToggle={(event) => setShowEach(event.currentTarget.open)}>
        <summary>{t('helper.tasks.eachTime', { count: series.upcoming.length })}</summary>
        {showEach && (
          <ul className="card-list">
            {series.upcoming.map((task) => (
              <li key={task.id}><TaskCard {...cardProps} task={task} when="ahead" timeZone={timeZone} now={now} /></li>
            ))}
          </ul>
        )}
      </details>
    </article>
  )
}

/** One day of the strip: the weekday and date, a mark for the day's task, and the same in words for a screen reader. */
function WeekDay({ date, tasks, timeZone }: { date: LocalDate; tasks: HelperTaskView[]; timeZone: string }) {
  const day = describe.formatLocalDateShort(date)
  const [task] = tasks
  const state = !task ? 'none' : task.status === 'done' || task.report?.kind === 'done' ? 'done'
    : task.status === 'cancelled' || (task.status === 'covered' && task.role !== 'cover') ? 'off' : 'planned'
  const what = !task ? '' : state === 'planned' ? describe.describeWindowTimes({ windowStart: task.start, windowEnd: task.end }, timeZone)
    : state === 'done' ? t('helper.tasks.status.done') : t(`helper.tasks.status.${task.status}`)
  const words = task ? t('helper.tasks.dayTask', { day, what }) : t('helper.tasks.dayNothing', { day })
  return (
    <li className={`week-day week-day-${state}`}>
      <span aria-hidden="true" className="week-day-name">{describe.weekdayShort(weekdayOf(date))}</span>
      <span aria-hidden="true" className="week-day-number">{Number(date.slice(8))}</span>
      <span aria-hidden="true" className="week-day-mark">{MARKS[state]}</span>
      <span className="visually-hidden">{words}</span>
    </li>
  )
}

const MARKS = { none: '', planned: '●', done: '✓', off: '–' } as const
