import type { Draft } from '../hooks/useDraft'
import { sharedCatalogue } from '../../i18n'

const say = sharedCatalogue.format

/** "We kept what you were writing here", with a way to start over. */
export function DraftNote<T>({ draft }: { draft: Draft<T> }) {
  if (!draft.restored || !draft.dirty) return null
  return (
    <p className="notice draft-note" role="status">
      {say('shared.drafts.restored')}{' '}
      <button type="button" className="button small quiet" onClick={() => draft.reset()}>{say('shared.drafts.startOver')}</button>
    </p>
  )
}
