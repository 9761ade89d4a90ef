import { addDays, isoWeekKey, localDateOf } from '../../domain/dates'
import { parseOccurrenceId, type LocalDate } from '../../domain/model'
import type { HelperCallView, HelperTaskView } from '../../store/roles/helperStore'

/**
 * A helper's tasks by when they fall, in the recipient's zone (every time in Kith is theirs):
 * today (a window that is open today, including one that began earlier, "by Friday"), their
 * regular tasks as series ("Walk Bruno, every day"), the rest of this Monday-to-Sunday week,
 * later, and earlier ones still there to be reported on. "This week" is the calendar week, as
 * the weekly limit counts it, not the next seven days.
 */
export interface TaskGroups {
  today: HelperTaskView[]
  series: TaskSeries[]
  thisWeek: HelperTaskView[]
  later: HelperTaskView[]
  earlier: HelperTaskView[]
}

/**
 * The same task at the same time of day in the same role, more than once after today: one
 * card with the next time and the week at a glance, each time one tap away. Keyed by need and
 * slot (from the occurrence id, which is how the coordinator's series are built too).
 */
export interface TaskSeries {
  key: string
  title: string
  role: 'primary' | 'backup'
  /** After today, in order: the times behind "each time". */
  upcoming: HelperTaskView[]
  /** Today's and the next six days' tasks of the series, by local date. */
  week: Array<{ date: LocalDate; tasks: HelperTaskView[] }>
}

const MIN_SERIES = 2
const WEEK_DAYS = 7

const lastDateOf = (task: HelperTaskView, timeZone: string) =>
  // The window's end is exclusive: a task until midnight belongs to its own day.
  localDateOf(Math.max(task.start, task.end - 1), timeZone)

function seriesKeyOf(task: HelperTaskView): string | null {
  const parsed = parseOccurrenceId(task.id)
  if (!parsed || (task.role !== 'primary' && task.role !== 'backup')) return null
  return `${parsed.needId}|${parsed.slotKey}|${task.role}`
}

export function groupTasks(tasks: readonly HelperTaskView[], now: number, timeZone: string): TaskGroups {
  const today = localDateOf(now, timeZone)
  const week = isoWeekKey(today)
  const groups: TaskGroups = { today: [], series: [], thisWeek: [], later: [], earlier: [] }
  const ahead: HelperTaskView[] = []
  for (const task of tasks) {
    if (lastDateOf(task, timeZone) < today) groups.earlier.push(task)
    else if (localDateOf(task.start, timeZone) <= today) groups.today.push(task)
    else ahead.push(task)
  }
  const byKey = new Map<string, HelperTaskView[]>()
  for (const task of ahead) {
    const key = seriesKeyOf(task)
    if (key) byKey.set(key, [...(byKey.get(key) ?? []), task])
  }
  const inSeries = new Set<string>()
  for (const [key, upcoming] of byKey) {
    if (upcoming.length < MIN_SERIES) continue
    upcoming.forEach((task) => inSeries.add(task.id))
    const all = [...groups.today.filter((task) => seriesKeyOf(task) === key), ...upcoming]
    const days = Array.from({ length: WEEK_DAYS }, (_, i) => addDays(today, i))
    groups.series.push({
      key, title: upcoming[0].title, role: upcoming[0].role as TaskSeries['role'], upcoming,
      week: days.map((date) => ({ date, tasks: all.filter((task) => localDateOf(task.start, timeZone) === date) })),
    })
  }
  for (const task of ahead) {
    if (inSeries.has(task.id)) continue
    if (isoWeekKey(localDateOf(task.start, timeZone)) === week) groups.thisWeek.push(task)
    else groups.later.push(task)
  }
  // Soonest first; the most recent earlier one first: last week's task is likelier to need a word.
  groups.series.sort((a, b) => a.upcoming[0].start - b.upcoming[0].start || a.key.localeCompare(b.key))
  groups.earlier.reverse()
  return groups
}

/** Calls whose window has not passed; one that became yours stays in view until it ends. */
export function currentCalls(calls: readonly HelperCallView[], now: number): HelperCallView[] {
  return calls.filter((call) => call.end > now)
}
