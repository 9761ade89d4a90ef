/** The objective's levels, measured on a finished solution (what Plan.quality reports). */
import { reasonAmong } from '../gaps'
import type { ByPriority, GapReason, PlanQuality } from '../types'
import { onlyOverlap, primaryHelperOf, type Allocation } from './allocation'
import type { Model } from './model'
import type { Solution } from './solve'

export function seriesBreaks(model: Model, a: Allocation, series: readonly number[]): number {
  let breaks = 0
  let last = -1
  for (const t of series) {
    const helper = primaryHelperOf(model, a, t)
    if (helper < 0) continue
    if (last >= 0 && helper !== last) breaks += 1
    last = helper
  }
  return breaks
}

export const weekLoadOf = (model: Model, a: Allocation, week: number) => model.helperWeeks[week].fixedLoad + a.weekLoad[week]

export function isAboveHalf(model: Model, a: Allocation, week: number): boolean {
  return weekLoadOf(model, a, week) * 2 > model.helperWeeks[week].limit
}

export function qualityOf(solution: Solution): PlanQuality {
  const { model, allocation: a, backups, previous } = solution
  const covered: ByPriority = [0, 0, 0]
  const plannable: ByPriority = [0, 0, 0]
  const fixed: ByPriority = [0, 0, 0]
  let withBackup = 0
  let changedFromPrevious = 0
  model.tasks.forEach((task, t) => {
    plannable[task.rank] += 1
    const helper = primaryHelperOf(model, a, t)
    if (helper >= 0) covered[task.rank] += 1
    if (task.fixedPrimary >= 0) fixed[task.rank] += 1
    if (helper >= 0 && task.rank === 0 && (task.fixedBackup || backups[t] >= 0)) withBackup += 1
    if (previous && task.fixedPrimary < 0 && previous.primary[t] !== helper) changedFromPrevious += 1
  })
  const weeks = model.helperWeeks.map((_, w) => w)
  return {
    covered,
    plannable,
    bound: fixed.map((value, rank) => value + solution.bound[rank]) as ByPriority,
    provenBest: solution.provenBest,
    backups: withBackup,
    seriesBreaks: model.series.reduce((sum, s) => sum + seriesBreaks(model, a, s), 0),
    largestLoad: weeks.reduce((most, w) => Math.max(most, weekLoadOf(model, a, w)), 0),
    aboveHalf: weeks.filter((w) => isAboveHalf(model, a, w)).length,
    changedFromPrevious,
  }
}

/**
 * Positive when `a` is the better plan, compared level by level as planner.ts orders the
 * objective: coverage (high first), then — with a previous plan — fewest changes from it,
 * most backups, fewest series breaks, smallest largest load, fewest helper-weeks above half.
 */
export function compareLevels(a: PlanQuality, b: PlanQuality, withPrevious: boolean): number {
  const levels = (q: PlanQuality) => [
    ...q.covered, ...(withPrevious ? [-q.changedFromPrevious] : []), q.backups, -q.seriesBreaks, -q.largestLoad, -q.aboveHalf,
  ]
  const x = levels(a)
  const y = levels(b)
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i] - y[i]
  return 0
}

/**
 * Why each uncovered task that some helper's offer fits has no one, read off the solution
 * (the same answer gaps.ts gives from the plan, without re-reading every rule): full weeks
 * against other tasks at that time. Tasks with an accepted backup are left to gaps.ts, which
 * also counts that backup.
 */
export function knownGapReasons({ model, allocation: a }: Solution): Map<string, GapReason> {
  const reasons = new Map<string, GapReason>()
  model.tasks.forEach((task, t) => {
    if (primaryHelperOf(model, a, t) >= 0 || task.options.length === 0 || task.fixedBackup) return
    let atLimit = 0
    let busy = 0
    let free = 0
    for (const option of task.options) {
      const full = weekLoadOf(model, a, option.week) >= model.helperWeeks[option.week].limit
      const clash = option.blocked || onlyOverlap(model, a, option, t) !== -1
      if (full) atLimit += 1
      else if (clash) busy += 1
      else free += 1
    }
    reasons.set(task.occurrence.id, reasonAmong(atLimit, busy, free))
  })
  return reasons
}
