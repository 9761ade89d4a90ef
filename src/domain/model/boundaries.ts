import type { WeeklyTimeRange } from './time'

/** Someone the recipient does not want involved. The note is the coordinator's alone. */
export interface ExcludedPerson {
  id: string
  name: string
  note: string
}

/** A time when in-person visits are off limits (remote tasks are unaffected). */
export interface OffLimitsTime extends WeeklyTimeRange {
  id: string
}

export interface Boundaries {
  excludedPeople: ExcludedPerson[]
  offLimits: OffLimitsTime[]
}
