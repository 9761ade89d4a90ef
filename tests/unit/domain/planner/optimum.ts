/**
 * The best coverage, found by an independent method: which helper may take which occurrence
 * at which start is worked out here by sampling wall-clock quarter hours (as circles.ts's
 * checker does, exact for times on a 15-minute grid in whole-hour zones), and the optimum by
 * HiGHS, a MIP solver the planner never uses. Time-indexed: one variable per occurrence,
 * helper and feasible start (every quarter hour of the window that holds, not only the
 * earliest), so a helper's tasks may be done one after another anywhere in their windows, and
 * "no overlap" is a clique of the helper's intervals at each instant: joint feasibility at the
 * chosen starts, not the planner's pairwise test. A plan covers an occurrence when one of its
 * variables is 1. Priorities are solved in stages — the most high-priority
 * occurrences, then with that fixed the most medium, then the most low — not with big weights.
 * Accepted series are not modelled: use inputs without them.
 */
import highsLoader from 'highs'
import type { Priority } from '../../../../src/domain/model'
import type { PlanInput } from '../../../../src/domain/planner'
import { mondayOf, readsInRange, squash, wallClock } from './circles'

const QUARTER = 15 * 60_000
const RANK: Record<Priority, number> = { high: 0, medium: 1, low: 2 }

export interface IndependentOption {
  occurrenceId: string
  helperId: string
  rank: number
  /** One feasible start (an occurrence has one option per helper and start). */
  start: number
  end: number
  /** The Monday of the week of `start`. */
  week: string
}

export function independentOptions(input: PlanInput): IndependentOption[] {
  if (input.accepted.some((a) => a.accepted)) throw new Error('accepted series are not modelled')
  const tz = input.timeZone
  const clock = new Map<number, ReturnType<typeof wallClock>>()
  const wall = (t: number) => clock.get(t) ?? clock.set(t, wallClock(t, tz)).get(t)!
  const cancelled = new Set((input.statuses ?? []).filter((s) => s.status === 'cancelled').map((s) => s.occurrenceId))
  const excluded = new Set(input.boundaries.excludedPeople.map((p) => squash(p.name)))
  const needs = new Map(input.needs.map((n) => [n.id, n]))
  const offers = new Map(input.offers.map((o) => [o.helperId, o]))
  const options: IndependentOption[] = []
  for (const occurrence of input.occurrences) {
    const need = needs.get(occurrence.needId)
    if (!need || cancelled.has(occurrence.id) || occurrence.windowEnd <= input.now) continue
    if (need.safety.professionalFirst && !need.safety.peerConfirmed) continue
    const duration = need.timing.durationMinutes * 60_000
    for (const helper of input.helpers) {
      const offer = offers.get(helper.id)
      if (!offer || excluded.has(squash(helper.name)) || !offer.kinds.includes(need.kind)) continue
      if (need.mode === 'in-person' && offer.mode === 'remote-only') continue
      if (!need.requiredTags.every((t) => helper.tags.some((h) => h.trim().toLowerCase() === t.toLowerCase()))) continue
      if ((input.away ?? []).some((a) => a.helperId === helper.id && a.from <= occurrence.date && occurrence.date <= a.until)) continue
      const fits = (start: number) => {
        for (let t = start; t < start + duration; t += QUARTER) {
          const w = wall(t)
          if (!offer.windows.some((r) => readsInRange(r, w))) return false
          if ((offer.from && w.date < offer.from) || (offer.until && w.date > offer.until)) return false
          if (need.mode === 'in-person' && input.boundaries.offLimits.some((r) => readsInRange(r, w))) return false
        }
        return true
      }
      for (let start = occurrence.windowStart; start + duration <= occurrence.windowEnd; start += QUARTER) {
        if (!fits(start)) continue
        options.push({
          occurrenceId: occurrence.id, helperId: helper.id, rank: RANK[need.priority],
          start, end: start + duration, week: mondayOf(wall(start).date),
        })
      }
    }
  }
  return options
}

/** CPLEX LP text with no line over ~200 characters (HiGHS rejects lines over 560). */
function sum(terms: readonly string[]): string {
  const lines: string[] = []
  for (let i = 0; i < terms.length; i += 16) lines.push(terms.slice(i, i + 16).join(' + '))
  return lines.join('\n + ')
}

function constraints(input: PlanInput, options: readonly IndependentOption[]): string[] {
  const rows: string[] = []
  const group = (key: (o: IndependentOption) => string) => {
    const groups = new Map<string, number[]>()
    options.forEach((o, i) => {
      const members = groups.get(key(o))
      if (members) members.push(i)
      else groups.set(key(o), [i])
    })
    return [...groups.values()]
  }
  for (const members of group((o) => o.occurrenceId)) rows.push(`${sum(members.map((i) => `x${i}`))} <= 1`)
  const limits = new Map(input.offers.map((o) => [o.helperId, o.weeklyLimit]))
  for (const members of group((o) => `${o.helperId}/${o.week}`)) {
    const limit = limits.get(options[members[0]].helperId)!
    if (members.length > limit) rows.push(`${sum(members.map((i) => `x${i}`))} <= ${limit}`)
  }
  // No overlap: at each start, at most one of the helper's options that contain it (a sweep).
  const cliques = new Set<string>()
  for (const members of group((o) => o.helperId)) {
    const sorted = [...members].sort((i, j) => options[i].start - options[j].start)
    let active: number[] = []
    for (const i of sorted) {
      const at = options[i].start
      active = active.filter((j) => options[j].end > at)
      active.push(i)
      if (active.length > 1) cliques.add(sum(active.map((j) => `x${j}`)))
    }
  }
  for (const clique of cliques) rows.push(`${clique} <= 1`)
  return rows
}

/**
 * Options that share no helper-week: parts no constraint links, so their optima add up. Large
 * circles are solved part by part (a week, usually), which HiGHS does far faster than as one.
 */
export function independentParts(options: readonly IndependentOption[]): IndependentOption[][] {
  const parent = new Map<string, string>()
  const find = (x: string): string => {
    const p = parent.get(x) ?? x
    if (p === x) return x
    const root = find(p)
    parent.set(x, root)
    return root
  }
  const union = (a: string, b: string) => parent.set(find(a), find(b))
  for (const o of options) union(`o:${o.occurrenceId}`, `w:${o.helperId}/${o.week}`)
  const parts = new Map<string, IndependentOption[]>()
  for (const o of options) {
    const root = find(`o:${o.occurrenceId}`)
    const part = parts.get(root)
    if (part) part.push(o)
    else parts.set(root, [o])
  }
  return [...parts.values()]
}

/**
 * The lexicographic optimum [high, medium, low]. `relaxed` solves linear relaxations instead:
 * each stage's value is then an upper bound on the integer one (for big circles).
 */
export async function optimalCoverage(
  input: PlanInput, options: readonly IndependentOption[], settings: { relaxed?: boolean; timeLimit?: number } = {},
): Promise<number[]> {
  const rows = constraints(input, options)
  const byRank = [0, 1, 2].map((rank) => options.flatMap((o, i) => (o.rank === rank ? [`x${i}`] : [])))
  const optimum: number[] = []
  for (let stage = 0; stage < 3; stage++) {
    if (byRank[stage].length === 0) {
      optimum.push(0)
      continue
    }
    const fixed = optimum.flatMap((value, rank) => (byRank[rank].length > 0 ? [`${sum(byRank[rank])} >= ${value}`] : []))
    const lp = [
      'Maximize', ` obj: ${sum(byRank[stage])}`, 'Subject To',
      ...[...rows, ...fixed].map((row, i) => ` r${i}: ${row}`),
      'Bounds', ...options.map((_, i) => ` 0 <= x${i} <= 1`),
      ...(settings.relaxed ? [] : ['Binary', sum(options.map((_, i) => `x${i}`)).replace(/\+/g, ' ')]),
      'End',
    ].join('\n')
    // A fresh module per solve: older builds crashed after many solves in one instance (NOTES.md).
    const highs = await highsLoader()
    const result = highs.solve(lp, { output_flag: false, presolve: 'off', time_limit: settings.timeLimit ?? 600 })
    if (result.Status !== 'Optimal') throw new Error(`HiGHS: ${result.Status}`)
    // A relaxed stage is rounded down only when its value is integral up to tolerance.
    const value = result.ObjectiveValue
    optimum.push(settings.relaxed ? value : Math.round(value))
  }
  return optimum
}
