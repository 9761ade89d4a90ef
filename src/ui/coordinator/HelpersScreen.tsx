import * as describe from '../../i18n/describe'
import { isExcluded } from '../../domain/planner/rules'
import { isOvereager } from '../../domain/planner/overeager'
import { href } from '../hooks/router'
import type { CircleViewProps } from './CircleScreen'
import { FoldNotes } from './FoldNotes'
import { useText } from '../../i18n'
import { mapCatalogue } from '../../i18n/catalogues/map'

export function HelpersScreen({ docId, store, snapshot }: CircleViewProps) {
  const t = useText(mapCatalogue)
  const { helpers, offers, needs, boundaries } = snapshot
  return (
    <main id="main" className="page">
      <h1>{t('map.title')}</h1>
      <p className="muted">{t('map.intro')}</p>
      <FoldNotes docId={docId} store={store} snapshot={snapshot} />
      {helpers.length === 0 ? <p className="empty">{t('map.empty')}</p> : (
        <ul className="card-list" aria-label={t('map.helpersTab')}>
          {helpers.map((helper) => {
            const offer = offers[helper.id]
            return (
              <li key={helper.id}>
                <a className="card card-link" href={href(`c/${docId}/map/${helper.id}`)}>
                  <span className="card-title">{helper.name}</span>
                  {helper.relation && <span className="muted small">{helper.relation}</span>}
                  <span className="tags">
                    {offer?.kinds.map((kind) => <span className="tag" key={kind}>{describe.taskKindLabel(kind)}</span>)}
                    {offer?.mode === 'remote-only' && <span className="tag">{t('map.remoteOnly')}</span>}
                    {offer && isOvereager(offer, needs) && <span className="tag safety">{t('map.overeager')}</span>}
                    {offer?.weeklyLimit === 0 && <span className="tag">{t('map.backupOnly')}</span>}
                    {isExcluded(helper, boundaries) && <span className="tag safety">{t('map.excluded')}</span>}
                  </span>
                  <span className="small">
                    {offer ? `${describe.describeWeeklyRanges(offer.windows) || '—'} · ${t('map.upTo', { n: offer.weeklyLimit })}` : t('map.noOffer')}
                  </span>
                </a>
              </li>
            )
          })}
        </ul>
      )}
      <a className="button primary block sticky-action" href={href(`c/${docId}/map/new`)}>{t('map.add')}</a>
    </main>
  )
}
