/**
 * Stops (model/stop.ts) as the rest of Kith reads them. One rule: an occurrence of a need
 * whose whole need is stopped on its date is not the circle's to do — it is not planned, not a
 * gap, not counted as unfilled or "being arranged", and on no helper's list. A helper's part
 * stopped is not a rule about occurrences: their series is cut and the need declines them.
 */
import { addDays } from './dates'
import type { LocalDate, Occurrence, Stop } from './model'

type StopRange = Pick<Stop, 'needId' | 'helperId' | 'from' | 'until'>

const covers = (stop: StopRange, date: LocalDate) => stop.from <= date && (stop.until === null || date <= stop.until)

/** The stop of the whole need on that date, if any. */
export function needStopOn(stops: readonly StopRange[], needId: string, date: LocalDate): StopRange | null {
  return stops.find((stop) => stop.helperId === null && stop.needId === needId && covers(stop, date)) ?? null
}

export function isStopped(stops: readonly StopRange[] | undefined, occurrence: Pick<Occurrence, 'needId' | 'date'>): boolean {
  return stops !== undefined && stops.length > 0 && needStopOn(stops, occurrence.needId, occurrence.date) !== null
}

/** How long a helper is shown the kind word about a stop: while a pause lasts, two weeks after an end. */
export const STOP_MESSAGE_DAYS = 14

export function stopMessageShown(stop: Pick<Stop, 'from' | 'until'>, today: LocalDate): boolean {
  return today <= (stop.until ?? addDays(stop.from, STOP_MESSAGE_DAYS - 1))
}
