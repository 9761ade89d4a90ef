/**
 * "Overeager": someone who offers far more than their weekly limit — the windows and kinds
 * they offered could cover at least OVEREAGER_FACTOR × their limit in a week. The planner
 * prefers them as backup rather than primary, and the map points them out for a private word.
 */
import type { Need, Offer, TimeSlot, Weekday, WeeklyTimeRange } from '../model'
import { minutesOfDay } from '../model'
import { endMinutesOf, weekdayOfDate } from './localTime'

export const OVEREAGER_FACTOR = 3

function needFallsOn(need: Need, weekday: Weekday): boolean {
  const recurrence = need.timing.recurrence
  switch (recurrence.kind) {
    case 'daily':
    case 'every-n-days':
      return true
    case 'weekly':
      return recurrence.weekdays.includes(weekday)
    case 'once':
      return weekdayOfDate(recurrence.date) === weekday
    case 'dates':
      return recurrence.dates.some((date) => weekdayOfDate(date) === weekday)
  }
}

function slotMeetsWindow(slot: TimeSlot, window: WeeklyTimeRange): boolean {
  if (slot.start === null || slot.spanDays > 1) return true
  const slotEnd = slot.end === null ? 24 * 60 : endMinutesOf(slot.end)
  const windowStart = minutesOfDay(window.start)
  const windowEnd = endMinutesOf(window.end) <= windowStart ? 24 * 60 : endMinutesOf(window.end)
  return minutesOfDay(slot.start) < windowEnd && windowStart < slotEnd
}

/**
 * How many tasks a week the offer could cover. Without needs: one per offered window and kind.
 * With needs: one per offered window and need slot of an offered kind that could fall in it.
 */
export function offeredCapacity(offer: Offer, needs?: readonly Need[]): number {
  const kinds = new Set(offer.kinds)
  if (!needs) return offer.windows.length * kinds.size
  const fitting = needs.filter((n) => kinds.has(n.kind) && !(n.mode === 'in-person' && offer.mode === 'remote-only'))
  let capacity = 0
  for (const window of offer.windows) {
    for (const need of fitting) {
      if (!needFallsOn(need, window.weekday)) continue
      capacity += need.timing.slots.filter((slot) => slotMeetsWindow(slot, window)).length
    }
  }
  return capacity
}

export function isOvereager(offer: Offer, needs?: readonly Need[]): boolean {
  return offer.weeklyLimit > 0 && offeredCapacity(offer, needs) >= OVEREAGER_FACTOR * offer.weeklyLimit
}
