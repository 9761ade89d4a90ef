import { WEEKDAYS, type Weekday, type WeeklyTimeRange } from './model'
import { compareText } from './compareText'

/**
 * Weekly ranges are stored one per weekday; people read and edit them grouped: the same
 * time on every day, on weekdays or at weekends is one line ("weekdays 07:00–09:00").
 */
export type DayGroup = 'all' | 'weekdays' | 'weekends' | Weekday

export interface GroupedRange {
  days: DayGroup
  start: string
  end: string
}

const DAY_GROUPS: Record<Exclude<DayGroup, Weekday>, readonly Weekday[]> = {
  all: WEEKDAYS,
  weekdays: [1, 2, 3, 4, 5],
  weekends: [6, 7],
}

/**
 * A weekly range whose end is not after its start runs past midnight into the next day
 * ("Friday 22:00 to 06:00" is Friday night); '23:59' stands for midnight itself. The planner
 * reads ranges the same way (planner/availability.ts); a range that starts and ends at the same time is
 * no range at all, and forms refuse it.
 */
export function rangeCrossesMidnight(range: Pick<WeeklyTimeRange, 'start' | 'end'>): boolean {
  return range.end < range.start
}

export function daysOfGroup(group: DayGroup): readonly Weekday[] {
  return typeof group === 'number' ? [group] : DAY_GROUPS[group]
}

export function groupWeeklyRanges(ranges: readonly WeeklyTimeRange[]): GroupedRange[] {
  const byTime = new Map<string, Set<Weekday>>()
  for (const range of ranges) {
    const key = `${range.start}-${range.end}`
    byTime.set(key, (byTime.get(key) ?? new Set()).add(range.weekday))
  }
  const groups: GroupedRange[] = []
  for (const [key, days] of [...byTime].sort(([a], [b]) => compareText(a, b))) {
    const [start, end] = key.split('-')
    let remaining = new Set(days)
    for (const group of ['all', 'weekdays', 'weekends'] as const) {
      if (DAY_GROUPS[group].every((d) => remaining.has(d))) {
        groups.push({ days: group, start, end })
        remaining = new Set([...remaining].filter((d) => !DAY_GROUPS[group].includes(d)))
      }
    }
    for (const day of [...remaining].sort()) groups.push({ days: day, start, end })
  }
  return groups
}

/** One range per weekday, sorted, without repeats. */
export function expandGroupedRanges(groups: readonly GroupedRange[]): WeeklyTimeRange[] {
  const seen = new Set<string>()
  const ranges: WeeklyTimeRange[] = []
  for (const group of groups) {
    for (const weekday of daysOfGroup(group.days)) {
      const key = `${weekday}-${group.start}-${group.end}`
      if (!seen.has(key)) ranges.push({ weekday, start: group.start, end: group.end })
      seen.add(key)
    }
  }
  return ranges.sort((a, b) => a.weekday - b.weekday || compareText(a.start, b.start))
}
