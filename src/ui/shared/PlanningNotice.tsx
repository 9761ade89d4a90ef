import type { MapSnapshot } from '../../store'
import { usePlanning } from '../hooks/usePlan'
import { sharedText } from './text'

/** While a large circle is planned in the background: what is happening, and a way to stop it. */
export function PlanningNotice({ snapshot, now }: { snapshot: MapSnapshot; now: number }) {
  const planning = usePlanning(snapshot, now)
  const t = sharedText.planning
  if (!planning) return <p className="notice" role="status">{t.working}</p>
  return (
    <div className="notice" role="status">
      <p>{planning.status === 'planning' ? t.working : planning.status === 'cancelled' ? t.cancelled : t.failed}</p>
      {planning.status === 'planning' && <span className="spinner" aria-hidden="true" />}
      {planning.status === 'planning'
        ? <button type="button" className="button small" onClick={planning.cancel}>{t.cancel}</button>
        : <button type="button" className="button small" onClick={planning.retry}>{t.retry}</button>}
    </div>
  )
}
