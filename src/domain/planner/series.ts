/**
 * Assignments are series with exceptions. Accepted series come in and are matched to
 * occurrences here; what the planner proposes goes out as series here. A proposed series
 * covers exactly the occurrences its helper was planned for: every live occurrence of its
 * need + slot on its weekdays between `from` and `until` — so accepting it reproduces the plan.
 */
import type { Assignment, AssignmentRole, Occurrence, Weekday } from '../model'
import { compareText } from '../compareText'
import type { Prepared } from './prepared'
import type { PlanState } from './state'

export function matchesAssignment(assignment: Assignment, occurrence: Occurrence): boolean {
  return assignment.needId === occurrence.needId
    && assignment.slotKey === occurrence.slotKey
    && assignment.weekdays.includes(occurrence.weekday)
    && assignment.from <= occurrence.date
    && occurrence.date <= assignment.until
}

/** Accepted series still standing: those with no live occurrence in the horizon, or at least one kept. */
export function keptAcceptedSeries(prepared: Prepared, state: PlanState): Assignment[] {
  return prepared.accepted.filter((assignment) => {
    const matched = prepared.occurrences.filter((o) => matchesAssignment(assignment, o))
    const placements = assignment.role === 'primary' ? state.primary : state.backup
    return matched.length === 0 || matched.some((o) => placements.get(o.id)?.assignmentId === assignment.id)
  })
}

interface Run {
  helperId: string
  weekdays: Set<Weekday>
  from: string
  until: string
}

const ROLES: readonly AssignmentRole[] = ['primary', 'backup']

function groupBySlot(occurrences: readonly Occurrence[]): Map<string, Occurrence[]> {
  const groups = new Map<string, Occurrence[]>()
  for (const o of occurrences) {
    const key = `${o.needId}\u0000${o.slotKey}`
    const group = groups.get(key)
    if (group) group.push(o)
    else groups.set(key, [o])
  }
  return new Map([...groups].sort(([a], [b]) => compareText(a, b)))
}

/** Maximal runs of consecutive same-weekday occurrences planned for one helper. */
function weekdayRuns(slotOccurrences: readonly Occurrence[], ownerOf: (o: Occurrence) => string | null): Run[] {
  const runs: Run[] = []
  for (const weekday of [1, 2, 3, 4, 5, 6, 7] as const) {
    let current = null as Run | null
    const sequence = slotOccurrences
      .filter((o) => o.weekday === weekday)
      .sort((a, b) => compareText(a.date, b.date) || compareText(a.id, b.id))
    for (const o of sequence) {
      const owner = ownerOf(o)
      if (owner !== null && current?.helperId === owner) {
        current.until = o.date
        continue
      }
      if (current) runs.push(current)
      current = owner === null ? null : { helperId: owner, weekdays: new Set([weekday]), from: o.date, until: o.date }
    }
    if (current) runs.push(current)
  }
  return runs
}

function mergedIsExact(
  slotOccurrences: readonly Occurrence[], merged: Run, ownerOf: (o: Occurrence) => string | null,
): boolean {
  return slotOccurrences
    .filter((o) => merged.weekdays.has(o.weekday) && merged.from <= o.date && o.date <= merged.until)
    .every((o) => ownerOf(o) === merged.helperId)
}

/** Joins same-helper weekday runs into one series ("every Tue and Thu") where that stays exact. */
function mergeRuns(slotOccurrences: readonly Occurrence[], runs: Run[], ownerOf: (o: Occurrence) => string | null): Run[] {
  const merged: Run[] = []
  const ordered = [...runs].sort((a, b) =>
    compareText(a.helperId, b.helperId) || compareText(a.from, b.from) || [...a.weekdays][0] - [...b.weekdays][0])
  for (const run of ordered) {
    const target = merged.find((m) => {
      if (m.helperId !== run.helperId) return false
      const candidate: Run = {
        helperId: m.helperId,
        weekdays: new Set([...m.weekdays, ...run.weekdays]),
        from: m.from < run.from ? m.from : run.from,
        until: m.until > run.until ? m.until : run.until,
      }
      return mergedIsExact(slotOccurrences, candidate, ownerOf)
    })
    if (!target) {
      merged.push({ ...run, weekdays: new Set(run.weekdays) })
      continue
    }
    run.weekdays.forEach((w) => target.weekdays.add(w))
    if (run.from < target.from) target.from = run.from
    if (run.until > target.until) target.until = run.until
  }
  return merged
}

/** The planner's own placements (not the accepted ones) as proposed series. */
export function proposedSeries(prepared: Prepared, state: PlanState): Assignment[] {
  const proposals: Assignment[] = []
  for (const slotOccurrences of groupBySlot(prepared.occurrences).values()) {
    const { needId, slotKey } = slotOccurrences[0]
    for (const role of ROLES) {
      const placements = role === 'primary' ? state.primary : state.backup
      const ownerOf = (o: Occurrence) => {
        const placement = placements.get(o.id)
        return placement && !placement.fromAccepted ? placement.helperId : null
      }
      for (const run of mergeRuns(slotOccurrences, weekdayRuns(slotOccurrences, ownerOf), ownerOf)) {
        const weekdays = [...run.weekdays].sort((a, b) => a - b)
        proposals.push({
          id: `proposal:${needId}:${slotKey}:${run.helperId}:${role}:${run.from}:${weekdays.join('')}`,
          needId, slotKey, weekdays, from: run.from, until: run.until,
          helperId: run.helperId, role, accepted: false, override: null,
        })
      }
    }
  }
  return proposals.sort((a, b) => compareText(a.id, b.id))
}
