/**
 * Backups for high-priority tasks, once the primaries are settled. A backup doesn't count
 * toward a limit, so one task's backup never takes room from another's: a task gets one
 * whenever anyone other than its primary could step in — someone whose offer fits and who is
 * not busy with their own task then. The choice among them follows the old planner: series
 * first (the same backup every Tuesday), then no two overlapping backups for one person,
 * overeager helpers first (it spares them being primary), fewest backups, lightest load.
 * With a previous plan, its backups are kept where they still can be.
 *
 * A backup's own start is the earliest feasible start of their option that overlaps none of
 * their own tasks at the starts planned for them (`backupStart`). While the primaries still
 * move (improve.ts), "could back up" is the pairwise test of sequence.ts instead.
 */
import { componentOptions, overlapping, primaryHelperOf, type Allocation } from './allocation'
import type { Model, Option } from './model'
import { compareScores } from './seed'
import { firstFreeStart } from './sequence'

/** Per task: the option index of its backup, or -1. */
export type Backups = Int32Array

/** Per task, the planned start of its primary (NaN when none): see solve.ts `plannedStarts`. */
export type Planned = Float64Array

/** The backup's start on `option`: the earliest clear of their own tasks as planned; null when none. */
export function backupStart(model: Model, a: Allocation, planned: Planned, option: Option): number | null {
  const busy = componentOptions(model, a, option.component).map((o) => ({ start: planned[o.task], end: planned[o.task] + o.duration }))
  return firstFreeStart(option, busy)
}

export function canBackUp(model: Model, a: Allocation, task: number, option: Option, planned?: Planned): boolean {
  if (option.blocked || option.helper === primaryHelperOf(model, a, task)) return false
  return planned ? backupStart(model, a, planned, option) !== null : overlapping(model, a, option, -1).length === 0
}

export function needsBackup(model: Model, a: Allocation, task: number): boolean {
  const t = model.tasks[task]
  return t.rank === 0 && !t.fixedBackup && primaryHelperOf(model, a, task) >= 0
}

export function chooseBackups(model: Model, a: Allocation, previous: Int32Array | null, planned: Planned): Backups {
  // `previous`: each task's backup helper in the previous plan, or -1.
  const backups: Backups = new Int32Array(model.tasks.length).fill(-1)
  const byHelper: Option[][] = model.helperIds.map(() => [])
  const take = (t: number, k: number) => {
    backups[t] = k
    byHelper[model.tasks[t].options[k].helper].push(model.tasks[t].options[k])
  }
  if (previous) {
    model.tasks.forEach((task, t) => {
      const k = task.options.findIndex((o) => o.helper === previous[t])
      if (k >= 0 && needsBackup(model, a, t) && canBackUp(model, a, t, task.options[k], planned)) take(t, k)
    })
  }
  const load = new Int32Array(model.helperIds.length)
  a.chosen.forEach((k, t) => { if (k >= 0) load[model.tasks[t].options[k].helper] += 1 })
  const limitOf = (helper: number) => Math.max(1, model.prepared.offerByHelper.get(model.helperIds[helper])?.weeklyLimit ?? 0)
  const groups = model.series
    .map((tasks, s) => ({ s, tasks: tasks.filter((t) => needsBackup(model, a, t)) }))
    .filter((g) => g.tasks.length > 0)
    .map((g) => ({ ...g, fewest: Math.min(...g.tasks.map((t) => model.tasks[t].options.length)) }))
    .sort((x, y) => x.fewest - y.fewest || (model.seriesKeys[x.s] < model.seriesKeys[y.s] ? -1 : 1))
  for (const group of groups) {
    let remaining = group.tasks.filter((t) => backups[t] < 0)
    while (remaining.length > 0) {
      const doable = new Map<number, Option[]>()
      for (const t of remaining) {
        for (const o of model.tasks[t].options) {
          if (canBackUp(model, a, t, o, planned)) doable.set(o.helper, [...(doable.get(o.helper) ?? []), o])
        }
      }
      let best = -1
      let bestScore: number[] = []
      for (const [helper, options] of doable) {
        const clashes = options.filter((o) => byHelper[helper].some((b) => b.start < o.end && o.start < b.end)).length
        const score = [-options.length, clashes, model.overeager[helper] ? 0 : 1, byHelper[helper].length, load[helper] / limitOf(helper), helper]
        if (best < 0 || compareScores(score, bestScore) < 0) [best, bestScore] = [helper, score]
      }
      if (best < 0) break
      for (const t of remaining) {
        const k = model.tasks[t].options.findIndex((o) => o.helper === best)
        if (k >= 0 && canBackUp(model, a, t, model.tasks[t].options[k], planned)) take(t, k)
      }
      remaining = remaining.filter((t) => backups[t] < 0)
    }
  }
  return backups
}
