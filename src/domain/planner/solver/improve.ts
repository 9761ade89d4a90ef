/**
 * Levels 2–4 on top of exact coverage, by local search: moves that never uncover a task and
 * never break a rule, kept only when the objective (objective.ts) gets strictly better.
 * - Backups first: for a high-priority task without one, free someone who could back it up
 *   by moving (or swapping) the one task that keeps them busy then.
 * - Then series and breadth: move one task, swap two, or move a whole run of a series
 *   ("every Tuesday") to another helper. Only tasks that could gain anything are tried — in a
 *   series with breaks, in a helper-week at the largest load or above half, or with an
 *   overeager helper — and the number of tries is capped, so the result is the same on every
 *   device. Levels 2–4 are therefore measured, not proven (bench/RESULTS.md).
 * Tasks kept from a previous plan are frozen: stability ranks above levels 2–4 (planner.ts).
 */
import { hasRoom, optionOf, primaryHelperOf, type Allocation } from './allocation'
import { conflicts } from './sequence'
import type { Model } from './model'
import { compareScore, Objective } from './objective'
import { isAboveHalf, weekLoadOf } from './quality'

/** Moves tried at most: enough for every circle in the bench to settle, bounded on any. */
const MAX_TRIES = 100_000

interface Search {
  model: Model
  a: Allocation
  objective: Objective
  frozen: Uint8Array
  tries: number
}

const optionFor = (model: Model, task: number, helper: number) => model.tasks[task].options.findIndex((o) => o.helper === helper)

/**
 * Applies the moves in order if each keeps every rule and together they improve the objective;
 * else undoes them. `forBackups`: more backups win whatever levels 3–4 do; otherwise levels 3–4
 * must improve and backups must not drop.
 */
function attempt(search: Search, moves: [task: number, helper: number][], forBackups = false): boolean {
  const { model, a, objective } = search
  search.tries += 1
  const targets = moves.map(([task, helper]) => [task, optionFor(model, task, helper)] as const)
  if (targets.some(([, k]) => k < 0)) return false
  const before = objective.score()
  const backupsBefore = objective.backups()
  const mark = objective.mark()
  for (const [task] of targets) objective.move(task, -1)
  for (const [task, k] of targets) {
    if (!hasRoom(model, a, task, k, 'strict')) return reject(objective, mark, false)
    objective.move(task, k)
  }
  const levels = compareScore(objective.score(), before)
  if (!forBackups && levels >= 0) return reject(objective, mark, false)
  const backups = objective.backups()
  if (backups > backupsBefore || (backups === backupsBefore && levels < 0)) return true
  return reject(objective, mark, true)
}

/** Undoes an attempt's moves (a function, not a closure per attempt: there are thousands). */
function reject(objective: Objective, mark: number, readBackups: boolean): false {
  objective.undoTo(mark)
  if (readBackups) objective.backups()
  else objective.forgetChanges()
  return false
}

/** The tasks that keep `helper` from taking `task`'s option: one overlapping task, or any task that week if full. */
function blockersOf(search: Search, task: number, k: number): number[] {
  const { model, a } = search
  const option = model.tasks[task].options[k]
  const clash: number[] = []
  for (const group of model.componentGroups[option.component]) {
    for (const u of a.groupMembers[group]) {
      const other = optionOf(model, a, u)!
      if (u !== task && conflicts(other, option)) clash.push(u)
    }
  }
  if (clash.length > 0) return clash.length === 1 ? clash : []
  return a.weekMembers[option.week].filter((u) => u !== task)
}

/**
 * Whether moving `task` to option `k` can lower the largest load, the helper-weeks above half
 * or the overeager count: a cheap filter, so breadth moves are only tried where they can help.
 */
function helpsBreadth(search: Search, task: number, k: number): boolean {
  const { model, a } = search
  const from = optionOf(model, a, task)!
  const to = model.tasks[task].options[k]
  if (to.week === from.week) return false
  const source = weekLoadOf(model, a, from.week)
  const target = weekLoadOf(model, a, to.week) + 1
  const targetStaysLow = target * 2 <= model.helperWeeks[to.week].limit
  const sourceDrops = isAboveHalf(model, a, from.week) && (source - 1) * 2 <= model.helperWeeks[from.week].limit
  return (source === search.objective.score()[1] && target < source)
    || (sourceDrops && (targetStaysLow || (target - 1) * 2 > model.helperWeeks[to.week].limit))
    || (model.overeager[from.helper] && !model.overeager[to.helper] && targetStaysLow)
}

/** Helpers of the nearest covered occurrences before and after `task` in its series (-1: none). */
function neighboursOf(search: Search, task: number): [number, number] {
  const { model, a } = search
  const series = model.series[model.tasks[task].series]
  const at = series.indexOf(task)
  let before = -1
  for (let i = at - 1; i >= 0 && before < 0; i--) before = primaryHelperOf(model, a, series[i])
  let after = -1
  for (let i = at + 1; i < series.length && after < 0; i++) after = primaryHelperOf(model, a, series[i])
  return [before, after]
}

/** Series breaks around `task` if `helper` did it: what moving it alone changes at level 3. */
const breaksAround = ([before, after]: [number, number], helper: number) =>
  Number(before >= 0 && before !== helper) + Number(after >= 0 && after !== helper)

/**
 * Relocate `task` to another helper. In a series with breaks, only to the helper of a
 * neighbouring occurrence, directly or by swapping with what blocks them, or move its whole
 * run there; otherwise only where breadth can gain.
 */
function tryMovesOf(search: Search, task: number, inBrokenSeries: boolean, forBackups = false): boolean {
  const { model, a, frozen } = search
  const from = primaryHelperOf(model, a, task)
  const around = neighboursOf(search, task)
  const neighbours = inBrokenSeries ? neighbourHelpers(around, from) : NOBODY
  const breaksNow = breaksAround(around, from)
  for (let k = 0; k < model.tasks[task].options.length; k++) {
    const option = model.tasks[task].options[k]
    if (option.helper === from || option.blocked || search.tries > MAX_TRIES) continue
    const towardSeries = neighbours.includes(option.helper) || forBackups
    // Moving it alone must not add breaks unless it is for a backup (a higher level).
    const alone = forBackups || breaksAround(around, option.helper) <= breaksNow
    if (alone && (towardSeries || helpsBreadth(search, task, k)) && attempt(search, [[task, option.helper]], forBackups)) return true
    if (!towardSeries) continue
    const gain = breaksNow - breaksAround(around, option.helper)
    for (const u of blockersOf(search, task, k)) {
      if (frozen[u] || !swapMayHelp(search, task, u, gain, option.helper, from, forBackups)) continue
      if (attempt(search, [[u, from], [task, option.helper]], forBackups)) return true
    }
  }
  return neighbours.length > 0 && tryRunMoves(search, task, from, neighbours, forBackups)
}

const NOBODY: readonly number[] = []

/** The helpers of the neighbouring occurrences other than `from`, each once, before first. */
function neighbourHelpers([before, after]: [number, number], from: number): readonly number[] {
  const found: number[] = []
  if (before >= 0 && before !== from) found.push(before)
  if (after >= 0 && after !== from && after !== before) found.push(after)
  return found
}

/** A swap whose two halves, apart, add breaks cannot lower them (exact unless both are in one series). */
function swapMayHelp(search: Search, task: number, other: number, gain: number, to: number, from: number, forBackups: boolean): boolean {
  const { model } = search
  if (forBackups || model.tasks[task].series === model.tasks[other].series) return true
  const around = neighboursOf(search, other)
  return gain + breaksAround(around, to) - breaksAround(around, from) >= 0
}

/** Move the run of `task`'s series that `from` does (consecutive occurrences) to a neighbouring run's helper. */
function tryRunMoves(search: Search, task: number, from: number, targets: readonly number[], forBackups: boolean): boolean {
  const { model, a, frozen } = search
  const series = model.series[model.tasks[task].series]
  const at = series.indexOf(task)
  let first = at
  let last = at
  const sameRun = (u: number) => primaryHelperOf(model, a, u) === from && !frozen[u] && model.tasks[u].fixedPrimary < 0
  while (first > 0 && sameRun(series[first - 1])) first -= 1
  if (first < at) return false // tried from the run's first task
  while (last < series.length - 1 && sameRun(series[last + 1])) last += 1
  if (first === last) return false
  const run = series.slice(first, last + 1)
  for (const helper of targets) {
    if (search.tries > MAX_TRIES) break
    if (attempt(search, run.map((u) => [u, helper]), forBackups)) return true
  }
  return false
}

/** Level 2: free a backup for each high-priority task that has none. */
function freeBackups(search: Search): void {
  const { model, a, objective, frozen } = search
  model.tasks.forEach((task, t) => {
    if (task.rank !== 0 || optionOf(model, a, t) === null) return
    objective.backups()
    if (objective.hasBackup[t]) return
    for (const option of task.options) {
      if (option.blocked || option.helper === primaryHelperOf(model, a, t) || search.tries > MAX_TRIES) continue
      const busy = blockersOf(search, t, task.options.indexOf(option)).filter((u) => {
        const other = optionOf(model, a, u)!
        return conflicts(other, option)
      })
      if (busy.length !== 1 || frozen[busy[0]]) continue
      if (tryMovesOf(search, busy[0], true, true)) return
    }
  })
}

/** Could moving this task improve series or breadth at all? */
function mayGain(search: Search, task: number, inBrokenSeries: boolean): boolean {
  const { model, a } = search
  const option = optionOf(model, a, task)
  if (!option || search.frozen[task]) return false
  return inBrokenSeries || weekLoadOf(model, a, option.week) === search.objective.score()[1]
    || isAboveHalf(model, a, option.week) || model.overeager[option.helper]
}

export function improve(model: Model, a: Allocation, previous: Int32Array | null): void {
  const frozen = new Uint8Array(model.tasks.length)
  if (previous) a.chosen.forEach((k, t) => { if (k >= 0 && model.tasks[t].options[k].helper === previous[t]) frozen[t] = 1 })
  const search: Search = { model, a, objective: new Objective(model, a), frozen, tries: 0 }
  freeBackups(search)
  for (let improved = true; improved && search.tries <= MAX_TRIES;) {
    improved = false
    const withBreaks = new Set(model.series.flatMap((s, i) => (hasBreak(model, a, s) ? [i] : [])))
    for (let t = 0; t < model.tasks.length; t++) {
      const broken = withBreaks.has(model.tasks[t].series)
      if (mayGain(search, t, broken) && tryMovesOf(search, t, broken)) improved = true
    }
  }
}

function hasBreak(model: Model, a: Allocation, series: readonly number[]): boolean {
  let last = -1
  for (const t of series) {
    const helper = primaryHelperOf(model, a, t)
    if (helper < 0) continue
    if (last >= 0 && helper !== last) return true
    last = helper
  }
  return false
}
