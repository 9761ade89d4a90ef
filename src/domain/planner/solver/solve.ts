/**
 * The solver's passes, in the order of the objective (planner.ts has the whole objective):
 * seed (previous plan, then series first) → exact coverage (exact.ts) → better spread of the
 * same coverage (improve.ts) → planned starts (each helper's tasks one after another,
 * sequence.ts) → backups (backups.ts).
 */
import type { Prepared } from '../prepared'
import type { PlanState } from '../state'
import { componentOptions, createAllocation, unassign, type Allocation } from './allocation'
import { chooseBackups, type Backups, type Planned } from './backups'
import { branchAndBound, independentParts, lexOptimize } from './exact'
import { improve } from './improve'
import { buildModel, type Model } from './model'
import { previousHelpers, seedFromPrevious, seedSeries, type PreviousPlan } from './seed'
import { sequence } from './sequence'

/** Branch-and-bound nodes per independent part of the circle: enough for every small circle tried. */
export const NODES_PER_PART = 200

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

export function solve(prepared: Prepared, accepted: PlanState): Solution {
  const model = buildModel(prepared, accepted)
  const allocation = createAllocation(model)
  const previous = previousHelpers(model)
  if (previous) seedFromPrevious(model, allocation, previous.primary)
  seedSeries(model, allocation)
  const bound = [0, 0, 0]
  let provenBest = true
  for (const part of independentParts(model)) {
    lexOptimize(model, allocation, part)
    const result = branchAndBound(model, allocation, part, NODES_PER_PART)
    result.bound.forEach((value, rank) => { bound[rank] += value })
    provenBest &&= result.proven
  }
  improve(model, allocation, previous?.primary ?? null)
  const starts = plannedStarts(model, allocation)
  const { backups, starts: backupStarts } = chooseBackups(model, allocation, previous?.backup ?? null, starts)
  return { model, allocation, backups, starts, backupStarts, bound, provenBest, previous }
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
