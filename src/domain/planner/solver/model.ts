/**
 * The optimisation model the solver works on: every occurrence still to plan as a task with
 * its options (helper, planned start and end, week), each helper's weekly capacity after the
 * accepted tasks, and each helper's options grouped by overlap.
 *
 * Overlap groups are what make the relaxation in exact.ts a matroid: a helper's options form
 * overlap components (chains of options that overlap pairwise in sequence); the part of one
 * component inside one week is a group, and no plan can give a helper more of a group than its
 * largest set of pairwise non-overlapping options (`capacity`). A group of capacity 1 is a
 * clique — the common case, when needs start at the same hour — and there the relaxation is
 * exact; only groups of capacity 2+ can hide overlaps the branch and bound must split.
 */
import type { Occurrence, Priority } from '../../model'
import { mondayOfWeek, weekNumberAt } from '../localTime'
import { compareText, eligibleStarts, isPast, weeklyLimitOf, type Prepared } from '../prepared'
import type { PlanState } from '../state'

export const RANK_OF: Record<Priority, number> = { high: 0, medium: 1, low: 2 }
export const RANKS = 3

export interface Option {
  task: number
  helper: number
  start: number
  end: number
  /** Index into `helperWeeks`. */
  week: number
  /** Index into `groups`. */
  group: number
  /** Overlap component of this helper's options: two options of one helper overlap only within one. */
  component: number
  /** Overlaps one of the helper's accepted tasks: this helper can take it in neither role. */
  blocked: boolean
}

export interface Task {
  occurrence: Occurrence
  rank: number
  /** Index into `series`: one need, slot and weekday across weeks. */
  series: number
  /** By helper. */
  options: Option[]
  /** Helper index of an accepted primary that was kept, else -1: such a task is not re-planned. */
  fixedPrimary: number
  fixedBackup: boolean
}

export interface HelperWeek {
  helper: number
  weekKey: string
  limit: number
  /** Accepted primary tasks that week: they count toward the limit. */
  fixedLoad: number
}

export interface Group {
  helper: number
  week: number
  component: number
  capacity: number
}

export interface Model {
  prepared: Prepared
  helperIds: string[]
  overeager: boolean[]
  tasks: Task[]
  helperWeeks: HelperWeek[]
  groups: Group[]
  /** Groups of each component (one per week it touches). */
  componentGroups: number[][]
  /** Tasks with an option in each component: whose backup a change there may affect. */
  componentTasks: number[][]
  /** Task indices of each series, by date. */
  series: number[][]
  seriesKeys: string[]
  /** More than any task's option count: `task * stride + option` names one option. */
  stride: number
}

/** Most pairwise non-overlapping intervals: earliest end first. */
export function mostDisjoint(intervals: readonly { start: number; end: number }[]): number {
  let count = 0
  let freeFrom = Number.NEGATIVE_INFINITY
  for (const i of [...intervals].sort((a, b) => a.end - b.end || a.start - b.start)) {
    if (i.start >= freeFrom) {
      count += 1
      freeFrom = i.end
    }
  }
  return count
}

export function buildModel(prepared: Prepared, accepted: PlanState): Model {
  const helperIndex = new Map(prepared.helpers.map((h, i) => [h.id, i]))
  const helperWeeks: HelperWeek[] = []
  const weekIndex = new Map<number, number>()
  // Helper-weeks by number: string keys here cost more than the rest of the model.
  const weekOf = (helper: number, week: number) => {
    const key = week * prepared.helpers.length + helper
    let index = weekIndex.get(key)
    if (index === undefined) {
      index = helperWeeks.length
      weekIndex.set(key, index)
      helperWeeks.push({ helper, weekKey: mondayOfWeek(week), limit: weeklyLimitOf(prepared, prepared.helpers[helper].id), fixedLoad: 0 })
    }
    return index
  }
  for (const [helperId, bookings] of accepted.bookings) {
    const helper = helperIndex.get(helperId)
    if (helper === undefined) continue
    for (const b of bookings) helperWeeks[weekOf(helper, weekNumberAt(b.start, prepared.timeZone))].fixedLoad += 1
  }

  const seriesIndex = new Map<string, number>()
  const series: number[][] = []
  const seriesKeys: string[] = []
  const tasks: Task[] = []
  for (const occurrence of prepared.occurrences) {
    if (isPast(prepared, occurrence)) continue
    const need = prepared.needById.get(occurrence.needId)!
    const key = `${occurrence.needId}\u0000${occurrence.slotKey}\u0000${occurrence.weekday}`
    let s = seriesIndex.get(key)
    if (s === undefined) {
      s = series.length
      seriesIndex.set(key, s)
      series.push([])
      seriesKeys.push(key)
    }
    series[s].push(tasks.length)
    const options: Option[] = []
    const acceptedBackup = accepted.backup.get(occurrence.id)?.helperId
    const duration = Math.max(0, occurrence.durationMinutes) * 60_000
    for (const { helper: h, start } of eligibleStarts(prepared, occurrence)) {
      const helperId = prepared.helpers[h].id
      // An accepted backup can't also be the primary.
      if (helperId === acceptedBackup) continue
      const end = start + duration
      const week = weekOf(h, weekNumberAt(start, prepared.timeZone))
      const blocked = (accepted.bookings.get(helperId) ?? []).some((b) => b.start < end && start < b.end)
      options.push({ task: tasks.length, helper: h, start, end, week, group: -1, component: -1, blocked })
    }
    const primary = accepted.primary.get(occurrence.id)
    tasks.push({
      occurrence, rank: RANK_OF[need.priority], series: s, options,
      fixedPrimary: primary ? helperIndex.get(primary.helperId) ?? -1 : -1,
      fixedBackup: accepted.backup.has(occurrence.id),
    })
  }
  for (const list of series) list.sort((a, b) => compareText(tasks[a].occurrence.date, tasks[b].occurrence.date) || a - b)
  const { groups, componentGroups, componentTasks } = groupByOverlap(tasks, prepared.helpers.length)
  return {
    prepared, helperIds: prepared.helpers.map((h) => h.id),
    overeager: prepared.helpers.map((h) => prepared.overeager.has(h.id)),
    tasks, helperWeeks, groups, componentGroups, componentTasks, series, seriesKeys,
    stride: tasks.reduce((most, t) => Math.max(most, t.options.length), 0) + 1,
  }
}

function groupByOverlap(tasks: Task[], helperCount: number) {
  const byHelper: Option[][] = Array.from({ length: helperCount }, () => [])
  for (const task of tasks) for (const o of task.options) byHelper[o.helper].push(o)
  const groups: Group[] = []
  const componentGroups: number[][] = []
  const componentTasks: number[][] = []
  const groupMembers: Option[][] = []
  for (const options of byHelper) {
    options.sort((a, b) => a.start - b.start || a.end - b.end || a.task - b.task)
    let reach = Number.NEGATIVE_INFINITY
    let groupOfWeek = new Map<number, number>()
    for (const option of options) {
      if (option.start >= reach) {
        componentGroups.push([])
        componentTasks.push([])
        groupOfWeek = new Map()
      }
      reach = Math.max(reach, option.end)
      const component = componentGroups.length - 1
      let group = groupOfWeek.get(option.week)
      if (group === undefined) {
        group = groups.length
        groups.push({ helper: option.helper, week: option.week, component, capacity: 0 })
        groupMembers.push([])
        groupOfWeek.set(option.week, group)
        componentGroups[component].push(group)
      }
      option.group = group
      option.component = component
      groupMembers[group].push(option)
      componentTasks[component].push(option.task)
    }
  }
  groups.forEach((g, i) => { g.capacity = mostDisjoint(groupMembers[i].filter((o) => !o.blocked)) })
  return { groups, componentGroups, componentTasks }
}
