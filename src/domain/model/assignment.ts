import type { LocalDate, Weekday } from './time'

export type AssignmentRole = 'primary' | 'backup'

/**
 * Assignments are series with exceptions: need + slot + weekdays + date range → helper.
 * "Every Tuesday for four weeks" is one entry, not four.
 */
export interface Assignment {
  id: string
  needId: string
  /** Slot key (`HH:mm` or `any`) this series covers. */
  slotKey: string
  /** Weekdays covered; all seven for a daily series. */
  weekdays: Weekday[]
  from: LocalDate
  until: LocalDate
  helperId: string
  role: AssignmentRole
  /** Accepted by the coordinator: a fixed input to re-planning. */
  accepted: boolean
  /** Set when the coordinator overrode a hard rule; the warning they saw. */
  override: string | null
}
