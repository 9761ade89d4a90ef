/**
 * The map's coverage view and "who could fill this?".
 *
 * A coverage cell is one need on one local date with at least one live (not cancelled)
 * occurrence. Its `status` comes from the plan: `gap` when any of that day's occurrences has no
 * primary, `covered-with-backup` when every one has a primary and a backup, `covered`
 * otherwise. Duplication is separate and ignores the plan: `candidatesCount` is how many
 * helpers' offers could do each of that day's occurrences (the fewest over the day; limits and
 * other tasks aside), `needed` is how many one occurrence asks for (2 for high priority:
 * primary and backup; else 1), and `duplicated` means more offered than needed.
 */
import type { AssignmentRole, Instant, LocalDate, Occurrence } from '../model'
import type { Phrase } from '../phrase'
import { localMomentOf, weekKeyOf } from './localTime'
import { plan as makePlan } from './planner'
import { compareText, prepare, staticCandidates, weeklyLimitOf } from './prepared'
import { evaluate, stateFromPlacements, weekLoad } from './state'
import type { Plan, PlanInput, Violation } from './types'
import { matchesAssignment } from './series'
import { fillWords, violationWords } from './words'

export type DayCoverage = 'gap' | 'covered' | 'covered-with-backup'

export interface CoverageCell {
  needId: string
  date: LocalDate
  occurrences: number
  withPrimary: number
  withBackup: number
  status: DayCoverage
  candidatesCount: number
  needed: number
  duplicated: boolean
}

/** Inclusive local dates. */
export interface CoverageRange {
  from: LocalDate
  until: LocalDate
}

export function coverage(input: PlanInput, plan: Plan = makePlan(input), range?: CoverageRange): CoverageCell[] {
  const prepared = prepare(input)
  const roles = new Map<string, Set<AssignmentRole>>()
  for (const p of plan.placements) roles.set(p.occurrenceId, (roles.get(p.occurrenceId) ?? new Set()).add(p.role))
  const cells = new Map<string, CoverageCell>()
  for (const occurrence of prepared.occurrences) {
    if (range && (occurrence.date < range.from || occurrence.date > range.until)) continue
    const need = prepared.needById.get(occurrence.needId)!
    const key = `${occurrence.needId}\u0000${occurrence.date}`
    const needed = need.priority === 'high' ? 2 : 1
    const cell = cells.get(key) ?? {
      needId: need.id, date: occurrence.date, occurrences: 0, withPrimary: 0, withBackup: 0,
      status: 'gap', candidatesCount: Number.POSITIVE_INFINITY, needed, duplicated: false,
    }
    const placed = roles.get(occurrence.id)
    cell.occurrences += 1
    if (placed?.has('primary')) cell.withPrimary += 1
    if (placed?.has('primary') && placed.has('backup')) cell.withBackup += 1
    cell.candidatesCount = Math.min(cell.candidatesCount, staticCandidates(prepared, occurrence).length)
    cells.set(key, cell)
  }
  return [...cells.values()]
    .map((cell): CoverageCell => ({
      ...cell,
      status: cell.withPrimary < cell.occurrences ? 'gap' : cell.withBackup === cell.occurrences ? 'covered-with-backup' : 'covered',
      duplicated: cell.candidatesCount > cell.needed,
    }))
    .sort((a, b) => compareText(a.date, b.date) || compareText(a.needId, b.needId))
}

export interface FillCandidate {
  helperId: string
  name: string
  canTake: boolean
  /** When they would start, if they can take it. */
  start: Instant | null
  violations: Violation[]
  /** "Sam: not available on Saturdays", "Lee: free then · 1 of 2 tasks that week". */
  sentence: Phrase
}

/**
 * Every helper, for one occurrence and role, given the plan (its own placement for that role
 * set aside): those who could take it first (lightest load first), then the others with the
 * reason they can't. Whoever was to do it and said they can't make it is never asked again.
 */
export function whoCouldFill(
  occurrence: Occurrence, input: PlanInput, options: { plan?: Plan; role?: AssignmentRole } = {},
): FillCandidate[] {
  const role = options.role ?? 'primary'
  const prepared = prepare(input)
  if (!prepared.needById.has(occurrence.needId)) return []
  const placements = (options.plan ?? makePlan(input)).placements
  const state = stateFromPlacements(prepared, placements.filter((p) => !(p.occurrenceId === occurrence.id && p.role === role)))
  const saidCannot = cannotMake(input, occurrence)
  const candidates = prepared.helpers.map((helper) => {
    const evaluated = evaluate(prepared, state, occurrence, helper, role)
    const { start } = evaluated
    const violations = saidCannot.has(helper.id) ? [{ kind: 'cant-make-it' as const, detail: violationWords.cantMakeIt }, ...evaluated.violations] : evaluated.violations
    const canTake = violations.length === 0 && start !== null
    const limit = weeklyLimitOf(prepared, helper.id)
    const load = start === null ? 0 : weekLoad(state, helper.id, weekKeyOf(localMomentOf(start, prepared.timeZone).date))
    const sentence = canTake ? fillWords.canTake(helper.name, load, limit) : fillWords.cannot(helper.name, violations[0].detail)
    return { helperId: helper.id, name: helper.name, canTake, start: canTake ? start : null, violations, sentence, ratio: load / Math.max(1, limit) }
  })
  return candidates
    .sort((a, b) =>
      Number(b.canTake) - Number(a.canTake)
      || (a.canTake ? a.ratio - b.ratio : 0)
      || compareText(a.name, b.name)
      || compareText(a.helperId, b.helperId))
    .map(({ ratio: _ratio, ...candidate }) => candidate)
}

/** The primaries of an occurrence someone now has to cover: they said they can't make it (or missed it). */
function cannotMake(input: PlanInput, occurrence: Occurrence): Set<string> {
  const status = input.statuses?.find((s) => s.occurrenceId === occurrence.id)
  if (!status || (status.status !== 'needs-cover' && status.status !== 'missed')) return new Set()
  return new Set(input.accepted.filter((a) => a.accepted && a.role === 'primary' && matchesAssignment(a, occurrence)).map((a) => a.helperId))
}
