import { useMemo } from 'react'
import { localDateOf } from '../../domain/dates'
import { plan, planInputOf, type Plan, type PlanInput } from '../../domain/planner'
import type { MapSnapshot } from '../../store'

export interface PlanView {
  input: PlanInput
  plan: Plan
}

/**
 * The planner's view of the circle as it stands, recomputed when the map changes or the
 * day turns (not every minute: the plan only moves when days do).
 */
export function usePlan(snapshot: MapSnapshot, now: number): PlanView | null {
  const timeZone = snapshot.circle?.timeZone ?? 'UTC'
  const today = localDateOf(now, timeZone)
  return useMemo(() => {
    if (!snapshot.circle) return null
    const input = planInputOf(
      {
        circle: snapshot.circle, needs: snapshot.needs, helpers: snapshot.helpers, offers: snapshot.offers,
        boundaries: snapshot.boundaries, assignments: snapshot.assignments, statuses: snapshot.statuses,
      },
      now,
    )
    return { input, plan: plan(input) }
    // `now` only matters through the day it falls on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [snapshot, today])
}
