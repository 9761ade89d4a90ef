/**
 * Levels 2–4 of the objective, kept up to date move by move so that the local search
 * (improve.ts) can try thousands of moves: backups, series breaks, the largest weekly load,
 * helper-weeks above half their limit, how many helper-weeks reach the largest load, and tasks
 * given to overeager helpers. Smaller is better, compared in the order of `Score` (backups negated).
 */
import { assign, optionOf, unassign, type Allocation } from './allocation'
import { canBackUp } from './backups'
import type { Model } from './model'
import { isAboveHalf, seriesBreaks, weekLoadOf } from './quality'

/**
 * Levels 3–4; backups (level 2) are counted apart because they are dearer to keep up to date.
 * `atLargest` (helper-weeks at the largest load) comes after the documented levels: it only
 * lets a search make progress toward a smaller largest load.
 */
export type Score = [breaks: number, largestLoad: number, aboveHalf: number, atLargest: number, overeager: number]

export class Objective {
  readonly hasBackup: Uint8Array
  private readonly breaks: Int32Array
  private readonly loads: Int32Array
  private largest = 0
  private totals = { backups: 0, breaks: 0, aboveHalf: 0, overeager: 0 }
  /** Moves since `mark()`, to undo. */
  private log: { task: number; option: number }[] = []
  /** Tasks whose backup may have changed since `backups()` was last read. */
  private dirty = new Set<number>()

  constructor(private readonly model: Model, private readonly a: Allocation) {
    this.hasBackup = new Uint8Array(model.tasks.length)
    model.tasks.forEach((_, t) => this.refreshBackup(t))
    this.breaks = Int32Array.from(model.series, (s) => seriesBreaks(model, a, s))
    this.totals.breaks = this.breaks.reduce((sum, b) => sum + b, 0)
    const most = model.helperWeeks.reduce((m, w) => Math.max(m, w.limit, w.fixedLoad), 0)
    this.loads = new Int32Array(most + 2)
    model.helperWeeks.forEach((_, w) => this.countWeek(w, 1))
    a.chosen.forEach((k, t) => { if (k >= 0 && model.overeager[model.tasks[t].options[k].helper]) this.totals.overeager += 1 })
  }

  score(): Score {
    const { breaks, aboveHalf, overeager } = this.totals
    return [breaks, this.largest, aboveHalf, this.loads[this.largest], overeager]
  }

  /** High-priority tasks with a backup, after re-reading those a move may have changed. */
  backups(): number {
    for (const task of this.dirty) this.refreshBackup(task)
    this.dirty.clear()
    return this.totals.backups
  }

  /** After undoing to a point where backups were read: nothing changed since. */
  forgetChanges(): void {
    this.dirty.clear()
  }

  /** Takes one helper-week's load out of the counts (-1) or puts it back (1). */
  private countWeek(week: number, sign: 1 | -1): void {
    const load = weekLoadOf(this.model, this.a, week)
    this.loads[load] += sign
    if (sign > 0 && load > this.largest) this.largest = load
    while (this.largest > 0 && this.loads[this.largest] === 0) this.largest -= 1
    if (isAboveHalf(this.model, this.a, week)) this.totals.aboveHalf += sign
  }

  private refreshBackup(task: number): void {
    const t = this.model.tasks[task]
    const has = t.rank === 0 && optionOf(this.model, this.a, task) !== null
      && (t.fixedBackup || t.options.some((o) => canBackUp(this.model, this.a, task, o)))
    this.totals.backups += Number(has) - this.hasBackup[task]
    this.hasBackup[task] = Number(has)
  }

  /** Puts `task` on option `k` (-1: none), updating every level. */
  move(task: number, k: number): void {
    const { model, a } = this
    const before = optionOf(model, a, task)
    const after = k < 0 ? null : model.tasks[task].options[k]
    this.log.push({ task, option: a.chosen[task] })
    // The helper-weeks the move touches, each once (thousands of moves per plan: no lists made here).
    const first = before ? before.week : after ? after.week : -1
    const second = before && after && after.week !== before.week ? after.week : -1
    this.countWeeks(first, second, -1)
    if (before && model.overeager[before.helper]) this.totals.overeager -= 1
    if (k < 0) unassign(model, a, task)
    else assign(model, a, task, k)
    if (after && model.overeager[after.helper]) this.totals.overeager += 1
    this.countWeeks(first, second, 1)
    const series = model.tasks[task].series
    const breaks = seriesBreaks(model, a, model.series[series])
    this.totals.breaks += breaks - this.breaks[series]
    this.breaks[series] = breaks
    this.dirty.add(task)
    if (before) this.markHighTasks(before.component)
    if (after) this.markHighTasks(after.component)
  }

  private countWeeks(first: number, second: number, sign: 1 | -1): void {
    if (first >= 0) this.countWeek(first, sign)
    if (second >= 0) this.countWeek(second, sign)
  }

  /** High-priority tasks with an option in `component`: a move there may change their backup. */
  private markHighTasks(component: number): void {
    for (const u of this.model.componentTasks[component]) if (this.model.tasks[u].rank === 0) this.dirty.add(u)
  }

  mark(): number {
    return this.log.length
  }

  undoTo(mark: number): void {
    while (this.log.length > mark) {
      const { task, option } = this.log.pop()!
      this.move(task, option)
      this.log.pop()
    }
  }
}

/** Negative when `a` is better. */
export function compareScore(a: Score, b: Score): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i]
  return 0
}
