import { useId } from 'react'
import * as describe from '../../i18n/describe'
import type { HelperCallView, HelperStore } from '../../store/roles/helperStore'
import { showNotice, showSavedNotice } from '../hooks/notice'
import { deviceTimeZone } from '../hooks/useNow'
import { helperCatalogue } from '../../i18n/catalogues/helper'

const t = helperCatalogue.format

/**
 * Open calls this helper could take. A claim is only a wish until the coordinator's device
 * confirms it (the first claim it sees wins), so the card says "waiting" until then.
 */
export function OpenCalls(props: { store: HelperStore | null; calls: HelperCallView[]; timeZone: string; coordinator: string; now: number }) {
  const headingId = useId()
  return (
    <section aria-labelledby={headingId} className="task-section">
      <h2 id={headingId} className="section-title">{t('helper.calls.title')}</h2>
      <p className="hint">{t('helper.calls.intro', { coordinator: props.coordinator })}</p>
      <ul className="card-list">
        {props.calls.map((call) => <li key={call.id}><CallCard {...props} call={call} /></li>)}
      </ul>
    </section>
  )
}

function CallCard({ store, call, timeZone, coordinator, now }: { store: HelperStore | null; call: HelperCallView; timeZone: string; coordinator: string; now: number }) {
  const titleId = useId()
  const state = call.takenByYou ? t('helper.calls.yours') : call.taken ? t('helper.calls.someoneElse') : call.claimedAt !== null ? t('helper.calls.waiting', { coordinator }) : null
  function claim() {
    if (!store) return // painted from the stored copy: nothing is sent until the document is open
    if (store.claim(call.id, now)) showSavedNotice(t('helper.calls.claimed', { coordinator }))
    else showNotice(t('helper.calls.claimFailed'))
  }
  return (
    <article className="card call-card" aria-labelledby={titleId}>
      <h3 className="card-title" id={titleId}>{call.title}</h3>
      <p className="small">{describe.describeOccurrenceTime({ windowStart: call.start, windowEnd: call.end }, timeZone, deviceTimeZone())}</p>
      <p className="small muted">{describe.taskKindLabel(call.kind)}</p>
      {state ? (
        <p className={call.takenByYou ? 'status-badge status-done' : 'status-badge'} role="status">{state}</p>
      ) : (
        <div className="card-actions">
          <button type="button" className="button small primary" disabled={!store} onClick={claim}>{t('helper.calls.take')}</button>
        </div>
      )}
    </article>
  )
}
