import { useEffect, useState } from 'react'
import type { MapSnapshot } from '../../store'
import { usePlanning, type PlanAnswer } from '../hooks/usePlan'
import { sharedCatalogue } from '../../i18n'

const say = sharedCatalogue.format

/** A small circle plans in a few tens of milliseconds: say nothing unless it takes longer. */
const QUIET_MS = 400

/** Quiet for the first QUIET_MS: a short wait says nothing (as PlanningNotice). */
function useQuiet(): boolean {
  const [quiet, setQuiet] = useState(true)
  useEffect(() => {
    const timer = setTimeout(() => setQuiet(false), QUIET_MS)
    return () => clearTimeout(timer)
  }, [])
  return quiet
}

/**
 * While a question about the plan is answered in its worker (usePlanQuestion): nothing for a
 * short wait, then `working`; if it could not be answered, that nothing was changed (opening the
 * screen again asks again).
 */
export function AnswerNotice({ answer, working }: { answer: PlanAnswer<unknown>; working: string }) {
  const quiet = useQuiet()
  if (answer.status === 'failed') return <p className="notice warning" role="status">{say('shared.planning.failed')}</p>
  if (quiet || answer.status === 'ready') return <p className="notice-placeholder" role="status" />
  return <p className="notice" role="status">{working}</p>
}

/** While a circle is planned in the background: what is happening, and a way to stop it. */
export function PlanningNotice({ snapshot, now }: { snapshot: MapSnapshot; now: number }) {
  const planning = usePlanning(snapshot, now)
  const quiet = useQuiet()
  if (quiet && planning?.status !== 'failed') return <p className="notice-placeholder" role="status" />
  if (!planning) return <p className="notice" role="status">{say('shared.planning.working')}</p>
  return (
    <div className="notice" role="status">
      <p>{planning.status === 'planning' ? say('shared.planning.working') : planning.status === 'cancelled' ? say('shared.planning.cancelled') : say('shared.planning.failed')}</p>
      {planning.status === 'planning' && <span className="spinner" aria-hidden="true" />}
      {planning.status === 'planning'
        ? <button type="button" className="button small" onClick={planning.cancel}>{say('shared.planning.cancel')}</button>
        : <button type="button" className="button small" onClick={planning.retry}>{say('shared.planning.retry')}</button>}
    </div>
  )
}
