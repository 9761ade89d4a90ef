import type { LocalDate, WeeklyTimeRange } from './time'
import type { TaskKind } from './need'

/** Someone who helps. Contact details never leave the coordinator's map except to the helper themself. */
export interface Helper {
  id: string
  name: string
  contact: string
  relation: string
  /** Languages, skills, lived experience, "lives far away". */
  tags: string[]
  createdAt: number
}

export type OfferMode = 'any' | 'remote-only'

export const DEFAULT_WEEKLY_LIMIT = 2

/** What a helper can do, when, for how long. One per helper. */
export interface Offer {
  helperId: Helper['id']
  kinds: TaskKind[]
  windows: WeeklyTimeRange[]
  from: LocalDate | null
  until: LocalDate | null
  mode: OfferMode
  /** Occurrences per Monday–Sunday week in the recipient's zone. */
  weeklyLimit: number
}
