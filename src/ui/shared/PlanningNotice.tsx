import { useEffect, useState } from 'react'
import type { MapSnapshot } from '../../store'
import { usePlanning } from '../hooks/usePlan'
import { sharedCatalogue } from '../../i18n'

const say = sharedCatalogue.format

/** A small circle plans in a few tens of milliseconds: say nothing unless it takes longer. */
const QUIET_MS = 400

/** While a circle is planned in the background: what is happening, and a way to stop it. */
export function PlanningNotice({ snapshot, now }: { snapshot: MapSnapshot; now: number }) {
  const planning = usePlanning(snapshot, now)
  const [quiet, setQuiet] = useState(true)
  useEffect(() => {
    const timer = setTimeout(() => setQuiet(false), QUIET_MS)
    return () => clearTimeout(timer)
  }, [])
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
