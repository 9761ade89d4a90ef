import { addDays, localDateOf } from './dates'
import type { Assignment, Helper, Instant, Occurrence, OccurrenceStatus } from './model'
import { matchesAssignment } from './planner'

/**
 * Helpers the coordinator might want a private word with: someone who missed tasks, or who
 * had tasks for two weeks and none was marked done. This only points; it never reassigns.
 */
export const QUIET_DAYS = 14

export interface NeedsAWord {
  helperId: string
  missed: number
  /** Tasks of theirs in the last two weeks, none marked done. */
  quiet: boolean
}

export function helpersNeedingAWord(input: {
  helpers: readonly Helper[]
  assignments: readonly Assignment[]
  statuses: Readonly<Record<string, OccurrenceStatus>>
  /** Occurrences of (at least) the last two weeks. */
  occurrences: readonly Occurrence[]
  timeZone: string
  now: Instant
}): NeedsAWord[] {
  const since = addDays(localDateOf(input.now, input.timeZone), -QUIET_DAYS)
  const past = input.occurrences.filter((o) => o.date >= since && o.windowEnd <= input.now)
  const primaries = input.assignments.filter((a) => a.accepted && a.role === 'primary')
  const found: NeedsAWord[] = []
  for (const helper of input.helpers) {
    const theirs = past.filter((o) => {
      const status = input.statuses[o.id]
      if (status?.status === 'cancelled') return false
      if (status?.status === 'covered') return false
      return primaries.some((a) => a.helperId === helper.id && matchesAssignment(a, o))
    })
    const missed = theirs.filter((o) => input.statuses[o.id]?.status === 'missed').length
    // Quiet only when their tasks span most of the two weeks: not someone who just started.
    const earliest = theirs.reduce<string | null>((min, o) => (min === null || o.date < min ? o.date : min), null)
    const quiet = earliest !== null && earliest <= addDays(since, 7) && !theirs.some((o) => input.statuses[o.id]?.status === 'done')
    if (missed > 0 || quiet) found.push({ helperId: helper.id, missed, quiet })
  }
  return found
}
