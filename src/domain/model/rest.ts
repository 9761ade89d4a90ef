import type { Instant, LocalDate } from './time'

/**
 * A time the whole circle rests ("the map stays ready"): from `from` until `until` nothing is
 * planned, projected as a task or asked of anyone, and the map keeps everything (needs,
 * helpers, offers, accepted series, history). `until` is null while it rests; resuming sets it
 * to the day before, so the rested days stay set aside as history. `lookAgain` is a day the
 * coordinator chose to look again with the person, if any.
 */
export interface Rest {
  id: string
  from: LocalDate
  until: LocalDate | null
  lookAgain: LocalDate | null
  at: Instant
}
