import { useId } from 'react'
import * as describe from '../../i18n/describe'
import { PRIORITIES, type Priority } from '../../domain/model'
import type { RecipientSnapshot, RecipientStore } from '../../store/roles/recipientStore'
import { showNotice, showSavedNotice } from '../hooks/notice'
import { useThisDeviceCannotConnect } from '../hooks/useOwnReach'
import { SuggestNeedForm } from './SuggestNeedForm'
import { recipientCatalogue } from '../../i18n/catalogues/recipient'
import { renderValue } from '../../i18n'
import { isPhraseValue } from '../../domain/phrase'
import type { RecipientScreenProps } from './types'

const t = recipientCatalogue.format

type Need = RecipientSnapshot['needs'][number]

/**
 * The needs in the recipient's words, and their say over them: a need matters more or less,
 * or something new would help. Each is a suggestion for the coordinator, never an edit.
 */
export function NeedsScreen({ store, snapshot, circle, coordinator, now }: RecipientScreenProps) {
  const needs = snapshot.needs
  // Once the support has ended nothing is suggested any more: the coordinator would not take it in.
  const ended = circle.status === 'archived'
  return (
    <main id="main" className="page">
      <h1>{t('recipient.needs.title')}</h1>
      <p className="muted">{ended ? t('recipient.needs.endedIntro') : circle.resting ? t('recipient.needs.restingIntro', { coordinator }) : t('recipient.needs.intro')}</p>
      {needs.length === 0 ? !circle.resting && <p className="empty">{t('recipient.needs.none')}</p> : (
        <ul className="card-list">
          {needs.map((need) => <li key={need.id}><NeedCard need={need} store={store} coordinator={coordinator} now={now} ended={ended} /></li>)}
        </ul>
      )}
      {!ended && <SuggestNeedForm store={store} coordinator={coordinator} now={now} />}
      {snapshot.suggestions.length > 0 && <Suggestions suggestions={snapshot.suggestions} coordinator={coordinator} />}
    </main>
  )
}

function NeedCard({ need, store, coordinator, now, ended }: { need: Need; store: RecipientStore; coordinator: string; now: number; ended: boolean }) {
  const titleId = useId()
  const index = PRIORITIES.indexOf(need.priority)
  const more = index > 0 ? PRIORITIES[index - 1] : null
  const less = index >= 0 && index < PRIORITIES.length - 1 ? PRIORITIES[index + 1] : null
  function suggest(priority: Priority) {
    if (store.suggestPriority(need.id, priority, '', now)) showSavedNotice(t('recipient.needs.suggested', { coordinator }))
    else showNotice(t('recipient.needs.failed'))
  }
  return (
    <article className={`card need-card priority-${need.priority}`} aria-labelledby={titleId}>
      <h2 className="card-title" id={titleId}>{need.title}</h2>
      <p className="schedule small">{isPhraseValue(need.schedulePhrase) ? renderValue(need.schedulePhrase) : need.schedule}</p>
      {need.stopped && (
        <p className="small">{need.stopped.until ? t('recipient.needs.pausedUntil', { date: describe.formatLocalDate(need.stopped.until) }) : t('recipient.needs.stopped')}</p>
      )}
      <p className="tags">
        {index >= 0 && <span className={`tag priority-${need.priority}`}>{t('recipient.needs.priority', { priority: need.priority })}</span>}
        {need.source === 'recipient' && <span className="tag">{t('recipient.needs.yours')}</span>}
      </p>
      {!ended && <div className="card-actions">
        {more && <button type="button" className="button small" onClick={() => suggest(more)}>{t('recipient.needs.more')}</button>}
        {less && <button type="button" className="button small" onClick={() => suggest(less)}>{t('recipient.needs.less')}</button>}
      </div>}
    </article>
  )
}

function Suggestions({ suggestions, coordinator }: { suggestions: RecipientSnapshot['suggestions']; coordinator: string }) {
  const waitsForThisPhone = useThisDeviceCannotConnect()
  return (
    <section aria-labelledby="your-suggestions">
      <h2 id="your-suggestions" className="section-title">{t('recipient.needs.yourSuggestions')}</h2>
      <ul className="row-list">
        {suggestions.map((s) => {
          const state = s.ack === null ? (waitsForThisPhone ? 'pendingHere' : 'pending') : s.ack.state === 'accepted' || s.ack.state === 'dismissed' ? s.ack.state : 'received'
          return (
            <li key={s.id} className="suggestion">
              <span>{s.title}</span>
              <span className="small muted">{t(`recipient.needs.state.${state}`, { coordinator })}</span>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
