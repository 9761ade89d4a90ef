import { helperBrief } from '../../i18n/describeBrief'
import { isExcluded } from '../../domain/planner/rules'
import { href } from '../hooks/router'
import { showNotice } from '../hooks/notice'
import type { CircleViewProps } from './CircleScreen'
import { useText } from '../../i18n'
import { assignCatalogue } from '../../i18n/catalogues/assign'
import { coordinatorCatalogue } from '../../i18n/catalogues/coordinator'

/** A helper's brief, exactly as they will receive it. */
export function BriefScreen({ docId, snapshot, params }: CircleViewProps) {
  const tCoordinator = useText(coordinatorCatalogue)
  const t = useText(assignCatalogue)
  const helper = snapshot.helpers.find((h) => h.id === params[0])
  if (!helper) return <main id="main" className="page"><p className="notice">{tCoordinator('coordinator.errors.helperRemoved')}</p></main>
  if (isExcluded(helper, snapshot.boundaries)) return <main id="main" className="page"><p className="notice">{t('assign.brief.excluded', { name: helper.name })}</p></main>
  const brief = helperBrief({
    circle: snapshot.circle, helper, needs: snapshot.needs, assignments: snapshot.assignments.filter((a) => a.accepted),
  })
  async function copy() {
    try {
      await navigator.clipboard.writeText(brief.text)
      showNotice(t('assign.brief.copied'))
    } catch {
      showNotice(brief.text)
    }
  }
  return (
    <main id="main" className="page">
      <a className="back-link" href={href(`c/${docId}/assign`)}>← {t('assign.title')}</a>
      <h1>{t('assign.brief.title', { name: helper.name })}</h1>
      <p className="muted">{t('assign.brief.intro')}</p>
      <article className="brief" aria-label={t('assign.brief.title', { name: helper.name })}>{brief.text}</article>
      <button type="button" className="button primary block" onClick={copy}>{t('assign.brief.copy')}</button>
    </main>
  )
}
