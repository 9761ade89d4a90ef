/**
 * Backups, once the primaries are settled: for every high-priority task, and for a
 * medium-priority task where someone in reserve that week fits — a helper with no task of their
 * own in the plan that week (a "backup only" offer, or nobody needed them then). Reserve is
 * counted per week so that a change in one week (someone away) never moves medium backups in
 * another. Medium tasks come after every high
 * one, so they never take a backup a high task could have had. A backup doesn't count
 * toward a limit, but it is a promise to be free then: a helper backs up only tasks they could
 * do around their own tasks and around their other backups — never two at once. A task gets a
 * backup whenever someone other than its primary can still promise that. The choice among them
 * follows the old planner: series first (the same backup every Tuesday), overeager helpers
 * first (it spares them being primary), fewest backups, lightest load. With a previous plan,
 * its backups are kept where they still can be.
 *
 * A backup's start: a helper's backups are placed the way accepted ones are (accepted.ts) —
 * around their own tasks at the starts planned for them, latest feasible start first, then
 * occurrence order, each at the earliest start clear of what is placed before — so accepting
 * the plan keeps the times. While the primaries still move (improve.ts), "could back up" is
 * the pairwise test of sequence.ts instead.
 */
import { componentOptions, onlyOverlap, primaryHelperOf, type Allocation } from './allocation'
import type { Model, Option } from './model'
import { compareScores } from './seed'
import { inTaskOrder } from './sequence'

/** Per task: the option index of its backup, or -1. */
export type Backups = Int32Array

/** Per task, the planned start of its primary (NaN when none): see solve.ts `plannedStarts`. */
export type Planned = Float64Array

export interface ChosenBackups {
  backups: Backups
  /** Per task, the planned start of its backup (NaN when none). */
  starts: Float64Array
}

/**
 * Starts for a helper's backups `options` (one overlap component) around their own tasks there
 * as planned; null when they can't all be kept free.
 */
function backupStarts(model: Model, a: Allocation, planned: Planned, options: readonly Option[]): number[] | null {
  const own = componentOptions(model, a, options[0].component).map((o) => ({ start: planned[o.task], end: planned[o.task] + o.duration }))
  return inTaskOrder(options, own)
}

/** Pairwise: the helper could back it up around their own tasks (the primaries as they stand). */
export function canBackUp(model: Model, a: Allocation, task: number, option: Option): boolean {
  if (option.blocked || option.helper === primaryHelperOf(model, a, task)) return false
  // No overlapping primary (onlyOverlap's -1): asked for every option of every high task after each move.
  return onlyOverlap(model, a, option, -1) === -1
}

/** The rank (priority) that always gets a backup, and the one that gets one from reserve. */
const HIGH = 0
const MEDIUM = 1

export function needsBackup(model: Model, a: Allocation, task: number, rank = HIGH): boolean {
  const t = model.tasks[task]
  return t.rank === rank && !t.fixedBackup && primaryHelperOf(model, a, task) >= 0
}

/** Per helper-week (`Option.week`): 1 when the helper has no primary task that week, accepted or proposed. */
export function reserveWeeks(model: Model, a: Allocation): Uint8Array {
  const reserve = new Uint8Array(model.helperWeeks.length).fill(1)
  model.helperWeeks.forEach((week, w) => { if (week.fixedLoad > 0) reserve[w] = 0 })
  model.tasks.forEach((task, t) => {
    const helper = primaryHelperOf(model, a, t)
    const option = helper >= 0 ? task.options.find((o) => o.helper === helper) : undefined
    if (option) reserve[option.week] = 0
  })
  return reserve
}

export function chooseBackups(model: Model, a: Allocation, previous: Int32Array | null, planned: Planned): ChosenBackups {
  // `previous`: each task's backup helper in the previous plan, or -1.
  const backups: Backups = new Int32Array(model.tasks.length).fill(-1)
  // Each helper's backups, by overlap component.
  const byComponent = new Map<number, Option[]>()
  const backupCount = new Int32Array(model.helperIds.length)
  const fits = (t: number, option: Option) => {
    if (option.blocked || option.helper === primaryHelperOf(model, a, t)) return false
    const taken = byComponent.get(option.component)
    // Nothing else of theirs in its overlap component, primary or backup: it fits (most helpers, most tasks).
    if (!taken && a.componentLoad[option.component] === 0) return true
    return backupStarts(model, a, planned, [...(taken ?? []), option]) !== null
  }
  const take = (t: number, k: number) => {
    const option = model.tasks[t].options[k]
    backups[t] = k
    byComponent.set(option.component, [...(byComponent.get(option.component) ?? []), option])
    backupCount[option.helper] += 1
  }
  const reserve = reserveWeeks(model, a)
  // Who may back up a task of each rank: anyone for high, someone in reserve that week for medium.
  const allowed = (rank: number, option: Option) => rank === HIGH || (rank === MEDIUM && reserve[option.week] === 1)
  const load = new Int32Array(model.helperIds.length)
  a.chosen.forEach((k, t) => { if (k >= 0) load[model.tasks[t].options[k].helper] += 1 })
  const limitOf = (helper: number) => Math.max(1, model.prepared.offerByHelper.get(model.helperIds[helper])?.weeklyLimit ?? 0)
  for (const rank of [HIGH, MEDIUM]) {
    if (previous) {
      model.tasks.forEach((task, t) => {
        const k = task.options.findIndex((o) => o.helper === previous[t])
        if (k >= 0 && needsBackup(model, a, t, rank) && allowed(rank, task.options[k]) && fits(t, task.options[k])) take(t, k)
      })
    }
    const groups = model.series
      .map((tasks, s) => ({ s, tasks: tasks.filter((t) => needsBackup(model, a, t, rank)) }))
      .filter((g) => g.tasks.length > 0)
      .map((g) => ({ ...g, fewest: Math.min(...g.tasks.map((t) => model.tasks[t].options.length)) }))
      .sort((x, y) => x.fewest - y.fewest || (model.seriesKeys[x.s] < model.seriesKeys[y.s] ? -1 : 1))
    for (const group of groups) {
      let remaining = group.tasks.filter((t) => backups[t] < 0)
      while (remaining.length > 0) {
        const doable = new Map<number, number>()
        for (const t of remaining) {
          for (const o of model.tasks[t].options) if (allowed(rank, o) && fits(t, o)) doable.set(o.helper, (doable.get(o.helper) ?? 0) + 1)
        }
        let best = -1
        let bestScore: number[] = []
        for (const [helper, count] of doable) {
          const score = [-count, model.overeager[helper] ? 0 : 1, backupCount[helper], load[helper] / limitOf(helper), helper]
          if (best < 0 || compareScores(score, bestScore) < 0) [best, bestScore] = [helper, score]
        }
        if (best < 0) break
        for (const t of remaining) {
          const k = model.tasks[t].options.findIndex((o) => o.helper === best)
          if (k >= 0 && allowed(rank, model.tasks[t].options[k]) && fits(t, model.tasks[t].options[k])) take(t, k)
        }
        remaining = remaining.filter((t) => backups[t] < 0)
      }
    }
  }
  const starts = new Float64Array(model.tasks.length).fill(Number.NaN)
  for (const options of byComponent.values()) {
    backupStarts(model, a, planned, options)!.forEach((s, i) => { starts[options[i].task] = s })
  }
  return { backups, starts }
}
