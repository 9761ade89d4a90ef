/**
 * What a re-plan changes, for the coordinator to see before accepting it: who gains and who
 * loses which occurrences, in which role, and which occurrences become covered or uncovered.
 */
import type { AssignmentRole } from '../model'
import { compareText } from './prepared'
import type { Plan } from './types'

export interface DiffEntry {
  occurrenceId: string
  role: AssignmentRole
}

export interface HelperDiff {
  helperId: string
  gains: DiffEntry[]
  losses: DiffEntry[]
}

export interface PlanDiff {
  /** Only helpers with a gain or a loss, by id. */
  helpers: HelperDiff[]
  /** Occurrences with a primary before and none after, and the reverse. */
  uncovered: string[]
  covered: string[]
  /** Occurrence × role pairs whose helper changed (including to or from nobody). */
  changed: number
}

const keyOf = (occurrenceId: string, role: AssignmentRole) => `${occurrenceId}\u0000${role}`

function holders(plan: Plan): Map<string, string> {
  return new Map(plan.placements.map((p) => [keyOf(p.occurrenceId, p.role), p.helperId]))
}

export function diffPlans(before: Plan, after: Plan): PlanDiff {
  const was = holders(before)
  const is = holders(after)
  const byHelper = new Map<string, HelperDiff>()
  const entry = (helperId: string) =>
    byHelper.get(helperId) ?? byHelper.set(helperId, { helperId, gains: [], losses: [] }).get(helperId)!
  const keys = [...new Set([...was.keys(), ...is.keys()])].sort(compareText)
  let changed = 0
  for (const key of keys) {
    const [occurrenceId, role] = key.split('\u0000') as [string, AssignmentRole]
    const from = was.get(key)
    const to = is.get(key)
    if (from === to) continue
    changed += 1
    if (from) entry(from).losses.push({ occurrenceId, role })
    if (to) entry(to).gains.push({ occurrenceId, role })
  }
  const primaries = (plan: Map<string, string>, keys: Iterable<string>) =>
    [...keys].filter((k) => k.endsWith('\u0000primary') && plan.has(k)).map((k) => k.split('\u0000')[0])
  const coveredAfter = new Set(primaries(is, is.keys()))
  const coveredBefore = new Set(primaries(was, was.keys()))
  return {
    helpers: [...byHelper.values()].sort((a, b) => compareText(a.helperId, b.helperId)),
    uncovered: [...coveredBefore].filter((id) => !coveredAfter.has(id)).sort(compareText),
    covered: [...coveredAfter].filter((id) => !coveredBefore.has(id)).sort(compareText),
    changed,
  }
}
