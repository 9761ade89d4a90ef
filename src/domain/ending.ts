/**
 * The end of the support, as every layer reads it. There is one notion of "ended": the circle's
 * status is `archived` (the 'circle/end' command), and the day it ended is the day of
 * `endedAt` in the recipient's zone, or the planned end if that came first. Nothing after that
 * day is the circle's to do: no task, no open call, no daily status, no action on Today.
 */
import { earlierDate, localDateOf } from './dates'
import type { CircleStatus, Instant, LocalDate } from './model'

export interface EndingFacts {
  status: CircleStatus
  endDate: LocalDate
  endedAt: Instant | null
  timeZone: string
}

/** The last day of the support once it has ended; null while it runs. */
export function endedOn(circle: EndingFacts): LocalDate | null {
  if (circle.status !== 'archived') return null
  return circle.endedAt === null ? circle.endDate : earlierDate(localDateOf(circle.endedAt, circle.timeZone), circle.endDate)
}

/** The last day anything may be planned or shown as to do: `to`, or the day the support ended if earlier. */
export function lastDayToDo(circle: EndingFacts, to: LocalDate): LocalDate {
  const ended = endedOn(circle)
  return ended === null ? to : earlierDate(ended, to)
}

export type FollowUpKind = 'oneMonth' | 'threeMonths'
export interface FollowUp {
  kind: FollowUpKind
  date: LocalDate
}

/**
 * The follow-up to show as due on `today`: the latest one whose day has come (the three-month
 * one replaces the one-month one), or null when none is due yet or none was asked for.
 */
export function dueFollowUp(followUps: Readonly<Record<FollowUpKind, LocalDate | null>>, today: LocalDate): FollowUp | null {
  const due = (['threeMonths', 'oneMonth'] as const).find((kind) => followUps[kind] !== null && followUps[kind]! <= today)
  return due ? { kind: due, date: followUps[due]! } : null
}

/** The next follow-up still ahead of `today`, if any. */
export function nextFollowUp(followUps: Readonly<Record<FollowUpKind, LocalDate | null>>, today: LocalDate): FollowUp | null {
  const next = (['oneMonth', 'threeMonths'] as const).find((kind) => followUps[kind] !== null && followUps[kind]! > today)
  return next ? { kind: next, date: followUps[next]! } : null
}
