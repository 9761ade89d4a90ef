import type { LocalDate, LocalTime, Weekday } from './time'

export const NEED_CATEGORIES = ['practical', 'emotional', 'medical', 'other'] as const
export type NeedCategory = (typeof NEED_CATEGORIES)[number]

export const TASK_KINDS = [
  'meal', 'ride', 'errand', 'dog-walk', 'plant-watering', 'mail', 'call', 'visit',
  'reminder', 'accompaniment', 'other',
] as const
export type TaskKind = (typeof TASK_KINDS)[number]

export const PRIORITIES = ['high', 'medium', 'low'] as const
export type Priority = (typeof PRIORITIES)[number]

export type NeedMode = 'in-person' | 'remote'

/**
 * Which days a need falls on. "Several times a day" is `daily` with more than one slot.
 * `every-n-days` counts from the need's start date.
 */
export type Recurrence =
  | { kind: 'once'; date: LocalDate }
  | { kind: 'dates'; dates: LocalDate[] }
  | { kind: 'daily' }
  | { kind: 'weekly'; weekdays: Weekday[] }
  | { kind: 'every-n-days'; interval: number }

export type RecurrenceKind = Recurrence['kind']

/**
 * One occurrence window on each scheduled day: earliest start and latest end, local time.
 * `start === null` means "any time that day" (slot key `any`). `spanDays > 1` stretches the
 * window over several days ("by Friday"): it ends at `end` on the last day.
 */
export interface TimeSlot {
  start: LocalTime | null
  end: LocalTime | null
  spanDays: number
}

export interface NeedTiming {
  recurrence: Recurrence
  /** At least one; ordered by start. */
  slots: TimeSlot[]
  durationMinutes: number
  startDate: LocalDate | null
  /** Null: inherit the circle's end date. */
  endDate: LocalDate | null
}

/** The coordinator's answer to the one safety question: could this need involve a risk? */
export const RISK_ANSWERS = ['yes', 'no'] as const
export type RiskAnswer = (typeof RISK_ANSWERS)[number]

/**
 * Safety (domain/safety.ts): a "professional first" need is never offered to helpers as a peer
 * task unless the coordinator confirmed that peer help is appropriate; a need that asks the
 * safety question is held back until `riskAnswer` is given.
 */
export interface NeedSafety {
  professionalFirst: boolean
  peerConfirmed: boolean
  /** Null or absent: not answered (needs saved before the question existed read as unanswered). */
  riskAnswer?: RiskAnswer | null
}

/**
 * The safety word check's verdict on a need's words (domain/safetyVerdict.ts), stored when a
 * command writes them so that reading a need needs no word list: whether the words ask the
 * safety question, for which words (`fingerprint`) and under which word list (`version`).
 */
export interface NeedWordCheck {
  version: number
  fingerprint: string
  asks: boolean
}

/**
 * A need's words come in three levels: `title` (+ kind) is public to any helper who could
 * take it; `assignedDetails` reach only the helper doing it, and only if `shareDetails`;
 * `privateDetails` stay with the coordinator, always.
 */
export interface Need {
  id: string
  title: string
  category: NeedCategory
  kind: TaskKind
  priority: Priority
  timing: NeedTiming
  mode: NeedMode
  sensitive: boolean
  assignedDetails: string
  shareDetails: boolean
  privateDetails: string
  /** Tags a helper must have (a language, a skill, lived experience). */
  requiredTags: string[]
  safety: NeedSafety
  /** Absent on needs written before it existed (or by an older app): read with the word check then. */
  wordCheck?: NeedWordCheck
  /** Who suggested it: the coordinator, or the recipient through their own document. */
  source: 'coordinator' | 'recipient'
  createdAt: number
}

export const TASK_KIND_CATEGORY: Record<TaskKind, NeedCategory> = {
  meal: 'practical', ride: 'practical', errand: 'practical', 'dog-walk': 'practical',
  'plant-watering': 'practical', mail: 'practical', call: 'emotional', visit: 'emotional',
  reminder: 'medical', accompaniment: 'medical', other: 'other',
}
