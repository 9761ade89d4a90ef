import { helperBrief } from '../../i18n/describe'
import { isExcluded } from '../../domain/planner/rules'
import { href } from '../hooks/router'
import { showNotice } from '../hooks/notice'
import type { CircleViewProps } from './CircleScreen'
import { text } from './text'

/** A helper's brief, exactly as they will receive it. */
export function BriefScreen({ docId, snapshot, params }: CircleViewProps) {
  const helper = snapshot.helpers.find((h) => h.id === params[0])
  if (!helper) return <main id="main" className="page"><p className="notice">{text.errors.helperRemoved}</p></main>
  if (isExcluded(helper, snapshot.boundaries)) return <main id="main" className="page"><p className="notice">{text.brief.excluded(helper.name)}</p></main>
  const brief = helperBrief({
    circle: snapshot.circle, helper, needs: snapshot.needs, assignments: snapshot.assignments.filter((a) => a.accepted),
  })
  async function copy() {
    try {
      await navigator.clipboard.writeText(brief.text)
      showNotice(text.brief.copied)
    } catch {
      showNotice(brief.text)
    }
  }
  return (
    <main id="main" className="page">
      <a className="back-link" href={href(`c/${docId}/assign`)}>← {text.assign.title}</a>
      <h1>{text.brief.title(helper.name)}</h1>
      <p className="muted">{text.brief.intro}</p>
      <article className="brief" aria-label={text.brief.title(helper.name)}>{brief.text}</article>
      <button type="button" className="button primary block" onClick={copy}>{text.brief.copy}</button>
    </main>
  )
}
