/**
 * The solver's passes, in the order of the objective (planner.ts has the whole objective):
 * seed (previous plan, then series first) → exact coverage (exact.ts) → better spread of the
 * same coverage (improve.ts) → backups (backups.ts).
 */
import type { Prepared } from '../prepared'
import type { PlanState } from '../state'
import { createAllocation, type Allocation } from './allocation'
import { chooseBackups, type Backups } from './backups'
import { branchAndBound, independentParts, lexOptimize } from './exact'
import { improve } from './improve'
import { buildModel, type Model } from './model'
import { previousHelpers, seedFromPrevious, seedSeries, type PreviousPlan } from './seed'

/** Branch-and-bound nodes per independent part of the circle: enough for every small circle tried. */
export const NODES_PER_PART = 200

export interface Solution {
  model: Model
  allocation: Allocation
  backups: Backups
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
  return { model, allocation, backups: chooseBackups(model, allocation, previous?.backup ?? null), bound, provenBest, previous }
}
