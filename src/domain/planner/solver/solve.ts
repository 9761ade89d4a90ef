/**
 * The solver's passes, in the order of the objective (planner.ts has the whole objective):
 * seed (previous plan, then series first) → exact coverage (exact.ts) → better spread of the
 * same coverage (improve.ts) → planned starts (each helper's tasks one after another,
 * sequence.ts) → backups (backups.ts).
 *
 * Never worse than where it started: the seed is a complete plan that keeps every rule, so it
 * is kept as the starting incumbent of each part's branch and bound, and the finished plan is
 * compared with it level by level at the end; the better one is returned.
 */
import type { Prepared } from '../prepared'
import type { PlanState } from '../state'
import {
  cloneAllocation, compareCoverage, componentOptions, coveredByRank, createAllocation, unassign, type Allocation,
} from './allocation'
import { chooseBackups, type Backups, type Planned } from './backups'
import { branchAndBound, createWorkspace, independentParts, lexOptimize } from './exact'
import { improve } from './improve'
import { buildModel, type Model } from './model'
import { compareLevels, qualityOf } from './quality'
import { previousHelpers, seedFromPrevious, seedSeries, type PreviousPlan } from './seed'
import { sequence } from './sequence'

/** Branch-and-bound nodes per independent part of the circle: enough for every small circle tried. */
export const NODES_PER_PART = 200

/**
 * The search's budget for a whole plan, in nodes × tasks of their part (a node's cost grows with
 * its part): what the branch and bound may spend before it stops and states its bound. Counted,
 * not timed, so every device makes the same plan. Enough for every part of the bench's circles
 * up to 60 × 60 × 4 to be proven; on 200 × 300 × 12 about a third of the plan's time
 * (bench/RESULTS.md).
 */
export const SEARCH_BUDGET = 30_000

export interface SolveOptions {
  /** Branch-and-bound nodes per part (tests lower it to exercise a search that runs out). */
  nodesPerPart?: number
  /** Instead of SEARCH_BUDGET. */
  budget?: number
}

export interface Solution {
  model: Model
  allocation: Allocation
  backups: Backups
  /** Per task, the planned start of its primary and of its backup (NaN when none). */
  starts: Planned
  backupStarts: Float64Array
  /** Upper bound on the coverage the solver planned (accepted tasks aside), by rank. */
  bound: number[]
  provenBest: boolean
  previous: PreviousPlan | null
}

/** The first complete plan: the previous plan's placements that still hold, then series first. */
function seeded(prepared: Prepared, accepted: PlanState): { model: Model; allocation: Allocation; previous: PreviousPlan | null } {
  const model = buildModel(prepared, accepted)
  const allocation = createAllocation(model)
  const previous = previousHelpers(model)
  if (previous) seedFromPrevious(model, allocation, previous.primary)
  seedSeries(model, allocation)
  return { model, allocation, previous }
}

/** Planned starts and backups for a settled allocation. */
function finish(model: Model, allocation: Allocation, previous: PreviousPlan | null, bound: number[], provenBest: boolean): Solution {
  const starts = plannedStarts(model, allocation)
  const { backups, starts: backupStarts } = chooseBackups(model, allocation, previous?.backup ?? null, starts)
  return { model, allocation, backups, starts, backupStarts, bound, provenBest, previous }
}

/** The seed alone, finished: the plan the search starts from. */
export function startingSolution(prepared: Prepared, accepted: PlanState): Solution {
  const { model, allocation, previous } = seeded(prepared, accepted)
  return finish(model, allocation, previous, coveredByRank(model, allocation, model.tasks.keys()), false)
}

export function solve(prepared: Prepared, accepted: PlanState, options: SolveOptions = {}): Solution {
  const { model, allocation, previous } = seeded(prepared, accepted)
  const start = cloneAllocation(allocation)
  const bound = [0, 0, 0]
  let provenBest = true
  const parts = independentParts(model)
  const space = createWorkspace(allocation)
  // Each part may spend an equal share of what is left; what an easy part leaves flows on.
  let budget = options.budget ?? SEARCH_BUDGET
  parts.forEach((part, i) => {
    lexOptimize(model, allocation, part)
    const share = Math.floor(budget / (parts.length - i) / part.length)
    const result = branchAndBound(model, allocation, part, Math.min(options.nodesPerPart ?? NODES_PER_PART, share), start, space)
    budget -= result.nodes * part.length
    result.bound.forEach((value, rank) => { bound[rank] += value })
    provenBest &&= result.proven
  })
  improve(model, allocation, previous?.primary ?? null)
  const found = finish(model, allocation, previous, bound, provenBest)
  // Only a plan with the same coverage as the seed can lose to it (on backups, series,
  // breadth or stability): a search that covered more, or changed nothing, has won already.
  const tasks = [...model.tasks.keys()]
  const coverage = compareCoverage(coveredByRank(model, found.allocation, tasks), coveredByRank(model, start, tasks))
  if (coverage > 0 || found.allocation.chosen.every((k, t) => start.chosen[t] === k)) return found
  const started = finish(model, start, previous, bound, provenBest)
  return compareLevels(qualityOf(started), qualityOf(found), previous !== null) > 0 ? started : found
}

/**
 * Each helper's tasks one after another, per overlap component (sequence.ts). Every pass
 * above keeps every component sequenceable, so the fallback — dropping the lowest-priority
 * task until the rest can be done — is a guard that keeps the hard rules, never expected.
 */
export function plannedStarts(model: Model, a: Allocation): Planned {
  const starts: Planned = new Float64Array(model.tasks.length).fill(Number.NaN)
  for (let component = 0; component < model.componentGroups.length; component++) {
    let members = componentOptions(model, a, component)
    if (members.length === 0) continue
    let found = sequence(members)
    while (!found) {
      const lowest = members.reduce((x, y) => (model.tasks[x.task].rank > model.tasks[y.task].rank
        || (model.tasks[x.task].rank === model.tasks[y.task].rank && x.task > y.task) ? x : y))
      unassign(model, a, lowest.task)
      members = members.filter((o) => o !== lowest)
      found = sequence(members)
    }
    members.forEach((o, i) => { starts[o.task] = found![i] })
  }
  return starts
}
