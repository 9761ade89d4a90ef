import { isoWeekKey, localDateOf } from '../../domain/dates'
import type { HelperCallView, HelperTaskView } from '../../store/roles/helperStore'

/**
 * A helper's tasks by when they fall, in the recipient's zone (every time in Kith is theirs):
 * today (a window that is open today, including one that began earlier, "by Friday"), the rest
 * of this Monday-to-Sunday week, later, and earlier ones still there to be reported on.
 * "This week" is the calendar week, as the weekly limit counts it, not the next seven days.
 */
export interface TaskGroups {
  today: HelperTaskView[]
  thisWeek: HelperTaskView[]
  later: HelperTaskView[]
  earlier: HelperTaskView[]
}

export function groupTasks(tasks: readonly HelperTaskView[], now: number, timeZone: string): TaskGroups {
  const today = localDateOf(now, timeZone)
  const week = isoWeekKey(today)
  const groups: TaskGroups = { today: [], thisWeek: [], later: [], earlier: [] }
  for (const task of tasks) {
    const first = localDateOf(task.start, timeZone)
    // The window's end is exclusive: a task until midnight belongs to its own day.
    const last = localDateOf(Math.max(task.start, task.end - 1), timeZone)
    if (last < today) groups.earlier.push(task)
    else if (first <= today) groups.today.push(task)
    else if (isoWeekKey(first) === week) groups.thisWeek.push(task)
    else groups.later.push(task)
  }
  // The most recent first: last week's task is likelier to need a word than one a week older.
  groups.earlier.reverse()
  return groups
}

/** Calls whose window has not passed; one that became yours stays in view until it ends. */
export function currentCalls(calls: readonly HelperCallView[], now: number): HelperCallView[] {
  return calls.filter((call) => call.end > now)
}
