/**
 * The planner: proposes who does what, with reasons. Pure and deterministic — the same input
 * gives the same plan whatever the order of its arrays (everything is sorted by id).
 *
 * Hard rules (rules.ts), never broken: no excluded person; the helper offered the need's kind
 * and has its required tags; no in-person need to a remote-only offer; no professional-first
 * need before a peer is confirmed; the whole duration inside the occurrence's window, one of
 * the helper's availability windows and the offer's dates, and — in person — outside
 * off-limits times (planned start = earliest such start); at most the weekly limit of primary
 * tasks per Monday–Sunday week in the recipient's zone (backups don't count); no two
 * overlapping primary tasks for one helper; the backup is someone other than the primary.
 * Accepted series are fixed inputs, placed first and kept unless they break a rule (an
 * override sets aside all but excluded people, professional-first and primary ≠ backup).
 * Occurrences whose window ended before `now` are never newly planned.
 *
 * Objective, in order: (1) cover as many occurrences as possible, high ≫ medium ≫ low
 * priority; (2) a backup for every high-priority occurrence someone can back up; (3) regular
 * series — one helper per need + slot + weekday across weeks; (4) spread load — the lowest
 * load relative to limit, and overeager helpers as backup rather than primary; (5) accepted
 * series stay put.
 *
 * Algorithm (greedy, series first): keep accepted series; then, by priority and most
 * constrained first, take each need + slot + weekday series and give it to the helper who can
 * do most of it (ties: not overeager, lowest load relative to limit, id), repeating on what is
 * left; then backups for high-priority occurrences the same way (never someone busy with their
 * own task then; ties: no overlapping backups, overeager first, fewest backups). Every step
 * re-checks every rule.
 */
import type { AssignmentRole, Helper, Occurrence, Priority } from '../model'
import { keepAccepted } from './accepted'
import { explainGap } from './gaps'
import { compareText, isPast, prepare, staticCandidates, weeklyLimitOf, type Prepared } from './prepared'
import { reasonsFor } from './reasons'
import { keptAcceptedSeries, proposedSeries } from './series'
import {
  backupBookingsOf, bookingsOf, createState, evaluate, loadsOf, place, placementFor, type PlanState,
} from './state'
import type { Plan, PlanInput, PlannedOccurrence, Unfilled } from './types'

const PRIORITY_RANK: Record<Priority, number> = { high: 0, medium: 1, low: 2 }

interface SeriesGroup {
  key: string
  priority: Priority
  occurrences: Occurrence[]
  fewestCandidates: number
}

function seriesGroups(prepared: Prepared, open: readonly Occurrence[]): SeriesGroup[] {
  const byKey = new Map<string, Occurrence[]>()
  for (const o of open) {
    const key = `${o.needId}\u0000${o.slotKey}\u0000${o.weekday}`
    byKey.set(key, [...(byKey.get(key) ?? []), o])
  }
  return [...byKey].map(([key, occurrences]) => ({
    key,
    occurrences,
    priority: prepared.needById.get(occurrences[0].needId)!.priority,
    fewestCandidates: Math.min(...occurrences.map((o) => staticCandidates(prepared, o).length)),
  })).sort((a, b) =>
    PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority]
    || a.fewestCandidates - b.fewestCandidates
    || compareText(a.key, b.key))
}

/** Numbers to compare candidates by, smallest first. */
type Score = number[]

function compareScores(a: Score, b: Score): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i]
  return 0
}

function scoreFor(prepared: Prepared, state: PlanState, helper: Helper, role: AssignmentRole, doable: Occurrence[]): Score {
  const load = bookingsOf(state, helper.id).length / Math.max(1, weeklyLimitOf(prepared, helper.id))
  const overeager = prepared.overeager.has(helper.id) ? 1 : 0
  if (role === 'primary') return [-doable.length, overeager, load]
  const backups = backupBookingsOf(state, helper.id)
  const overlappingBackups = doable.filter((o) => {
    const start = evaluate(prepared, state, o, helper, role).start!
    const end = start + o.durationMinutes * 60_000
    return backups.some((b) => b.start < end && start < b.end)
  }).length
  return [-doable.length, overlappingBackups, 1 - overeager, backups.length, load]
}

function canTake(prepared: Prepared, state: PlanState, occurrence: Occurrence, helper: Helper, role: AssignmentRole): boolean {
  const result = evaluate(prepared, state, occurrence, helper, role)
  if (result.violations.length > 0 || result.start === null) return false
  if (role === 'primary') return true
  // A backup busy with their own task at that time could never step in.
  const end = result.start + occurrence.durationMinutes * 60_000
  return !bookingsOf(state, helper.id).some((b) => b.start < end && result.start! < b.end)
}

function fillSeries(prepared: Prepared, state: PlanState, group: SeriesGroup, role: AssignmentRole): void {
  const slot = role === 'primary' ? state.primary : state.backup
  let remaining = group.occurrences.filter((o) => !slot.has(o.id))
  while (remaining.length > 0) {
    let best: { helper: Helper; score: Score } | null = null
    for (const helper of prepared.helpers) {
      const doable = remaining.filter((o) => canTake(prepared, state, o, helper, role))
      if (doable.length === 0) continue
      const score = scoreFor(prepared, state, helper, role, doable)
      if (!best || compareScores(score, best.score) < 0) best = { helper, score }
    }
    if (!best) return
    for (const o of remaining) {
      if (!canTake(prepared, state, o, best.helper, role)) continue
      const start = evaluate(prepared, state, o, best.helper, role).start!
      place(state, placementFor(prepared, o, best.helper.id, role, start, { fromAccepted: false, assignmentId: null, override: null }))
    }
    remaining = remaining.filter((o) => !slot.has(o.id))
  }
}

function openFor(prepared: Prepared, state: PlanState, role: AssignmentRole): Occurrence[] {
  return prepared.occurrences.filter((o) => {
    if (isPast(prepared, o)) return false
    if (role === 'primary') return !state.primary.has(o.id)
    return state.primary.has(o.id) && !state.backup.has(o.id) && prepared.needById.get(o.needId)!.priority === 'high'
  })
}

export function plan(input: PlanInput): Plan {
  const prepared = prepare(input)
  const state = createState()
  const droppedAccepted = keepAccepted(prepared, state)
  for (const group of seriesGroups(prepared, openFor(prepared, state, 'primary'))) fillSeries(prepared, state, group, 'primary')
  for (const group of seriesGroups(prepared, openFor(prepared, state, 'backup'))) fillSeries(prepared, state, group, 'backup')

  const placements: PlannedOccurrence[] = []
  for (const o of prepared.occurrences) {
    for (const placement of [state.primary.get(o.id), state.backup.get(o.id)]) {
      if (!placement) continue
      placements.push({
        occurrenceId: o.id,
        helperId: placement.helperId,
        role: placement.role,
        start: placement.start,
        reasons: reasonsFor(prepared, state, o, placement),
        fromAccepted: placement.fromAccepted,
      })
    }
  }
  const unfilled: Unfilled[] = openFor(prepared, state, 'primary')
    .map((o) => ({ occurrenceId: o.id, ...explainGap(prepared, state, o) }))
    .sort((a, b) => compareText(a.occurrenceId, b.occurrenceId))
  return {
    assignments: [...keptAcceptedSeries(prepared, state), ...proposedSeries(prepared, state)],
    placements,
    unfilled,
    droppedAccepted,
    loads: loadsOf(state),
  }
}
