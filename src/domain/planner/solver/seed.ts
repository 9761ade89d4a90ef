/**
 * A first plan that already reads like one a person would make, for the exact search to start
 * from (it keeps what it need not change): the previous plan's placements that still hold,
 * then series first — by priority and most constrained first, each need + slot + weekday goes
 * to the helper who can do most of it (ties: not overeager, lightest load for their limit,
 * then id), repeating on what is left. Every step keeps every rule.
 */
import { assign, hasRoom, type Allocation } from './allocation'
import type { Model } from './model'

/** Helper index per task in the previous plan (not accepted), per role, or -1. */
export interface PreviousPlan {
  primary: Int32Array
  backup: Int32Array
}

export function previousHelpers(model: Model): PreviousPlan | null {
  const plan = model.prepared.previous
  if (!plan) return null
  const previous = {
    primary: new Int32Array(model.tasks.length).fill(-1),
    backup: new Int32Array(model.tasks.length).fill(-1),
  }
  const helperIndex = new Map(model.helperIds.map((id, i) => [id, i]))
  const taskIndex = new Map(model.tasks.map((t, i) => [t.occurrence.id, i]))
  for (const p of plan.placements) {
    const task = taskIndex.get(p.occurrenceId)
    const helper = helperIndex.get(p.helperId)
    if (task !== undefined && helper !== undefined) previous[p.role][task] = helper
  }
  return previous
}

export function seedFromPrevious(model: Model, a: Allocation, previous: Int32Array): void {
  model.tasks.forEach((task, t) => {
    if (previous[t] < 0 || task.fixedPrimary >= 0) return
    const k = task.options.findIndex((o) => o.helper === previous[t])
    if (k >= 0 && hasRoom(model, a, t, k, 'strict')) assign(model, a, t, k)
  })
}

export function seedSeries(model: Model, a: Allocation): void {
  const assignedCount = new Int32Array(model.helperIds.length)
  a.chosen.forEach((k, t) => { if (k >= 0) assignedCount[model.tasks[t].options[k].helper] += 1 })
  for (const week of model.helperWeeks) assignedCount[week.helper] += week.fixedLoad
  const limitOf = (helper: number) => Math.max(1, model.prepared.offerByHelper.get(model.helperIds[helper])?.weeklyLimit ?? 0)
  const order = model.series.map((tasks, s) => ({
    s,
    rank: model.tasks[tasks[0]].rank,
    fewest: Math.min(...tasks.map((t) => model.tasks[t].options.length)),
  })).sort((x, y) => x.rank - y.rank || x.fewest - y.fewest || (model.seriesKeys[x.s] < model.seriesKeys[y.s] ? -1 : 1))

  for (const { s } of order) {
    let remaining = model.series[s].filter((t) => a.chosen[t] < 0 && model.tasks[t].fixedPrimary < 0)
    while (remaining.length > 0) {
      const doable = new Map<number, number>()
      for (const t of remaining) {
        model.tasks[t].options.forEach((o, k) => {
          if (hasRoom(model, a, t, k, 'strict')) doable.set(o.helper, (doable.get(o.helper) ?? 0) + 1)
        })
      }
      let best = -1
      let bestScore: number[] = []
      for (const [helper, count] of doable) {
        const score = [-count, model.overeager[helper] ? 1 : 0, assignedCount[helper] / limitOf(helper), helper]
        if (best < 0 || compareScores(score, bestScore) < 0) [best, bestScore] = [helper, score]
      }
      if (best < 0) break
      for (const t of remaining) {
        const k = model.tasks[t].options.findIndex((o) => o.helper === best)
        if (k >= 0 && hasRoom(model, a, t, k, 'strict')) {
          assign(model, a, t, k)
          assignedCount[best] += 1
        }
      }
      remaining = remaining.filter((t) => a.chosen[t] < 0)
    }
  }
}

export function compareScores(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i]
  return 0
}
