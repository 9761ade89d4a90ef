import { useMemo } from 'react'
import type { Occurrence } from '../../domain/model'
import { whoCouldFill, type FillCandidate } from '../../domain/planner/coverage'
import { planInputOf } from '../../domain/planner/input'
import type { CircleViewProps } from './CircleScreen'
import { usePlan } from '../hooks/usePlan'

/**
 * The helpers who could take one time, lightest load first: from the worker's plan when the
 * time is inside its horizon (which starts today), else from that one day checked on its own.
 */
export function useFillCandidates(snapshot: CircleViewProps['snapshot'], occurrence: Occurrence, now: number): FillCandidate[] {
  const view = usePlan(snapshot, now)
  return useMemo(() => {
    const inPlan = view !== null && view.input.occurrences.some((o) => o.id === occurrence.id)
    const input = inPlan ? view.input : planInputOf(snapshot, now, { from: occurrence.date, to: occurrence.date })
    return whoCouldFill(occurrence, input, inPlan ? { plan: view.plan } : {}).filter((c) => c.canTake)
  }, [view, snapshot, occurrence, now])
}
