import type { Draft } from '../hooks/useDraft'
import { sharedText } from './text'

/** "We kept what you were writing here", with a way to start over. */
export function DraftNote<T>({ draft }: { draft: Draft<T> }) {
  if (!draft.restored || !draft.dirty) return null
  return (
    <p className="notice draft-note" role="status">
      {sharedText.drafts.restored}{' '}
      <button type="button" className="button small quiet" onClick={() => draft.reset()}>{sharedText.drafts.startOver}</button>
    </p>
  )
}
