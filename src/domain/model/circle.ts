import type { Instant, LocalDate } from './time'

/** Someone to call when peer support is not enough. Shown one tap away on every screen. */
export interface CrisisResource {
  id: string
  name: string
  /** A phone number or a link (https:, tel:, sms:). */
  contact: string
}

export interface Coordinator {
  name: string
  /** How helpers reach the coordinator: a phone number, an email, a messenger handle. */
  contact: string
}

export type CircleStatus = 'active' | 'archived'

/** The circle's profile: who is supported, for how long, and what helpers may be told. */
export interface Circle {
  recipientName: string
  /** What every helper may read, e.g. "Alex is recovering from surgery and needs some practical support". */
  publicSummary: string
  /** IANA time zone of the recipient; every schedule is expanded in it. */
  timeZone: string
  startDate: LocalDate
  /** Planned end; needs without their own end date inherit it, so extending the circle extends them. */
  endDate: LocalDate
  coordinator: Coordinator
  crisisResources: CrisisResource[]
  status: CircleStatus
  createdAt: Instant
}

