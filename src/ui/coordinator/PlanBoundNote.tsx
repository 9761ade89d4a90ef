import type { PlanQuality } from '../../domain/planner'
import { couldCoverMore } from '../../domain/planner/bound'
import { useText } from '../../i18n'
import { assignCatalogue } from '../../i18n/catalogues/assign'

/** When the planner stopped before proving its plan the best: the bound it did prove, in words. */
export function PlanBoundNote({ quality }: { quality: PlanQuality }) {
  const t = useText(assignCatalogue)
  const more = couldCoverMore(quality)
  return more ? <p className="muted small" role="note">{t('assign.couldCoverMore', { n: more.atMost, priority: more.priority })}</p> : null
}
