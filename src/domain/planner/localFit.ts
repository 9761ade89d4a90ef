/**
 * `evaluateTime` (rules.ts) in local minutes, for a window without a clock change: there the
 * recipient's clock runs evenly, so "the earliest local minute that holds the duration inside
 * an offered window, within the occurrence's window, outside off-limits times" can be read off
 * the weekly ranges with integer arithmetic instead of zone conversions — about a
 * hundred times faster, which matters at millions of occurrence × helper pairs. Windows with a
 * clock change go to the exact version; a property test checks both agree.
 */
import type { Weekday, WeeklyTimeRange } from '../model'
import { minutesOfDay } from '../model'
import { earliestFit, intersect, mergeIntervals, startRanges, subtract, type Interval } from './availability'
import { endMinutesOf } from './localTime'

const DAY = 24 * 60

/**
 * Per weekday (index 1–7), each range's local minutes from that day's midnight (past midnight
 * when it runs overnight). Parsed once per list and plan: a circle asks for the same offer's
 * windows at every window shape of every need.
 */
function byWeekday(ranges: readonly WeeklyTimeRange[], cache: LocalCache): Interval[][] {
  let parsed = cache.parsed.get(ranges)
  if (!parsed) {
    parsed = Array.from({ length: 8 }, () => [])
    for (const range of ranges) {
      const start = minutesOfDay(range.start)
      let end = endMinutesOf(range.end)
      if (end === start) continue
      if (end < start) end += DAY
      parsed[range.weekday].push({ start, end })
    }
    cache.parsed.set(ranges, parsed)
  }
  return parsed
}

/**
 * Weekly ranges as local minutes counted from midnight of the window's first day (weekday
 * `weekday`), through day `lastDay`: the same for every window of that weekday and length in
 * days, so kept per list in a plan's `LocalCache` (read only: its callers copy what they change).
 */
function localIntervals(ranges: readonly WeeklyTimeRange[], weekday: Weekday, span: Interval, cache: LocalCache): readonly Interval[] {
  const lastDay = Math.floor(span.end / DAY)
  let byKey = cache.merged.get(ranges)
  if (!byKey) cache.merged.set(ranges, (byKey = new Map()))
  const key = lastDay * 8 + weekday
  let merged = byKey.get(key)
  if (!merged) {
    const parsed = byWeekday(ranges, cache)
    const found: Interval[] = []
    for (let day = -1; day <= lastDay; day++) {
      for (const { start, end } of parsed[((((weekday - 1 + day) % 7) + 7) % 7) + 1]) {
        found.push({ start: day * DAY + start, end: day * DAY + end })
      }
    }
    byKey.set(key, (merged = mergeIntervals(found)))
  }
  return merged
}

/**
 * Per list of weekly ranges: its ranges by weekday, and its local intervals by weekday and days
 * spanned. One per plan (prepared.ts), never kept between plans: a plan's time is its own.
 */
export interface LocalCache {
  parsed: WeakMap<readonly WeeklyTimeRange[], Interval[][]>
  merged: WeakMap<readonly WeeklyTimeRange[], Map<number, readonly Interval[]>>
}

export const localCache = (): LocalCache => ({ parsed: new WeakMap(), merged: new WeakMap() })

export interface LocalWindow {
  weekday: Weekday
  /** Minutes after local midnight at which the window opens. */
  start: number
  /** Length in minutes. */
  length: number
  duration: number
}

/** `ranges`: every start that holds, as closed ranges of minutes from the window's opening. */
export type LocalFit = { offset: number; ranges: Interval[] } | { violation: 'not-available' | 'outside-offer-dates' | 'off-limits' }

/**
 * Minutes from the window's opening to the earliest start, or the rule that fails, for an
 * offer whose dates cover the whole window (`insideDates`) or none of it.
 */
export function localFit(
  window: LocalWindow, offered: readonly WeeklyTimeRange[], offLimits: readonly WeeklyTimeRange[] | null, insideDates: boolean,
  cache: LocalCache = localCache(),
): LocalFit {
  const span = { start: window.start, end: window.start + window.length }
  const available = intersect(localIntervals(offered, window.weekday, span, cache), span)
  if (earliestFit(available, window.duration) === null) return { violation: 'not-available' }
  if (!insideDates) return { violation: 'outside-offer-dates' }
  const free = offLimits ? subtract(available, localIntervals(offLimits, window.weekday, span, cache)) : available
  const start = earliestFit(free, window.duration)
  if (start === null) return { violation: 'off-limits' }
  const ranges = startRanges(free, window.duration).map((r) => ({ start: r.start - window.start, end: r.end - window.start }))
  return { offset: start - window.start, ranges }
}
