/**
 * "Overeager": someone who offers far more than their weekly limit — the windows and kinds
 * they offered could cover at least OVEREAGER_FACTOR × their limit in a week. The planner
 * prefers them as backup rather than primary, and the map points them out for a private word.
 */
import type { Need, Offer, TimeSlot, Weekday } from '../model'
import { minutesOfDay } from '../model'
import { endMinutesOf, weekdayOfDate } from './localTime'

export const OVEREAGER_FACTOR = 3

/** A need's weekdays and slots in minutes, read once: every offer is compared with every need. */
interface NeedShape {
  weekdays: Set<Weekday>
  /** null: fits any window (no set time, or spanning days). */
  slots: ({ start: number; end: number } | null)[]
}

const shapes = new WeakMap<Need, NeedShape>()

function shapeOf(need: Need): NeedShape {
  let shape = shapes.get(need)
  if (!shape) {
    const recurrence = need.timing.recurrence
    const weekdays = new Set<Weekday>(
      recurrence.kind === 'weekly' ? recurrence.weekdays
        : recurrence.kind === 'once' ? [weekdayOfDate(recurrence.date)]
          : recurrence.kind === 'dates' ? recurrence.dates.map(weekdayOfDate)
            : [1, 2, 3, 4, 5, 6, 7],
    )
    const slots = need.timing.slots.map((slot: TimeSlot) => (slot.start === null || slot.spanDays > 1
      ? null
      : { start: minutesOfDay(slot.start), end: slot.end === null ? 24 * 60 : endMinutesOf(slot.end) }))
    shapes.set(need, (shape = { weekdays, slots }))
  }
  return shape
}

/**
 * How many tasks a week the offer could cover. Without needs: one per offered window and kind.
 * With needs: one per offered window and need slot of an offered kind that could fall in it.
 */
export function offeredCapacity(offer: Offer, needs?: readonly Need[]): number {
  const kinds = new Set(offer.kinds)
  if (!needs) return offer.windows.length * kinds.size
  const fitting = needs.filter((n) => kinds.has(n.kind) && !(n.mode === 'in-person' && offer.mode === 'remote-only')).map(shapeOf)
  let capacity = 0
  for (const window of offer.windows) {
    const windowStart = minutesOfDay(window.start)
    const windowEnd = endMinutesOf(window.end) <= windowStart ? 24 * 60 : endMinutesOf(window.end)
    for (const need of fitting) {
      if (!need.weekdays.has(window.weekday)) continue
      capacity += need.slots.filter((slot) => slot === null || (slot.start < windowEnd && windowStart < slot.end)).length
    }
  }
  return capacity
}

export function isOvereager(offer: Offer, needs?: readonly Need[]): boolean {
  return offer.weeklyLimit > 0 && offeredCapacity(offer, needs) >= OVEREAGER_FACTOR * offer.weeklyLimit
}
