/**
 * The planner: proposes who does what, with reasons. Pure and deterministic — the same input
 * gives the same plan whatever the order of its arrays (everything is sorted by id).
 *
 * Hard rules (rules.ts), never broken: no excluded person; the helper offered the need's kind
 * and has its required tags; no in-person need to a remote-only offer; no professional-first
 * need before a peer is confirmed; the whole duration inside the occurrence's window, one of
 * the helper's availability windows and the offer's dates, and — in person — outside
 * off-limits times; not while the helper is away; at most the weekly limit of primary tasks
 * per Monday–Sunday week in the recipient's zone (backups don't count); nobody booked for two
 * overlapping occurrences, in either role, at their planned starts (an accepted backup is a
 * booking: nothing new is planned over it); the backup is someone other than the primary.
 *
 * Planned start: the earliest that holds, unless the helper's other tasks that day push it
 * later — a helper's tasks are placed one after another inside their windows
 * (solver/sequence.ts), so one neighbour can water the plants and walk the dog, both "any
 * time", on the same day. A backup starts at the earliest time that holds and is clear of
 * their own tasks. Accepted tasks keep their earliest start; other tasks move around them. Accepted series are
 * fixed inputs, placed first and kept unless they break a rule (an override sets aside all but
 * excluded people, professional-first and primary ≠ backup). Occurrences whose window ended
 * before `now` are never newly planned.
 *
 * Objective, compared level by level:
 * 1. coverage: the most high-priority occurrences, then medium, then low — exact, or with a
 *    proven bound (solver/exact.ts; reported in `quality`);
 * 2. backups: a backup for every high-priority occurrence someone can back up (and, after
 *    them, for a medium-priority one where someone with no task of their own fits: backups.ts);
 * 3. series: fewest breaks in "the same person every Tuesday" (one need, slot and weekday);
 * 4. breadth: the smallest largest weekly load, then fewest helper-weeks above half the limit,
 *    then overeager helpers as backup rather than primary;
 * 5. stability: accepted series stay put (they are fixed inputs, above even coverage) and,
 *    with `previous`, as few of its placements as possible change.
 * Levels 2–5 are improved by local search that never lowers a level above (solver/improve.ts):
 * measured, not proven. One deliberate reordering: with `previous`, keeping its placements
 * ranks right after coverage. Otherwise one helper away for a week would move whole series and
 * rebalance other weeks for a small gain in levels 2–4, and the coordinator would have to
 * re-check everything instead of the few occurrences that really changed.
 */
import type { AssignmentRole, Occurrence } from '../model'
import { keepAccepted } from './accepted'
import { leftOutHelpers } from './leftOut'
import { explainGap } from './gaps'
import { compareText, isPast, prepare, type Prepared } from './prepared'
import { reasonsFor, seriesLengths } from './reasons'
import { keptAcceptedSeries, proposedSeries } from './series'
import { knownGapReasons, qualityOf } from './solver/quality'
import { solve, type Solution } from './solver/solve'
import { createState, loadsOf, place, placementFor, type PlanState } from './state'
import type { Plan, PlanInput, PlannedOccurrence, Unfilled } from './types'

function placeSolution(prepared: Prepared, state: PlanState, { model, allocation, backups, starts, backupStarts }: Solution): void {
  const put = (t: number, k: number, role: AssignmentRole, start: number) => {
    const task = model.tasks[t]
    const option = task.options[k]
    place(state, placementFor(prepared, task.occurrence, model.helperIds[option.helper], role, start, {
      fromAccepted: false, assignmentId: null, override: null,
    }))
  }
  // Accepted tasks of both roles keep their times: the model planned nothing over them.
  allocation.chosen.forEach((k, t) => { if (k >= 0) put(t, k, 'primary', starts[t]) })
  backups.forEach((k, t) => { if (k >= 0) put(t, k, 'backup', backupStarts[t]) })
}

function unfilledOf(prepared: Prepared, state: PlanState): Occurrence[] {
  return prepared.occurrences.filter((o) => !isPast(prepared, o) && !state.primary.has(o.id))
}

export interface PlanOptions {
  /** The search's budget (solver/solve.ts SEARCH_BUDGET); tests and the bench change it. */
  searchBudget?: number
}

export function plan(input: PlanInput, options: PlanOptions = {}): Plan {
  const prepared = prepare(input)
  const state = createState()
  const droppedAccepted = keepAccepted(prepared, state)
  const solution = solve(prepared, state, { budget: options.searchBudget })
  placeSolution(prepared, state, solution)

  const lengths = seriesLengths(prepared, state)
  const placements: PlannedOccurrence[] = []
  for (const o of prepared.occurrences) {
    for (const placement of [state.primary.get(o.id), state.backup.get(o.id)]) {
      if (!placement) continue
      placements.push({
        occurrenceId: o.id,
        helperId: placement.helperId,
        role: placement.role,
        start: placement.start,
        reasons: reasonsFor(prepared, state, o, placement, lengths),
        fromAccepted: placement.fromAccepted,
      })
    }
  }
  const known = knownGapReasons(solution)
  const unfilled: Unfilled[] = unfilledOf(prepared, state)
    .map((o) => ({ occurrenceId: o.id, ...explainGap(prepared, state, o, known.get(o.id)) }))
    .sort((a, b) => compareText(a.occurrenceId, b.occurrenceId))
  return {
    assignments: [...keptAcceptedSeries(prepared, state), ...proposedSeries(prepared, state)],
    placements,
    unfilled,
    droppedAccepted,
    loads: loadsOf(state),
    quality: qualityOf(solution),
    leftOut: leftOutHelpers(prepared, state, lengths),
  }
}
