/**
 * Who is primary on each task while the solver works, with the loads that the limits read.
 * Two notions of room: `relaxed` counts a group's capacity (the matroid the exact search
 * works in), `strict` checks that the helper can really do all their tasks one after another
 * (every hard rule; sequence.ts). Accepted tasks are outside: they are already in each week's
 * `fixedLoad` and in the options' feasible starts and `blocked` flag.
 */
import type { Model, Option } from './model'
import { canSequence, conflicts } from './sequence'

export interface Allocation {
  /** Per task: index into its options, or -1. */
  chosen: Int32Array
  weekLoad: Int32Array
  groupLoad: Int32Array
  /** Tasks chosen per overlap component: most are empty, and then nobody overlaps (`onlyOverlap`). */
  componentLoad: Int32Array
  /** Per nest: its capacity less the tasks chosen in it (one read in the search's innermost step). */
  nestRoom: Int32Array
  /**
   * Per group: how many of its nests have no room left. When none, no nest of the group need be
   * read: the relaxed search asks about nests 1.5 million times on a 200 × 300 × 12 circle and
   * finds a full one about 1% of the time. Every nest starts with room: its capacity is at least
   * 1, as any one of its options can be done.
   */
  fullNests: Int32Array
  /** Tasks chosen per group. */
  groupMembers: number[][]
  /** Tasks chosen per nest. */
  nestMembers: number[][]
  /** Tasks chosen per helper-week. */
  weekMembers: number[][]
}

export type Room = 'relaxed' | 'strict'

export function createAllocation(model: Model): Allocation {
  return {
    chosen: new Int32Array(model.tasks.length).fill(-1),
    weekLoad: new Int32Array(model.helperWeeks.length),
    groupLoad: new Int32Array(model.groups.length),
    componentLoad: new Int32Array(model.componentGroups.length),
    nestRoom: model.nestCapacity.slice(),
    fullNests: new Int32Array(model.groups.length),
    groupMembers: model.groups.map(() => []),
    nestMembers: Array.from({ length: model.nestCapacity.length }, (): number[] => []),
    weekMembers: model.helperWeeks.map(() => []),
  }
}

/** Every branch-and-bound node clones the whole plan: plain loops, and empty lists kept fresh cheaply. */
export function cloneAllocation(a: Allocation): Allocation {
  return {
    chosen: a.chosen.slice(),
    weekLoad: a.weekLoad.slice(),
    groupLoad: a.groupLoad.slice(),
    componentLoad: a.componentLoad.slice(),
    nestRoom: a.nestRoom.slice(),
    fullNests: a.fullNests.slice(),
    groupMembers: copyLists(a.groupMembers),
    nestMembers: copyLists(a.nestMembers),
    weekMembers: copyLists(a.weekMembers),
  }
}

function copyLists(lists: readonly number[][]): number[][] {
  const copy = new Array<number[]>(lists.length)
  for (let i = 0; i < lists.length; i++) copy[i] = lists[i].length === 0 ? [] : lists[i].slice()
  return copy
}

export function optionOf(model: Model, a: Allocation, task: number): Option | null {
  const k = a.chosen[task]
  return k < 0 ? null : model.tasks[task].options[k]
}

/** The helper doing a task as primary, accepted or planned; -1 when none. */
export function primaryHelperOf(model: Model, a: Allocation, task: number): number {
  const fixed = model.tasks[task].fixedPrimary
  if (fixed >= 0) return fixed
  return optionOf(model, a, task)?.helper ?? -1
}

const remove = (list: number[], value: number) => {
  const i = list.indexOf(value)
  if (i >= 0) list.splice(i, 1)
}

export function unassign(model: Model, a: Allocation, task: number): void {
  const option = optionOf(model, a, task)
  if (!option) return
  a.chosen[task] = -1
  a.weekLoad[option.week] -= 1
  a.groupLoad[option.group] -= 1
  a.componentLoad[option.component] -= 1
  remove(a.groupMembers[option.group], task)
  for (const nest of option.nests) {
    if (++a.nestRoom[nest] === 1) a.fullNests[option.group] -= 1
    remove(a.nestMembers[nest], task)
  }
  remove(a.weekMembers[option.week], task)
}

export function assign(model: Model, a: Allocation, task: number, k: number): void {
  unassign(model, a, task)
  const option = model.tasks[task].options[k]
  a.chosen[task] = k
  a.weekLoad[option.week] += 1
  a.groupLoad[option.group] += 1
  a.componentLoad[option.component] += 1
  a.groupMembers[option.group].push(task)
  for (const nest of option.nests) {
    if (--a.nestRoom[nest] === 0) a.fullNests[option.group] += 1
    a.nestMembers[nest].push(task)
  }
  a.weekMembers[option.week].push(task)
}

// Whether `task` is planned in that helper-week / group (1) or not (0). Separate functions, not
// a callback: they run in every search step.
const isInWeek = (model: Model, a: Allocation, task: number, week: number) => {
  const k = task >= 0 ? a.chosen[task] : -1
  return k >= 0 && model.tasks[task].options[k].week === week ? 1 : 0
}
const isInGroup = (model: Model, a: Allocation, task: number, group: number) => {
  const k = task >= 0 ? a.chosen[task] : -1
  return k >= 0 && model.tasks[task].options[k].group === group ? 1 : 0
}

export function weekHasRoom(model: Model, a: Allocation, option: Option, ignore: number): boolean {
  const week = model.helperWeeks[option.week]
  const load = week.fixedLoad + a.weekLoad[option.week] - isInWeek(model, a, ignore, option.week)
  return load < week.limit
}

/** Tasks the helper does as primary that `option` conflicts with, pairwise (ignoring `ignore`). */
export function overlapping(model: Model, a: Allocation, option: Option, ignore: number): number[] {
  const found: number[] = []
  for (const group of model.componentGroups[option.component]) {
    for (const task of a.groupMembers[group]) {
      if (task === ignore) continue
      if (conflicts(optionOf(model, a, task)!, option)) found.push(task)
    }
  }
  return found
}

/**
 * The one task the helper does as primary that `option` conflicts with (ignoring `ignore`):
 * -1 when none, -2 when more than one. `overlapping` without the list, for the search's inner loop.
 */
export function onlyOverlap(model: Model, a: Allocation, option: Option, ignore: number): number {
  if (a.componentLoad[option.component] === 0) return -1
  let found = -1
  const groups = model.componentGroups[option.component]
  for (let g = 0; g < groups.length; g++) {
    const members = a.groupMembers[groups[g]]
    for (let i = 0; i < members.length; i++) {
      const task = members[i]
      if (task === ignore || !conflicts(model.tasks[task].options[a.chosen[task]], option)) continue
      if (found >= 0) return -2
      found = task
    }
  }
  return found
}

/** The options the helper does as primary in one overlap component (with `extra`, without `ignore`). */
export function componentOptions(model: Model, a: Allocation, component: number, ignore = -1, extra?: Option): Option[] {
  const found: Option[] = extra ? [extra] : []
  for (const group of model.componentGroups[component]) {
    for (const task of a.groupMembers[group]) if (task !== ignore) found.push(optionOf(model, a, task)!)
  }
  return found
}

/** The helper can do `option` and all their other tasks of its component one after another. */
export function fitsJointly(model: Model, a: Allocation, option: Option, ignore: number): boolean {
  // With one other task or none, or no freedom anywhere, the pairwise test already decided.
  let others = 0
  let flexible = option.flexible
  for (const group of model.componentGroups[option.component]) {
    for (const task of a.groupMembers[group]) {
      if (task === ignore) continue
      others += 1
      flexible ||= optionOf(model, a, task)!.flexible
    }
  }
  if (others < 2 || !flexible) return true
  return canSequence(componentOptions(model, a, option.component, ignore, option))
}

export function hasRoom(model: Model, a: Allocation, task: number, k: number, room: Room): boolean {
  const option = model.tasks[task].options[k]
  if (option.blocked || !weekHasRoom(model, a, option, task)) return false
  if (room === 'strict') return onlyOverlap(model, a, option, task) === -1 && fitsJointly(model, a, option, task)
  // A task's options belong to different helpers: only its own option can already be in these sets.
  const own = a.chosen[task] === k ? 1 : 0
  if (a.fullNests[option.group] > 0) for (const nest of option.nests) if (a.nestRoom[nest] + own <= 0) return false
  return a.groupLoad[option.group] - isInGroup(model, a, task, option.group) < model.groups[option.group].capacity
}

/** The smallest nest of `option` with no room left, or -1. */
export function fullNest(a: Allocation, option: Option): number {
  if (a.fullNests[option.group] === 0) return -1
  for (const nest of option.nests) if (a.nestRoom[nest] <= 0) return nest
  return -1
}

/** Covered tasks (planned here, not accepted) by rank, over `tasks`. */
export function coveredByRank(model: Model, a: Allocation, tasks: Iterable<number>): number[] {
  const covered = [0, 0, 0]
  for (const t of tasks) if (a.chosen[t] >= 0) covered[model.tasks[t].rank] += 1
  return covered
}

/** Lexicographic: high first. Positive when `a` is better. */
export function compareCoverage(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i]
  return 0
}
