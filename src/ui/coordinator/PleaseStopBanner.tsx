import { useId, useState } from 'react'
import { addDays, localDateOf } from '../../domain/dates'
import type { Need } from '../../domain/model'
import type { PleaseStop } from '../../store'
import { showNotice } from '../hooks/notice'
import { useNow } from '../hooks/useNow'
import type { CircleViewProps } from './CircleScreen'
import { useText } from '../../i18n'
import { inboxCatalogue } from '../../i18n/catalogues/inbox'
import { refusalText } from './refusals'

/** A pause "for a week" runs today and the six days after. */
const PAUSE_DAYS = 7

type Props = Pick<CircleViewProps, 'store' | 'snapshot'>

/**
 * "Please stop / I need some quiet" from the recipient: shown at once, on every screen, until
 * answered. One step each: pause or end the need they named (or one they choose here), end one
 * helper's part of it, or talk to them first (commands/stops.ts tells the helpers).
 */
export function PleaseStopBanner({ store, snapshot }: Props) {
  const t = useText(inboxCatalogue)
  const unseen = snapshot.inbox.pleaseStop.filter((p) => p.acknowledgedAt === null)
  if (unseen.length === 0) return null
  return (
    <section className="please-stop" role="alert" aria-label={t('inbox.pleaseStop', { name: snapshot.circle.recipientName })}>
      {unseen.map((request) => <Request key={request.id} store={store} snapshot={snapshot} request={request} />)}
    </section>
  )
}

function Request({ store, snapshot, request }: Props & { request: PleaseStop }) {
  const t = useText(inboxCatalogue)
  const selectId = useId()
  const now = useNow()
  const { circle } = snapshot
  const today = localDateOf(now, circle.timeZone)
  const named = snapshot.needs.find((need) => need.id === request.needId)
  const [chosenId, setChosenId] = useState('')
  const need = named ?? snapshot.needs.find((n) => n.id === chosenId)
  const recipient = circle.recipientName

  const run = (result: ReturnType<Props['store']['run']>, done: string) =>
    showNotice(result.ok ? done : refusalText(result.problems))
  const answered = { pleaseStopId: request.id }

  return (
    <div className="please-stop-request">
      <p><strong>{t('inbox.pleaseStop', { name: recipient })}</strong></p>
      {request.note && <p>{t('inbox.pleaseStopNote', { note: request.note })}</p>}
      {named ? <p>{t('inbox.pleaseStopAbout', { title: named.title })}</p> : snapshot.needs.length > 0 && (
        <div className="field">
          <label htmlFor={selectId}>{t('inbox.whichNeed')}</label>
          <select id={selectId} value={chosenId} onChange={(e) => setChosenId(e.target.value)}>
            <option value="">{t('inbox.chooseNeed')}</option>
            {snapshot.needs.map((n) => <option key={n.id} value={n.id}>{n.title}</option>)}
          </select>
        </div>
      )}
      <p className="small">{t('inbox.pleaseStopHint')}</p>
      <span className="card-actions">
        {need && (
          <>
            <button type="button" className="button small primary" onClick={() => run(
              store.run('need/pause', { needId: need.id, from: today, until: addDays(today, PAUSE_DAYS - 1), ...answered }, Date.now()), t('inbox.done.paused', { title: need.title }))}>
              {t('inbox.pauseWeek')}
            </button>
            <button type="button" className="button small" onClick={() => run(
              store.run('need/end', { needId: need.id, from: today, ...answered }, Date.now()), t('inbox.done.ended', { title: need.title }))}>
              {t('inbox.end')}
            </button>
            {holdersOf(snapshot, need, today).map(({ id, name }) => (
              <button key={id} type="button" className="button small" onClick={() => run(
                store.run('need/end-helper-part', { needId: need.id, helperId: id, from: today, ...answered }, Date.now()), t('inbox.done.partEnded', { name, title: need.title }))}>
                {t('inbox.endPart', { name })}
              </button>
            ))}
          </>
        )}
        <button type="button" className="button small" onClick={() => run(store.run('please-stop/talk-first', { id: request.id }, Date.now()), t('inbox.done.talkFirst', { name: recipient }))}>
          {t('inbox.talkFirst', { name: recipient })}
        </button>
        <button type="button" className="button small quiet" onClick={() => store.run('please-stop/acknowledge', { id: request.id }, Date.now())}>
          {t('inbox.seen')}
        </button>
      </span>
    </div>
  )
}

/** Helpers with an accepted series of the need still running today, by name. */
function holdersOf(snapshot: Props['snapshot'], need: Need, today: string) {
  const ids = new Set(snapshot.assignments.filter((a) => a.accepted && a.needId === need.id && a.until >= today).map((a) => a.helperId))
  return snapshot.helpers.filter((h) => ids.has(h.id)).map((h) => ({ id: h.id, name: h.name }))
}
