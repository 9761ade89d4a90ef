/**
 * Coverage, exactly where the search can prove it, with a stated bound where it can't: the most
 * high-priority occurrences, then the most medium, then the most low.
 *
 * 1. `lexOptimize` solves the relaxation in which a helper's overlap group, and each nest inside
 *    it (nests.ts), may hold up to its capacity of tasks (model.ts). Groups and nests are
 *    laminar, so the relaxation is a matroid: taking priorities in turn and trying each
 *    uncovered task once with an augmenting chain (search.ts) gives its exact optimum — from
 *    any starting plan, which keeps the seed's series and a previous plan.
 * 2. Where a helper ends up with tasks they can't all do, `branchAndBound` splits on a pair
 *    that conflicts (one of the two may not go to that helper; rarely a larger set that can't
 *    be done one after another, split the same way) and solves the relaxation again; each
 *    relaxation is an upper bound for its branch, so a branch no better than the best plan
 *    found is cut. The incumbents are plans that keep every rule: the seed and each node's plan,
 *    repaired and filled by strict augmenting chains. Independent parts of the circle (tasks
 *    that share no helper-week) are solved one by one, sharing a budget of nodes (solve.ts).
 *    When it runs out, the best plan is kept and the bound says how far from the best it can be.
 *
 * Why this method, by measurement (bench/RESULTS.md):
 * - Min-cost flow alone is not exact here: weekly limits and no-overlap together are not a flow
 *   (a task uses a time slot and a week at once, and overlaps need not form cliques). The
 *   relaxation above keeps what flow does well — augmenting chains, exact for weekly limits —
 *   and stays a matroid. On circles whose needs start at a few shared hours it is proven
 *   exact from 5 × 5 × 2 to 200 × 300 × 12. Where needs start at staggered quarter hours with
 *   windows of mixed lengths, a helper's day is a chain the relaxation can over-fill; there
 *   the incumbents matched HiGHS's optimum on every part checked, but the bound can stay a few
 *   occurrences above it on the densest circles (from about 100 × 100 × 12).
 * - HiGHS (WASM) in the planner, even lazily in the worker: a 3.5 MB module (1.2 MB gzipped)
 *   that takes 0.14–0.24 s to start, and an independent MIP of one week of a 100 × 100 staggered
 *   circle takes it 20–25 s (200 × 300: over two minutes per stage), against well under a
 *   second for the whole plan here. It stays in the tests and the bench, as the independent
 *   check DESIGN.md asks for.
 */
import {
  cloneAllocation, compareCoverage, componentOptions, coveredByRank, onlyOverlap, optionOf, overlapping, unassign, assign, type Allocation,
} from './allocation'
import { RANKS, type Model } from './model'
import { canSequence } from './sequence'
import { augment, createMemo, forbidOptions } from './search'

/**
 * `fromRank`: ranks above it are known to be at their best (a branch only removed a task of
 * that rank from a plan that was the best there: nothing of a higher rank can gain).
 */
export function lexOptimize(model: Model, a: Allocation, tasks: readonly number[], forbiddenPairs?: ReadonlySet<number>, fromRank = 0): void {
  const memo = createMemo(model)
  const forbidden = forbiddenPairs && forbidOptions(model, forbiddenPairs)
  for (let rank = fromRank; rank < RANKS; rank++) {
    for (const t of tasks) {
      const task = model.tasks[t]
      if (task.rank !== rank || a.chosen[t] >= 0 || task.fixedPrimary >= 0 || task.options.length === 0) continue
      augment(model, a, t, { room: 'relaxed', allowDrop: true, forbidden, memo })
    }
  }
}

/** Tasks connected through shared helper-weeks: the parts of the circle that can be solved alone. */
export function independentParts(model: Model): number[][] {
  const parent = model.helperWeeks.map((_, i) => i)
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])))
  /** The week of the task's first option that isn't blocked, or -1; every such week joined to it when `join`. */
  const firstWeek = (t: number, join: boolean) => {
    let first = -1
    for (const o of model.tasks[t].options) {
      if (o.blocked) continue
      if (first < 0) first = o.week
      else if (join) parent[find(o.week)] = find(first)
      else break
    }
    return first
  }
  model.tasks.forEach((_, t) => firstWeek(t, true))
  const parts = new Map<number, number[]>()
  model.tasks.forEach((task, t) => {
    const week = firstWeek(t, false)
    if (week < 0 || task.fixedPrimary >= 0) return
    const root = find(week)
    const part = parts.get(root)
    if (part) part.push(t)
    else parts.set(root, [t])
  })
  return [...parts.values()]
}

/**
 * Tasks one helper can't all do: a pair that conflicts, else the tasks of an overlap component
 * that are pairwise fine but can't be done one after another (rare). At least one of them must
 * go to someone else, which the branch and bound splits on. Null when every rule holds.
 */
function findClash(model: Model, a: Allocation, tasks: readonly number[]): number[] | null {
  const seen = new Set<number>()
  for (const t of tasks) {
    const option = optionOf(model, a, t)
    // Most tasks clash with nothing: found without making a list (every node asks for every task).
    if (!option || onlyOverlap(model, a, option, t) === -1) continue
    return [t, Math.min(...overlapping(model, a, option, t))]
  }
  for (const t of tasks) {
    const option = optionOf(model, a, t)
    if (!option || seen.has(option.component)) continue
    seen.add(option.component)
    const members = componentOptions(model, a, option.component)
    if (members.length > 2 && !canSequence(members)) return members.map((o) => o.task).sort((x, y) => x - y)
  }
  return null
}

/** The task to give up of two: the lower priority, then the later. */
const lowerOf = (model: Model, x: number, y: number) =>
  model.tasks[x].rank > model.tasks[y].rank || (model.tasks[x].rank === model.tasks[y].rank && x > y) ? x : y

/**
 * A plan that keeps every rule: unplan the lower-priority task of each clash — pairs first, in
 * task order, then the lowest of each set that can't be done one after another — then refill
 * strictly. One pass each: unplanning a task never makes a new clash.
 */
export function repairStrictly(model: Model, a: Allocation, tasks: readonly number[], passes: number): void {
  for (const t of tasks) {
    for (let option = optionOf(model, a, t); option; option = optionOf(model, a, t)) {
      if (onlyOverlap(model, a, option, t) === -1) break
      const clash = overlapping(model, a, option, t)
      const lower = lowerOf(model, t, Math.min(...clash))
      unassign(model, a, lower)
      if (lower === t) break
    }
  }
  const seen = new Set<number>()
  for (const t of tasks) {
    const option = optionOf(model, a, t)
    if (!option || seen.has(option.component)) continue
    seen.add(option.component)
    for (let members = componentOptions(model, a, option.component); members.length > 2 && !canSequence(members);) {
      const lowest = members.map((o) => o.task).reduce((x, y) => lowerOf(model, x, y))
      unassign(model, a, lowest)
      members = members.filter((o) => o.task !== lowest)
    }
  }
  if (passes === 0) fillDirectly(model, a, tasks)
  else fillStrictly(model, a, tasks, passes)
}

/** Covers, high priority first, what fits where there is room now (no chains): cheap. */
function fillDirectly(model: Model, a: Allocation, tasks: readonly number[]): void {
  for (let rank = 0; rank < RANKS; rank++) {
    for (const t of tasks) {
      if (model.tasks[t].rank === rank && a.chosen[t] < 0) augment(model, a, t, { room: 'strict', allowDrop: true })
    }
  }
}

/** Passes of strict augmenting chains at most: each pass that changes nothing ends them. */
const STRICT_PASSES = 3
/** Tasks one strict search may reach: the chains that fill a gap are short (bench/RESULTS.md). */
const STRICT_REACH = 200

/**
 * Covers what strict augmenting chains can (search.ts): each chain is checked against every
 * rule once applied and undone if it broke one, so the plan keeps every rule and only gets
 * better, high priority first. A heuristic — the branch and bound's incumbents.
 */
export function fillStrictly(model: Model, a: Allocation, tasks: readonly number[], passes = STRICT_PASSES): void {
  for (let pass = 0, changed = true; changed && pass < passes; pass++) {
    changed = false
    const memo = createMemo(model)
    for (let rank = 0; rank < RANKS; rank++) {
      for (const t of tasks) {
        if (model.tasks[t].rank === rank && a.chosen[t] < 0 && model.tasks[t].fixedPrimary < 0
          && augment(model, a, t, { room: 'strict', allowDrop: true, memo, reach: STRICT_REACH })) changed = true
      }
    }
  }
}

export interface PartResult {
  /** An upper bound on the part's coverage by rank. */
  bound: number[]
  proven: boolean
  nodes: number
}

interface Node {
  /** The part's tasks' options (`snapshot`): nodes hold this, not whole allocations, which are model-wide. */
  chosen: Int32Array
  forbidden: Set<number>
  bound: number[]
}

const snapshot = (a: Allocation, tasks: readonly number[]): Int32Array => Int32Array.from(tasks, (t) => a.chosen[t])

/** Puts the part's tasks of `a` where `chosen` has them. */
function load(model: Model, a: Allocation, tasks: readonly number[], chosen: Int32Array): void {
  tasks.forEach((t, i) => {
    if (a.chosen[t] === chosen[i]) return
    if (chosen[i] < 0) unassign(model, a, t)
    else assign(model, a, t, chosen[i])
  })
}

/**
 * Two working plans for `branchAndBound`, loaded from snapshots as the search moves: `work` for
 * the relaxation, `trial` for plans that keep every rule. Made once per plan and shared by its
 * parts (a copy per part cost more than the search on large circles): each search leaves them
 * equal to the plan on its part, so outside the part being searched they are the plan too.
 */
export interface Workspace {
  work: Allocation
  trial: Allocation
}

export const createWorkspace = (a: Allocation): Workspace => ({ work: cloneAllocation(a), trial: cloneAllocation(a) })

/**
 * Makes `a` keep every rule on `tasks` with the best coverage the budget allows. `start`, a
 * plan that keeps every rule (the seed), is the first incumbent: the result is never worse.
 * `space`: equal to `a` (createWorkspace) except, at most, on `tasks`.
 */
export function branchAndBound(
  model: Model, a: Allocation, tasks: readonly number[], budget: number, start?: Allocation, space: Workspace = createWorkspace(a),
): PartResult {
  const { work, trial } = space
  const rootBound = coveredByRank(model, a, tasks)
  const root = snapshot(a, tasks)
  load(model, work, tasks, root)
  load(model, trial, tasks, root)
  if (!findClash(model, a, tasks)) return { bound: rootBound, proven: true, nodes: 0 }
  // The first incumbent: the relaxed plan repaired and refilled directly, or the seed if that
  // covers more; then, unless it meets the relaxation's bound already, filled by strict chains.
  repairStrictly(model, trial, tasks, 0)
  let bestValue = coveredByRank(model, trial, tasks)
  const startValue = start && coveredByRank(model, start, tasks)
  if (start && startValue && compareCoverage(startValue, bestValue) > 0) {
    load(model, trial, tasks, snapshot(start, tasks))
    bestValue = startValue
  }
  if (compareCoverage(rootBound, bestValue) > 0) {
    fillStrictly(model, trial, tasks)
    bestValue = coveredByRank(model, trial, tasks)
  }
  let best: Int32Array = snapshot(trial, tasks)
  const stack: Node[] = [{ chosen: root, forbidden: new Set(), bound: rootBound }]
  let nodes = 0
  while (stack.length > 0 && nodes < budget) {
    const node = stack.pop()!
    if (compareCoverage(node.bound, bestValue) <= 0) continue
    nodes += 1
    load(model, work, tasks, node.chosen)
    const clash = findClash(model, work, tasks)
    if (!clash) {
      best = node.chosen
      bestValue = node.bound
      continue
    }
    // The node's plan, repaired, is a plan that keeps every rule: often the best there is.
    load(model, trial, tasks, node.chosen)
    repairStrictly(model, trial, tasks, 1)
    const value = coveredByRank(model, trial, tasks)
    if (compareCoverage(value, bestValue) > 0) {
      best = snapshot(trial, tasks)
      bestValue = value
      if (compareCoverage(node.bound, bestValue) <= 0) continue
    }
    // The later task is pushed first so the earlier one's branch is explored first.
    for (const side of clash.length === 2 ? [clash[1], clash[0]] : [...clash].reverse()) {
      load(model, work, tasks, node.chosen)
      const forbidden = new Set(node.forbidden).add(side * model.stride + work.chosen[side])
      unassign(model, work, side)
      lexOptimize(model, work, tasks, forbidden, model.tasks[side].rank)
      const bound = coveredByRank(model, work, tasks)
      if (compareCoverage(bound, bestValue) > 0) stack.push({ chosen: snapshot(work, tasks), forbidden, bound })
    }
  }
  for (const plan of [a, work, trial]) load(model, plan, tasks, best)
  const open = stack.filter((n) => compareCoverage(n.bound, bestValue) > 0)
  const bound = open.reduce((most, n) => (compareCoverage(n.bound, most) > 0 ? n.bound : most), bestValue)
  return { bound, proven: open.length === 0, nodes }
}
