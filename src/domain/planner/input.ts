import { laterDate, localDateOf } from '../dates'
import type { Assignment, Boundaries, Circle, Helper, Instant, LocalDate, Need, OccurrenceStatus, Offer, Rest, Stop } from '../model'
import { setAsideRulesOf, toDo } from '../setAside'
import { expandNeeds } from '../schedule'
import type { PlanInput } from './types'

/** What the planner reads of a circle, as the map holds it. */
export interface CircleForPlanning {
  circle: Pick<Circle, 'timeZone' | 'startDate' | 'endDate'>
  needs: readonly Need[]
  helpers: readonly Helper[]
  offers: Readonly<Record<string, Offer>>
  boundaries: Boundaries
  assignments: readonly Assignment[]
  statuses: Readonly<Record<string, OccurrenceStatus>>
  /** Helpers' days away. */
  away?: ReadonlyArray<{ helperId: string; from: LocalDate; until: LocalDate }>
  /** Proposals the coordinator said no to. */
  declined?: ReadonlyArray<{ needId: string; helperId: string; from?: LocalDate | null; until?: LocalDate | null }>
  /** Needs stopped at the recipient's word: their occurrences then are nobody's to do (domain/stops.ts). */
  stops?: ReadonlyArray<Pick<Stop, 'needId' | 'helperId' | 'from' | 'until'>>
  /** Times the whole circle rests: nothing is planned on those days (domain/resting.ts). */
  rests?: ReadonlyArray<Pick<Rest, 'from' | 'until'>>
}

export interface Horizon {
  from: LocalDate
  to: LocalDate
}

/**
 * From today (or the circle's start, if later) to the last day any need runs: a need may end
 * after the circle when it has its own end date.
 */
export function planningHorizon(circle: CircleForPlanning['circle'], needs: readonly Need[], now: Instant): Horizon {
  const today = localDateOf(now, circle.timeZone)
  const lastNeedEnd = needs.reduce((last, need) => laterDate(last, need.timing.endDate ?? circle.endDate), circle.endDate)
  return { from: laterDate(circle.startDate, today), to: laterDate(lastNeedEnd, circle.startDate) }
}

export function planInputOf(state: CircleForPlanning, now: Instant, horizon = planningHorizon(state.circle, state.needs, now)): PlanInput {
  const { circle } = state
  return {
    timeZone: circle.timeZone,
    now,
    // Nothing on a day the circle rests, stopped at the recipient's word, or in a time they ruled out is planned or a gap.
    occurrences: toDo(expandNeeds(state.needs, {
      circleStart: circle.startDate, circleEnd: circle.endDate, timeZone: circle.timeZone, from: horizon.from, to: horizon.to,
    }), setAsideRulesOf(state, circle.timeZone)),
    needs: [...state.needs],
    helpers: [...state.helpers],
    offers: Object.values(state.offers),
    boundaries: state.boundaries,
    accepted: state.assignments.filter((a) => a.accepted),
    statuses: Object.values(state.statuses),
    away: (state.away ?? []).map(({ helperId, from, until }) => ({ helperId, from, until })),
    declined: (state.declined ?? []).map(({ needId, helperId, from, until }) => (from && until ? { needId, helperId, from, until } : { needId, helperId })),
  }
}

