/**
 * The week at a glance, for a tired coordinator at the weekly check-in: at most
 * MAX_WEEK_LINES lines — what was done, what was missed and how it was covered, what changed,
 * who went quiet — with everything else in `details` for a disclosure the reader can open.
 *
 * Rule: nothing is dropped silently. When a section has more than its share of lines, its last
 * line says how many more there are ("and 4 more changes"), so the lines shown plus those
 * counts always add up to everything in `details`. Sections share the lines in turn (missed
 * first, then quiet helpers, then changes), so a busy week still shows some of each.
 *
 * Pure: the week is the seven days up to `now` in the recipient's zone; only times whose window
 * has ended count. Returns structured values; the UI turns them into words.
 */
import { helpersNeedingAWord, type NeedsAWord } from './attention'
import { addDays, localDateOf } from './dates'
import type { Assignment, Helper, Instant, LocalDate, Occurrence, OccurrenceStatus } from './model'
import { matchesAssignment } from './planner'
import type { Phrase } from './phrase'
import { compareText } from './compareText'

export const MAX_WEEK_LINES = 10
export const WEEK_DAYS = 7

/** One of the map's events since the last check-in (the activity log), newest first. */
export interface WeekChange {
  id: string
  kind: string
  /** In English, as older entries were stored. */
  summary: string
  /** The entry in words for the reader's language (null on older entries). */
  phrase?: Phrase | null
}

/** Kinds the "missed and how it was covered" lines already tell: not repeated as changes. */
const TOLD_AS_MISSED = new Set(['status/set', 'status/cleared', 'backup/activated', 'open-call/posted', 'open-call/taken', 'open-call/withdrawn'])

export interface MissedNeed {
  needId: string
  /** Times of this need that went wrong: missed, still needing cover, or covered by someone else. */
  times: number
  /** Who covered, and how many times each, most first. */
  coveredBy: Array<{ helperId: string; times: number }>
  /** Times nobody covered (missed, or still needing someone after the time passed). */
  uncovered: number
  /** The occurrences, for the details. */
  occurrenceIds: string[]
}

export type WeekSection = 'missed' | 'quiet' | 'changes'

export type WeekLine =
  | { kind: 'done'; done: number; of: number; unmarked: number }
  | { kind: 'nothing-planned' }
  | { kind: 'missed'; missed: MissedNeed }
  | { kind: 'quiet'; helper: NeedsAWord }
  | { kind: 'change'; change: WeekChange }
  /** The rest of a section, counted: `count` more items, `shownAny` whether some of it is listed above. */
  | { kind: 'more'; section: WeekSection; count: number; shownAny: boolean }

export interface WeekSummary {
  from: LocalDate
  to: LocalDate
  lines: WeekLine[]
  details: { missed: MissedNeed[]; quiet: NeedsAWord[]; changes: WeekChange[] }
}

export interface WeekInput {
  helpers: readonly Helper[]
  assignments: readonly Assignment[]
  statuses: Readonly<Record<string, OccurrenceStatus>>
  /** The circle's to-do occurrences of (at least) the last two weeks: quiet looks back two weeks. */
  occurrences: readonly Occurrence[]
  /** The map's events since the last check-in, newest first. */
  changes: readonly WeekChange[]
  timeZone: string
  now: Instant
}

export function weekSummary(input: WeekInput, maxLines = MAX_WEEK_LINES): WeekSummary {
  const to = localDateOf(input.now, input.timeZone)
  const from = addDays(to, -(WEEK_DAYS - 1))
  const week = input.occurrences.filter((o) => o.date >= from && o.date <= to && o.windowEnd <= input.now && input.statuses[o.id]?.status !== 'cancelled')
  const details = {
    missed: missedByNeed(input, week),
    quiet: helpersNeedingAWord(input),
    changes: input.changes.filter((change) => !TOLD_AS_MISSED.has(change.kind)),
  }
  const head: WeekLine = week.length === 0 ? { kind: 'nothing-planned' } : doneLine(input, week)
  const sections: Array<{ section: WeekSection; lines: WeekLine[] }> = [
    { section: 'missed', lines: details.missed.map((missed) => ({ kind: 'missed', missed })) },
    { section: 'quiet', lines: details.quiet.map((helper) => ({ kind: 'quiet', helper })) },
    { section: 'changes', lines: details.changes.map((change) => ({ kind: 'change', change })) },
  ]
  const shares = shareLines(sections.map((s) => s.lines.length), Math.max(0, maxLines - 1))
  const lines: WeekLine[] = [head]
  sections.forEach(({ section, lines: all }, i) => {
    const share = shares[i]
    if (share >= all.length) lines.push(...all)
    else if (share > 0) {
      lines.push(...all.slice(0, share - 1))
      lines.push({ kind: 'more', section, count: all.length - (share - 1), shownAny: share > 1 })
    }
  })
  return { from, to, lines, details }
}

/** Lines for each section, one at a time in turn, until the budget or the sections run out. */
function shareLines(totals: readonly number[], budget: number): number[] {
  const shares = totals.map(() => 0)
  let left = budget
  while (left > 0 && shares.some((share, i) => share < totals[i])) {
    for (let i = 0; i < totals.length && left > 0; i++) {
      if (shares[i] < totals[i]) {
        shares[i] += 1
        left -= 1
      }
    }
  }
  return shares
}

function primaryOf(input: WeekInput, occurrence: Occurrence): string | null {
  return input.assignments.find((a) => a.accepted && a.role === 'primary' && matchesAssignment(a, occurrence))?.helperId ?? null
}

function doneLine(input: WeekInput, week: readonly Occurrence[]): WeekLine {
  let done = 0
  let unmarked = 0
  for (const occurrence of week) {
    const status = input.statuses[occurrence.id]?.status
    if (status === 'done' || status === 'covered') done += 1
    else if (status === undefined) unmarked += 1
  }
  return { kind: 'done', done, of: week.length, unmarked }
}

/** What went wrong this week, by need, most first: missed, left needing cover, or covered by someone other than the one planned. */
function missedByNeed(input: WeekInput, week: readonly Occurrence[]): MissedNeed[] {
  const byNeed = new Map<string, MissedNeed>()
  for (const occurrence of week) {
    const status = input.statuses[occurrence.id]
    if (!status || !['missed', 'needs-cover', 'covered'].includes(status.status)) continue
    // Covering a time nobody was planned for is finding someone, not a miss.
    if (status.status === 'covered' && (primaryOf(input, occurrence) === null || primaryOf(input, occurrence) === status.coveredBy)) continue
    const entry = byNeed.get(occurrence.needId) ?? { needId: occurrence.needId, times: 0, coveredBy: [], uncovered: 0, occurrenceIds: [] }
    byNeed.set(occurrence.needId, entry)
    entry.times += 1
    entry.occurrenceIds.push(occurrence.id)
    if (status.status === 'covered' && status.coveredBy) {
      const by = entry.coveredBy.find((c) => c.helperId === status.coveredBy)
      if (by) by.times += 1
      else entry.coveredBy.push({ helperId: status.coveredBy, times: 1 })
    } else entry.uncovered += 1
  }
  const all = [...byNeed.values()]
  for (const entry of all) {
    entry.coveredBy.sort((a, b) => b.times - a.times || compareText(a.helperId, b.helperId))
    entry.occurrenceIds.sort() // one need's ids differ only by date and time: this is their order in time
  }
  return all.sort((a, b) => b.uncovered - a.uncovered || b.times - a.times || compareText(a.needId, b.needId))
}
