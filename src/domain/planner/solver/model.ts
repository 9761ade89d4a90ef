/**
 * The optimisation model the solver works on: every occurrence still to plan as a task with
 * its options (helper, earliest start, every feasible start, week), each helper's weekly
 * capacity after the accepted tasks, and each helper's options grouped by overlap.
 *
 * A task may be planned later than its earliest start, anywhere its window, the helper's
 * availability, offer dates and off-limits times allow (`ranges`), so that a helper's tasks on
 * one day go one after another (sequence.ts; planned starts are set after the allocation).
 * Starts that would overlap one of the helper's accepted tasks, primary or backup, are left out.
 * The starts stay in the week of the earliest one, so the weekly limit counts the same week.
 *
 * Overlap groups are what make the relaxation in exact.ts a matroid: a helper's options form
 * overlap components (chains of options whose spans — earliest start to latest end — overlap
 * in sequence; options in different components never conflict); the part of one component
 * inside one week is a group, and no plan can give a helper more of a group than `capacity`.
 * For options without freedom that is the largest set of pairwise non-overlapping ones (exact);
 * with freedom, a bound: the most that can be done one after another, searched exactly for
 * small groups, else as many of the shortest as fit end to end in the group's span. A group of
 * capacity 1 is a clique — the common case, when needs start at the same hour — and there the
 * relaxation is exact; larger groups get nests (nests.ts), and the branch and bound splits what
 * can't be done.
 */
import type { Occurrence, Priority } from '../../model'
import type { Interval } from '../availability'
import { addDays, instantAt, mondayOfWeek, weekNumberAt } from '../localTime'
import { compareText, eligibleStarts, isPast, weeklyLimitOf, type Prepared } from '../prepared'
import type { PlanState } from '../state'
import { nestGroup, orderedSet, type OrderedSet } from './nests'
import { mostSequenceable } from './sequence'

export const RANK_OF: Record<Priority, number> = { high: 0, medium: 1, low: 2 }
export const RANKS = 3

export interface Option {
  task: number
  helper: number
  /** The earliest feasible start, and the end when started then. */
  start: number
  end: number
  duration: number
  /** Every feasible start: closed ranges of ms after `base`, earliest first. */
  base: number
  ranges: readonly Interval[]
  /** The latest feasible start; `reach` = latest + duration, the end of the option's span. */
  latest: number
  reach: number
  /** It may start later than `start`. */
  flexible: boolean
  /** Index into `helperWeeks`. */
  week: number
  /** Index into `groups`. */
  group: number
  /** Indices into `nestCapacity`, smallest first: sets inside the group with capacities of their own (nests.ts). */
  nests: readonly number[]
  /** Overlap component of this helper's options: two options of one helper overlap only within one. */
  component: number
  /** Overlaps one of the helper's accepted tasks (either role): this helper can take it in neither role. */
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
  /** Per nest (nests.ts): a typed array, read in the search's innermost step. */
  nestCapacity: Int32Array
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

/** Most options are in no nest: one shared empty list, not an array each (there are millions of options). */
const NO_NESTS: readonly number[] = []

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

  const weekEnds = new Map<number, number>()
  const weekEndOf = (week: number) => {
    let end = weekEnds.get(week)
    if (end === undefined) weekEnds.set(week, (end = endOfWeek(week, prepared.timeZone)))
    return end
  }

  const anyBookings = accepted.bookings.size > 0 || accepted.backupBookings.size > 0
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
    // Most earliest starts fall in the week the window opens in: its number is read once.
    const openingWeek = weekNumberAt(occurrence.windowStart, prepared.timeZone)
    const openingWeekEnd = weekEndOf(openingWeek)
    eligibleStarts(prepared, occurrence, (h, earliest, feasible) => {
      const helperId = prepared.helpers[h].id
      // An accepted backup can't also be the primary.
      if (helperId === acceptedBackup) return
      const weekNumber = earliest < openingWeekEnd ? openingWeek : weekNumberAt(earliest, prepared.timeZone)
      const week = weekOf(h, weekNumber)
      const base = occurrence.windowStart
      let ranges = feasible.length > 0 ? feasible : [{ start: earliest - base, end: earliest - base }]
      // Starts in the same week only, and clear of the helper's accepted tasks.
      const weekEnd = weekEndOf(weekNumber) - base
      if (ranges[ranges.length - 1].end >= weekEnd) ranges = startsBefore(ranges, weekEnd)
      // Accepted backups are bookings too: a helper is never planned over one, in either role.
      if (anyBookings) {
        for (const booked of [accepted.bookings.get(helperId), accepted.backupBookings.get(helperId)]) {
          if (booked) for (const b of booked) ranges = without(ranges, b.start - base - duration, b.end - base)
        }
      }
      const blocked = ranges.length === 0
      if (blocked) ranges = [{ start: earliest - base, end: earliest - base }]
      options.push(optionFromRanges(tasks.length, h, base, ranges, duration, week, blocked))
    })
    const primary = accepted.primary.get(occurrence.id)
    tasks.push({
      occurrence, rank: RANK_OF[need.priority], series: s, options,
      fixedPrimary: primary ? helperIndex.get(primary.helperId) ?? -1 : -1,
      fixedBackup: accepted.backup.has(occurrence.id),
    })
  }
  for (const list of series) list.sort((a, b) => compareText(tasks[a].occurrence.date, tasks[b].occurrence.date) || a - b)
  const { groups, nestCapacity, componentGroups, componentTasks } = groupByOverlap(tasks, prepared.helpers.length)
  return {
    prepared, helperIds: prepared.helpers.map((h) => h.id),
    overeager: prepared.helpers.map((h) => prepared.overeager.has(h.id)),
    tasks, helperWeeks, groups, nestCapacity, componentGroups, componentTasks, series, seriesKeys,
    stride: tasks.reduce((most, t) => Math.max(most, t.options.length), 0) + 1,
  }
}

/**
 * The option of `helper` for `task` whose feasible starts are `ranges` (closed, ms after `base`,
 * earliest first, at least one). Its starts stay in `week`, the week of the earliest one.
 */
export function optionFromRanges(
  task: number, helper: number, base: number, ranges: readonly Interval[], duration: number, week: number, blocked: boolean,
): Option {
  const start = base + ranges[0].start
  const latest = base + ranges[ranges.length - 1].end
  return {
    task, helper, start, end: start + duration, duration, base, ranges, latest, reach: latest + duration,
    flexible: latest > start, week, group: -1, nests: NO_NESTS, component: -1, blocked,
  }
}

/** When local week `week` (localTime.ts weekNumberAt) ends: an option's starts stay before it. */
export function endOfWeek(week: number, timeZone: string): number {
  return instantAt(addDays(mondayOfWeek(week), 7), 0, timeZone)
}

/** Start ranges (closed) strictly before `end`. */
export function startsBefore(ranges: readonly Interval[], end: number): Interval[] {
  return ranges.filter((r) => r.start < end).map((r) => (r.end < end ? r : { start: r.start, end: end - 1 }))
}

/** Start ranges (closed) without the open interval (from, to): starts that would overlap a booking. */
function without(ranges: readonly Interval[], from: number, to: number): readonly Interval[] {
  if (!ranges.some((r) => r.start < to && from < r.end)) return ranges
  return ranges.flatMap((r) => {
    if (r.end <= from || to <= r.start) return [r]
    const pieces: Interval[] = []
    if (r.start <= from) pieces.push({ start: r.start, end: from })
    if (to <= r.end) pieces.push({ start: to, end: r.end })
    return pieces
  })
}

/**
 * At most how many of the set's options one helper can do: exact without freedom (most pairwise
 * non-overlapping, earliest end first), else a bound (sequence.ts mostSequenceable).
 */
function capacityOf(members: readonly Option[], { byStart, byReach, byDuration }: OrderedSet): number {
  if (byStart.some((p) => members[p].flexible)) {
    return mostSequenceable(byStart.map((p) => members[p]), timeBound(members, byStart, byReach, byDuration), byReach.map((p) => members[p]))
  }
  // Without freedom an option's span is its interval: by end of span is by end.
  let count = 0
  let freeFrom = Number.NEGATIVE_INFINITY
  for (const p of byReach) {
    if (members[p].start >= freeFrom) {
      count += 1
      freeFrom = members[p].end
    }
  }
  return count
}

/** As many of the shortest as fit end to end in the options' span (earliest start to latest end): a bound. */
function timeBound(members: readonly Option[], byStart: readonly number[], byReach: readonly number[], byDuration: readonly number[]): number {
  const span = members[byReach[byReach.length - 1]].reach - members[byStart[0]].start
  let count = 0
  let used = 0
  for (const p of byDuration) {
    used += members[p].duration
    if (used > span) break
    count += 1
  }
  return count
}

function groupByOverlap(tasks: Task[], helperCount: number) {
  const byHelper: Option[][] = Array.from({ length: helperCount }, () => [])
  for (const task of tasks) for (const o of task.options) byHelper[o.helper].push(o)
  const groups: Group[] = []
  const componentGroups: number[][] = []
  const componentTasks: number[][] = []
  const groupMembers: Option[][] = []
  for (const options of byHelper) {
    // By earliest start: overlap components are read off in one pass, and nests.ts relies on it.
    options.sort((a, b) => a.start - b.start || a.reach - b.reach || a.task - b.task)
    let reach = Number.NEGATIVE_INFINITY
    for (const option of options) {
      if (option.start >= reach) {
        componentGroups.push([])
        componentTasks.push([])
      }
      reach = Math.max(reach, option.reach)
      const component = componentGroups.length - 1
      let group = groupOfWeek(groups, componentGroups[component], option.week)
      if (group < 0) {
        group = groups.length
        groups.push({ helper: option.helper, week: option.week, component, capacity: 0 })
        groupMembers.push([])
        componentGroups[component].push(group)
      }
      option.group = group
      option.component = component
      groupMembers[group].push(option)
      componentTasks[component].push(option.task)
    }
  }
  const capacities: number[] = []
  groups.forEach((g, i) => {
    const open = groupMembers[i].filter((o) => !o.blocked)
    // Most groups hold one option (or none): nothing to order.
    if (open.length <= 1) {
      g.capacity = open.length
      return
    }
    const all = orderedSet(open)
    g.capacity = capacityOf(open, all)
    if (g.capacity < open.length) nestGroup(open, all, capacities, capacityOf)
  })
  return { groups, nestCapacity: Int32Array.from(capacities), componentGroups, componentTasks }
}

/**
 * The group of a component in `week`, or -1. A component touches a week or two, its latest
 * group first (options come by earliest start): a short scan, not a map per component.
 */
function groupOfWeek(groups: readonly Group[], inComponent: readonly number[], week: number): number {
  for (let i = inComponent.length - 1; i >= 0; i--) if (groups[inComponent[i]].week === week) return inComponent[i]
  return -1
}
