import { lazy, Suspense, useEffect } from 'react'
import { useNow } from '../hooks/useNow'
import { usePlan } from '../hooks/usePlan'
import { PlanningNotice } from '../shared/PlanningNotice'
import { SafetyFirstPanel } from './Safety'
import type { CircleViewProps } from './CircleScreen'
import { useText } from '../../i18n'
import { assignCatalogue } from '../../i18n/catalogues/assign'

// The plan's view (and the planner's words) load while the worker plans: nothing of it shows before its answer.
const loadPlanView = () => import('./PlanView')
const PlanView = lazy(() => loadPlanView().then((module) => ({ default: module.PlanView })))

export function AssignScreen({ docId, store, snapshot }: CircleViewProps) {
  const t = useText(assignCatalogue)
  const now = useNow()
  const view = usePlan(snapshot, now)
  useEffect(() => void loadPlanView(), [])
  const planning = <main id="main" className="page"><h1>{t('assign.title')}</h1><SafetyFirstPanel docId={docId} store={store} snapshot={snapshot} /><PlanningNotice snapshot={snapshot} now={now} /></main>
  if (!view) return planning
  return <Suspense fallback={planning}><PlanView docId={docId} store={store} snapshot={snapshot} view={view} now={now} /></Suspense>
}
