import { navigate } from '../hooks/router'
import type { CircleViewProps } from './CircleScreen'
import { useText } from '../../i18n'
import { inboxCatalogue } from '../../i18n/catalogues/inbox'

/** What the recipient suggested from their phone: a new need, or a need mattering more or less. */
export function Suggestions({ docId, store, snapshot }: CircleViewProps) {
  const t = useText(inboxCatalogue)
  const open = snapshot.inbox.suggestions.filter((s) => s.state === 'new')
  if (open.length === 0) return null
  const resolve = (id: string, state: 'accepted' | 'dismissed') => store.run('suggestion/resolve', { id, state }, Date.now())
  return (
    <section className="panel attention" aria-labelledby="suggestions-title">
      <h2 id="suggestions-title">{t('inbox.suggestionsTitle', { name: snapshot.circle.recipientName })}</h2>
      <ul className="row-list">
        {open.map((s) => {
          const need = s.kind === 'priority' ? snapshot.needs.find((n) => n.id === s.needId) : undefined
          if (s.kind === 'priority' && !need) return null
          return (
            <li key={s.id}>
              <span>
                {s.kind === 'new-need' ? t('inbox.newNeed', { title: s.title }) : t('inbox.priority', { title: need!.title, priority: s.priority })}
                {s.note && <span className="block small muted">“{s.note}”</span>}
              </span>
              <span className="card-actions">
                {s.kind === 'new-need' ? (
                  <button type="button" className="button small primary" onClick={() => { resolve(s.id, 'accepted'); navigate(`c/${docId}/needs/new/${encodeURIComponent(s.title)}`) }}>{t('inbox.addAsNeed')}</button>
                ) : (
                  <button type="button" className="button small primary" onClick={() => {
                    store.run('need/update', { id: need!.id, fields: { priority: s.priority } }, Date.now())
                    resolve(s.id, 'accepted')
                  }}>{t('inbox.applyPriority')}</button>
                )}
                <button type="button" className="button small quiet" onClick={() => resolve(s.id, 'dismissed')}>{t('inbox.notNow')}</button>
              </span>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
