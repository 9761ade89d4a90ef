import type { Instant, LocalDate, Weekday } from './time'
import type { Need } from './need'

/**
 * One concrete time a need must be met. Its id is `<needId>:<YYYY-MM-DD>:<HH:mm|any>`, the
 * local date and scheduled local start of its slot, so statuses keyed by it survive re-planning.
 */
export interface Occurrence {
  id: string
  needId: Need['id']
  /** Local date (recipient's zone) on which the window opens. */
  date: LocalDate
  weekday: Weekday
  /** `HH:mm` of the slot's scheduled start, or `any`. */
  slotKey: string
  /** Earliest start and latest end, as instants. */
  windowStart: Instant
  windowEnd: Instant
  durationMinutes: number
}

export type OccurrenceStatusKind = 'done' | 'missed' | 'needs-cover' | 'covered' | 'cancelled'

/** Stored sparsely: only occurrences where something happened have one. */
export interface OccurrenceStatus {
  occurrenceId: Occurrence['id']
  status: OccurrenceStatusKind
  /** For `covered`: who covered it. */
  coveredBy: string | null
  note: string
  at: Instant
}

export function occurrenceId(needId: string, date: LocalDate, slotKey: string): string {
  return `${needId}:${date}:${slotKey}`
}

/** Splits an occurrence id; need ids never contain ':'. */
export function parseOccurrenceId(id: string): { needId: string; date: LocalDate; slotKey: string } | null {
  const match = /^([^:]+):(\d{4}-\d{2}-\d{2}):(any|\d{2}:\d{2})$/.exec(id)
  return match ? { needId: match[1], date: match[2], slotKey: match[3] } : null
}
