import { href } from '../hooks/router'
import type { CircleViewProps } from './CircleScreen'
import { useText } from '../../i18n'
import { keepingCatalogue } from '../../i18n/catalogues/keeping'

/**
 * After a coordinator device was removed (sync/mapRooms.ts): the phones that have not taken the
 * circle's new keys yet. Each takes them by itself when it next syncs or opens an update link;
 * until then what changes for that person still travels under the old key, so the coordinator
 * is told who is still waiting rather than nothing.
 */
export function KeyChangePanel({ docId, snapshot }: Pick<CircleViewProps, 'docId' | 'snapshot'>) {
  const t = useText(keepingCatalogue)
  const waiting = snapshot.documents.filter((d) => d.revokedAt === null && d.rekeyedFor && d.nextKey)
  if (waiting.length === 0) return null
  const names = waiting.map((d) => d.audience === 'recipient'
    ? snapshot.circle.recipientName
    : snapshot.helpers.find((h) => h.id === d.helperId)?.name ?? t('keeping.coordinators.someone'))
  return (
    <section className="panel" aria-labelledby="new-keys">
      <h2 id="new-keys">{t('keeping.coordinators.keysTitle')}</h2>
      <p data-testid="key-change">{t('keeping.coordinators.keysWaiting', { names: t.list(names) })}</p>
      <p className="hint">{t('keeping.coordinators.keysWaitingHint')}</p>
      <p><a href={href(`c/${docId}/send`)}>{t('keeping.coordinators.keysSend')}</a></p>
    </section>
  )
}
