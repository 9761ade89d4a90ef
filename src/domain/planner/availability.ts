/**
 * Weekly local-time ranges (offered windows, off-limits times) as concrete intervals of
 * instants, and the earliest start that holds a whole duration. A range whose end is not after
 * its start runs past midnight into the next day ("22:00–07:00").
 */
import type { Instant, Offer, WeeklyTimeRange } from '../model'
import { minutesOfDay } from '../model'
import { addDays, endMinutesOf, instantAt, localMomentOf, weekdayOfDate } from './localTime'

/** Half-open [start, end). */
export interface Interval {
  start: Instant
  end: Instant
}

export function mergeIntervals(intervals: readonly Interval[]): Interval[] {
  const sorted = intervals.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start || a.end - b.end)
  const merged: Interval[] = []
  for (const interval of sorted) {
    const last = merged[merged.length - 1]
    if (last && interval.start <= last.end) last.end = Math.max(last.end, interval.end)
    else merged.push({ ...interval })
  }
  return merged
}

export function intersect(intervals: readonly Interval[], span: Interval): Interval[] {
  return intervals
    .map((i) => ({ start: Math.max(i.start, span.start), end: Math.min(i.end, span.end) }))
    .filter((i) => i.end > i.start)
}

/** `intervals` minus every block; both inputs merged or not. */
export function subtract(intervals: readonly Interval[], blocks: readonly Interval[]): Interval[] {
  let remaining = mergeIntervals(intervals)
  for (const block of mergeIntervals(blocks)) {
    remaining = remaining.flatMap((i) => {
      if (block.end <= i.start || block.start >= i.end) return [i]
      const pieces: Interval[] = []
      if (block.start > i.start) pieces.push({ start: i.start, end: block.start })
      if (block.end < i.end) pieces.push({ start: block.end, end: i.end })
      return pieces
    })
  }
  return remaining
}

export function overlaps(a: Interval, b: Interval): boolean {
  return a.start < b.end && b.start < a.end
}

/** Concrete, merged intervals of weekly ranges that touch `span`, in the recipient's zone. */
export function weeklyIntervals(ranges: readonly WeeklyTimeRange[], span: Interval, timeZone: string): Interval[] {
  if (ranges.length === 0 || span.end <= span.start) return []
  const lastDate = localMomentOf(span.end, timeZone).date
  const found: Interval[] = []
  // Start a day early: yesterday's overnight range may reach into the span.
  for (let date = addDays(localMomentOf(span.start, timeZone).date, -1); date <= lastDate; date = addDays(date, 1)) {
    const weekday = weekdayOfDate(date)
    for (const range of ranges) {
      if (range.weekday !== weekday) continue
      const startMinutes = minutesOfDay(range.start)
      let endMinutes = endMinutesOf(range.end)
      if (endMinutes === startMinutes) continue
      if (endMinutes < startMinutes) endMinutes += 24 * 60
      const interval = { start: instantAt(date, startMinutes, timeZone), end: instantAt(date, endMinutes, timeZone) }
      if (overlaps(interval, span)) found.push(interval)
    }
  }
  return mergeIntervals(found)
}

/** The instants covered by an offer's from/until dates (whole local days); unbounded when null. */
export function offerDateSpan(offer: Pick<Offer, 'from' | 'until'>, timeZone: string): Interval {
  return {
    start: offer.from ? instantAt(offer.from, 0, timeZone) : Number.NEGATIVE_INFINITY,
    end: offer.until ? instantAt(addDays(offer.until, 1), 0, timeZone) : Number.POSITIVE_INFINITY,
  }
}

/** Earliest start at which `durationMs` fits entirely inside one interval. */
export function earliestFit(intervals: readonly Interval[], durationMs: number): Instant | null {
  for (const interval of mergeIntervals(intervals)) {
    if (interval.start + durationMs <= interval.end) return interval.start
  }
  return null
}

/**
 * The starts at which `durationMs` fits entirely inside one interval, as closed ranges
 * [start, end] of start instants (`end` is the latest start), earliest first.
 */
export function startRanges(intervals: readonly Interval[], durationMs: number): Interval[] {
  return mergeIntervals(intervals)
    .filter((i) => i.start + durationMs <= i.end)
    .map((i) => ({ start: i.start, end: i.end - durationMs }))
}
