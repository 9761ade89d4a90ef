/**
 * Rests of the whole circle (model/rest.ts) as every layer reads them. One rule: an occurrence
 * dated on a rested day is not the circle's to do — not planned, not a gap, not counted as
 * unfilled, on no helper's list (setAside.ts reads it as `resting`). While a rest is open the
 * helpers' and the recipient's documents hold nothing of the plan (projection), Today asks
 * for no check-in, and the device's list marks the circle as resting.
 */
import type { LocalDate, Rest } from './model'

type RestRange = Pick<Rest, 'from' | 'until'>

/** The rest covering that day, if any. */
export function restOn<R extends RestRange>(rests: readonly R[] | undefined, date: LocalDate): R | null {
  return (rests ?? []).find((rest) => rest.from <= date && (rest.until === null || date <= rest.until)) ?? null
}

/** The rest still open (the circle rests now), if any; there is at most one. */
export function openRest<R extends RestRange>(rests: readonly R[] | undefined): R | null {
  return (rests ?? []).find((rest) => rest.until === null) ?? null
}

/** Whether the day chosen to look again has come. */
export function lookAgainDue(rest: Pick<Rest, 'lookAgain'>, today: LocalDate): boolean {
  return rest.lookAgain !== null && rest.lookAgain <= today
}
