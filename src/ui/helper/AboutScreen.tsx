import * as describe from '../../domain/describe'
import { contactHref } from '../shared/CrisisHelp'
import { helperText } from './text'
import type { HelperScreenProps } from './types'

const t = helperText.about

/** The helper's brief: who they help and why, their part, and who to ask about changes. */
export function AboutScreen({ brief, coordinator }: HelperScreenProps) {
  const recipient = brief.recipientFirstName
  const link = contactHref(brief.coordinatorContact)
  return (
    <main id="main" className="page">
      <h1>{t.title}</h1>
      {brief.circleStatus === 'archived' && <p className="notice">{t.ended}</p>}
      {brief.circleStatus === 'active' && brief.resting && <p className="notice">{t.resting}</p>}
      <section className="panel" aria-labelledby="about-summary">
        <h2 id="about-summary">{t.summary(recipient)}</h2>
        <p className="brief-summary">{brief.publicSummary}</p>
        {brief.circleStatus === 'active' && !brief.resting && <p className="small muted">{t.until(describe.formatLocalDate(brief.circleEnd))}</p>}
      </section>
      <section className="panel" aria-labelledby="about-part">
        <h2 id="about-part">{t.yourPart}</h2>
        {brief.seriesSentences.length === 0 ? <p className="muted">{brief.circleStatus === 'archived' || brief.resting ? t.nothingMore : t.noSeries}</p> : (
          <ul className="plain-list">
            {brief.seriesSentences.map((sentence, index) => <li key={index}>{sentence}</li>)}
          </ul>
        )}
        {/* The projected sentence carries the coordinator's contact; ours is the fallback. */}
        {/* While the circle rests there is nothing to swap: nothing is asked of them. */}
        {!brief.resting && <p><strong>{brief.howToChange.trim() || t.swap(coordinator, recipient)}</strong></p>}
      </section>
      <section className="panel" aria-labelledby="about-coordinator">
        <h2 id="about-coordinator">{t.coordinator}</h2>
        <p>{brief.coordinatorName}</p>
        {brief.coordinatorContact && (link ? (
          <a className="crisis-link" href={link}>
            <span className="crisis-name">{t.reach(coordinator)}</span>
            <span className="crisis-contact">{brief.coordinatorContact}</span>
          </a>
        ) : <p>{brief.coordinatorContact}</p>)}
      </section>
      <p className="muted small">{t.friend(recipient)}</p>
    </main>
  )
}
