import { useId } from 'react'
import * as describe from '../../i18n/describe'
import type { GroupAskItem } from '../../domain/groupAsk'
import { showNotice } from '../hooks/notice'
import { Field } from '../shared/Field'
import { useText } from '../../i18n'
import { reassessCatalogue } from '../../i18n/catalogues/reassess'

/** The message itself, at the public level of words, in the recipient's zone. */
export function groupAskMessage(items: readonly GroupAskItem[], timeZone: string, coordinator: string): string | null {
  const when = (item: GroupAskItem) => describe.describeOccurrenceTime(item.occurrence, timeZone, timeZone)
  if (items.length === 0) return null
  if (items.length === 1) return reassessCatalogue.format('reassess.groupAsk.one', { what: items[0].title, when: when(items[0]), coordinator })
  return reassessCatalogue.format('reassess.groupAsk.many', { lines: items.map((item) => `• ${reassessCatalogue.format('reassess.groupAsk.line', { what: item.title, when: when(item) })}`).join('\n'), coordinator })
}

/** Open needs as plain text for a group chat: shared, copied, or read first as it will be sent. */
export function AskGroup({ items, timeZone, coordinator }: { items: readonly GroupAskItem[]; timeZone: string; coordinator: string }) {
  const t = useText(reassessCatalogue)
  const titleId = useId()
  const message = groupAskMessage(items, timeZone, coordinator)
  return (
    <section className="ask-group" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('reassess.groupAsk.title')}</h3>
      {!message ? <p className="small muted">{t('reassess.groupAsk.nothing')}</p> : (
        <>
          <p className="small muted">{t('reassess.groupAsk.intro')}</p>
          <Field label={t('reassess.groupAsk.label')}>
            {({ id }) => <textarea id={id} readOnly rows={Math.min(9, Math.ceil(message.length / 30) + message.split('\n').length)} value={message} />}
          </Field>
          <div className="card-actions">
            {typeof navigator.share === 'function' && (
              <button type="button" className="button small" onClick={() => navigator.share({ text: message }).catch(() => undefined)}>{t('reassess.groupAsk.share')}</button>
            )}
            <button type="button" className="button small" onClick={() => navigator.clipboard?.writeText(message).then(() => showNotice(t('reassess.groupAsk.copied')), () => undefined)}>{t('reassess.groupAsk.copy')}</button>
          </div>
        </>
      )}
    </section>
  )
}
