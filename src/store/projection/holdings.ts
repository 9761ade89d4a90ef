import type { LocalDate, Need, Occurrence } from '../../domain/model'
import { matchesAssignment } from '../../domain/planner/series'
import type { TaskRole, TaskStatus } from '../helperDoc/layout'
import type { ProjectionInput } from './input'
import { occurrenceById, occurrencesBetween } from './occurrences'

/**
 * Which occurrences are a helper's tasks, and in which role. Projection uses it to fill a
 * helper's `tasks`; fold uses the same rule to accept a report only for the helper's own task,
 * on any date (a phone that was offline for weeks still reports on last month's walk).
 */
export interface Holding {
  occurrence: Occurrence
  need: Need
  role: TaskRole
  /** Whether this helper is the one doing it now: the primary, unless someone covers it. */
  doing: boolean
  status: TaskStatus
}

const acceptedOf = (input: ProjectionInput, helperId: string) =>
  input.assignments.filter((a) => a.accepted && a.helperId === helperId)

function reportedBy(input: ProjectionInput, helperId: string): Set<string> {
  return new Set(input.inbox.helperReports.filter((r) => r.helperId === helperId).map((r) => r.occurrenceId))
}

function holdingIn(
  input: ProjectionInput, helperId: string, occurrence: Occurrence, need: Need,
  series: ReturnType<typeof acceptedOf>, reported: ReadonlySet<string>,
): Holding | null {
  const status = input.statuses[occurrence.id]
  const coveredBy = status?.status === 'covered' ? status.coveredBy : null
  const matching = series.filter((a) => matchesAssignment(a, occurrence))
  let role: TaskRole | null = null
  if (coveredBy === helperId) role = 'cover'
  else if (matching.some((a) => a.role === 'primary')) role = 'primary'
  else if (matching.some((a) => a.role === 'backup')) role = 'backup'
  else if (reported.has(occurrence.id)) role = 'reported'
  if (role === null) return null
  const doing = role === 'cover' || (role === 'primary' && (coveredBy === null || coveredBy === helperId))
  return { occurrence, need, role, doing, status: status?.status ?? 'planned' }
}

/** The helper's tasks with a local date in [from, to], by start then id. */
export function helperHoldings(input: ProjectionInput, helperId: string, from: LocalDate, to: LocalDate): Holding[] {
  const series = acceptedOf(input, helperId)
  const reported = reportedBy(input, helperId)
  const needs = new Map(input.needs.map((need) => [need.id, need]))
  const holdings: Holding[] = []
  for (const occurrence of occurrencesBetween(input, from, to)) {
    const holding = holdingIn(input, helperId, occurrence, needs.get(occurrence.needId)!, series, reported)
    if (holding) holdings.push(holding)
  }
  return holdings
}

/** The helper's task with this occurrence id, on any date, or null when it is not theirs. */
export function holdingOf(input: ProjectionInput, helperId: string, occurrenceId: string): Holding | null {
  const found = occurrenceById(input, occurrenceId)
  return found && holdingIn(input, helperId, found.occurrence, found.need, acceptedOf(input, helperId), reportedBy(input, helperId))
}

/** Who does the occurrence now: whoever covers it, else the primary of an accepted series. */
export function doerOf(input: ProjectionInput, occurrence: Occurrence): string | null {
  const status = input.statuses[occurrence.id]
  if (status?.status === 'covered' && status.coveredBy) return status.coveredBy
  const primaries = input.assignments.filter((a) => a.accepted && a.role === 'primary' && matchesAssignment(a, occurrence))
  return primaries[0]?.helperId ?? null
}
