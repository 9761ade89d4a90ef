/**
 * Coverage, exactly: the most high-priority occurrences, then the most medium, then the most low.
 *
 * 1. `lexOptimize` solves the relaxation in which a helper's overlap group may hold up to its
 *    capacity of tasks (model.ts). That relaxation is a matroid, so taking priorities in turn
 *    and trying each uncovered task once with an augmenting chain (search.ts) gives its exact
 *    optimum — from any starting plan, which keeps the seed's series and a previous plan.
 * 2. Where a capacity-2+ group ends up holding two tasks one helper can't both do,
 *    `branchAndBound` splits on that pair (one of the two may not go to that helper; rarely a
 *    larger set that can't be done one after another, split the same way) and solves the relaxation again;
 *    each relaxation is an upper bound for its branch, so a branch no better than the best
 *    plan found is cut. Independent parts of the circle (tasks that share no helper-week) are
 *    solved one by one. When a part's node budget runs out, its best plan is kept and the
 *    bound says how far from the best it can be.
 *
 * Why this method, by measurement (bench/RESULTS.md, 2026-11-25):
 * - Min-cost flow alone is not exact here: weekly limits and no-overlap together are not a flow
 *   (a task uses a time slot and a week at once, and overlaps need not form cliques). The
 *   relaxation above keeps what flow does well — augmenting chains, exact for weekly limits —
 *   and stays a matroid; with the branch and bound it was exact on every circle measured, from
 *   5 × 5 × 2 to 200 × 300 × 12, each part proven without outside help.
 * - HiGHS (WASM) in the planner: an independent MIP of 200 × 300 × 12 takes 23 s even solved
 *   part by part, against 0.7 s for the whole plan here, and would add a 3.5 MB module to the
 *   app. It stays in the tests and the bench, as the independent check DESIGN.md asks for.
 */
import {
  cloneAllocation, compareCoverage, componentOptions, coveredByRank, optionOf, overlapping, unassign, assign, type Allocation,
} from './allocation'
import { RANKS, type Model } from './model'
import { canSequence } from './sequence'
import { augment, createMemo } from './search'

/**
 * `fromRank`: ranks above it are known to be at their best (a branch only removed a task of
 * that rank from a plan that was the best there: nothing of a higher rank can gain).
 */
export function lexOptimize(model: Model, a: Allocation, tasks: readonly number[], forbidden?: ReadonlySet<number>, fromRank = 0): void {
  const memo = createMemo(model)
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
  const weeksOf = (t: number) => model.tasks[t].options.filter((o) => !o.blocked).map((o) => o.week)
  model.tasks.forEach((_, t) => {
    const weeks = weeksOf(t)
    for (const w of weeks.slice(1)) parent[find(w)] = find(weeks[0])
  })
  const parts = new Map<number, number[]>()
  model.tasks.forEach((task, t) => {
    const weeks = weeksOf(t)
    if (weeks.length === 0 || task.fixedPrimary >= 0) return
    const root = find(weeks[0])
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
    if (!option) continue
    const clash = overlapping(model, a, option, t)
    if (clash.length > 0) return [t, Math.min(...clash)]
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
export function repairStrictly(model: Model, a: Allocation, tasks: readonly number[], passes = STRICT_PASSES): void {
  for (const t of tasks) {
    for (let option = optionOf(model, a, t); option; option = optionOf(model, a, t)) {
      const clash = overlapping(model, a, option, t)
      if (clash.length === 0) break
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
  fillStrictly(model, a, tasks, passes)
}

/** Passes of strict augmenting chains at most: each pass that changes nothing ends them. */
const STRICT_PASSES = 3

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
        if (model.tasks[t].rank === rank && a.chosen[t] < 0 && model.tasks[t].fixedPrimary < 0 && augment(model, a, t, { room: 'strict', allowDrop: true, memo })) changed = true
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
  alloc: Allocation
  forbidden: Set<number>
  bound: number[]
}

/**
 * Makes `a` keep every rule on `tasks` with the best coverage the budget allows. `start`, a
 * plan that keeps every rule (the seed), is the first incumbent: the result is never worse.
 */
export function branchAndBound(model: Model, a: Allocation, tasks: readonly number[], budget: number, start?: Allocation): PartResult {
  const rootBound = coveredByRank(model, a, tasks)
  if (!findClash(model, a, tasks)) return { bound: rootBound, proven: true, nodes: 0 }
  let best = cloneAllocation(a)
  repairStrictly(model, best, tasks)
  let bestValue = coveredByRank(model, best, tasks)
  if (start) {
    const filled = cloneAllocation(start)
    fillStrictly(model, filled, tasks)
    const value = coveredByRank(model, filled, tasks)
    if (compareCoverage(value, bestValue) > 0) {
      best = filled
      bestValue = value
    }
  }
  const stack: Node[] = [{ alloc: cloneAllocation(a), forbidden: new Set(), bound: rootBound }]
  let nodes = 0
  while (stack.length > 0 && nodes < budget) {
    const node = stack.pop()!
    if (compareCoverage(node.bound, bestValue) <= 0) continue
    nodes += 1
    const clash = findClash(model, node.alloc, tasks)
    if (!clash) {
      best = node.alloc
      bestValue = node.bound
      continue
    }
    // The node's plan, repaired, is a plan that keeps every rule: often the best there is.
    const repaired = cloneAllocation(node.alloc)
    repairStrictly(model, repaired, tasks, 1)
    const value = coveredByRank(model, repaired, tasks)
    if (compareCoverage(value, bestValue) > 0) {
      best = repaired
      bestValue = value
      if (compareCoverage(node.bound, bestValue) <= 0) continue
    }
    // The later task is pushed first so the earlier one's branch is explored first.
    for (const side of clash.length === 2 ? [clash[1], clash[0]] : [...clash].reverse()) {
      const alloc = cloneAllocation(node.alloc)
      const forbidden = new Set(node.forbidden).add(side * model.stride + alloc.chosen[side])
      unassign(model, alloc, side)
      lexOptimize(model, alloc, tasks, forbidden, model.tasks[side].rank)
      const bound = coveredByRank(model, alloc, tasks)
      if (compareCoverage(bound, bestValue) > 0) stack.push({ alloc, forbidden, bound })
    }
  }
  for (const t of tasks) unassign(model, a, t)
  for (const t of tasks) if (best.chosen[t] >= 0) assign(model, a, t, best.chosen[t])
  const open = stack.filter((n) => compareCoverage(n.bound, bestValue) > 0)
  const bound = open.reduce((most, n) => (compareCoverage(n.bound, most) > 0 ? n.bound : most), bestValue)
  return { bound, proven: open.length === 0, nodes }
}
