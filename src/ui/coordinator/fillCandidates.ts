import type { Occurrence } from '../../domain/model'
import type { FillCandidate } from '../../domain/planner'
import type { CircleViewProps } from './CircleScreen'
import { planFactsOf, usePlan, usePlanQuestion, type PlanAnswer } from '../hooks/usePlan'

/**
 * The helpers who could take one time, lightest load first, worked out in the plan-question
 * worker: from the plan when the time is inside its horizon (which starts today), else from that
 * one day checked on its own.
 */
export function useFillCandidates(snapshot: CircleViewProps['snapshot'], occurrence: Occurrence, now: number): PlanAnswer<FillCandidate[]> {
  const view = usePlan(snapshot, now)
  const { circle } = snapshot
  return usePlanQuestion(view, `fill:${circle.createdAt}:${occurrence.id}`, `${snapshot.version}:${now}`, () => ({ kind: 'fill', occurrence, facts: planFactsOf({ ...snapshot, circle }), now }))
}
