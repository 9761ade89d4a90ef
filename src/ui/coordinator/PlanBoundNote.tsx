import type { PlanQuality } from '../../domain/planner'
import { couldCoverMore } from '../../domain/planner/bound'
import { text } from './text'

/** When the planner stopped before proving its plan the best: the bound it did prove, in words. */
export function PlanBoundNote({ quality }: { quality: PlanQuality }) {
  const more = couldCoverMore(quality)
  return more ? <p className="muted small" role="note">{text.assign.couldCoverMore(more.atMost, more.priority)}</p> : null
}
