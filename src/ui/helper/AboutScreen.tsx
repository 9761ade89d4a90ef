import * as describe from '../../i18n/describe'
import { contactHref } from '../shared/CrisisHelp'
import { helperCatalogue } from '../../i18n/catalogues/helper'
import { renderValue } from '../../i18n'
import { isPhraseValue } from '../../domain/phrase'
import type { HelperScreenProps } from './types'

const t = helperCatalogue.format

/** The helper's brief: who they help and why, their part, and who to ask about changes. */
export function AboutScreen({ brief, coordinator }: HelperScreenProps) {
  const recipient = brief.recipientFirstName
  // Phrases render in this phone's language; a document from an older coordinator phone has English sentences only.
  const phrases = Array.isArray(brief.seriesPhrases) && brief.seriesPhrases.every((p) => isPhraseValue(p)) ? brief.seriesPhrases : null
  const sentences = phrases ? phrases.map((p) => String(renderValue(p))) : brief.seriesSentences
  const link = contactHref(brief.coordinatorContact)
  return (
    <main id="main" className="page">
      <h1>{t('helper.about.title')}</h1>
      {brief.circleStatus === 'archived' && <p className="notice">{t('helper.about.ended')}</p>}
      {brief.circleStatus === 'active' && brief.resting && <p className="notice">{t('helper.about.resting')}</p>}
      <section className="panel" aria-labelledby="about-summary">
        <h2 id="about-summary">{t('helper.about.summary', { recipient })}</h2>
        <p className="brief-summary">{brief.publicSummary}</p>
        {brief.circleStatus === 'active' && !brief.resting && <p className="small muted">{t('helper.about.until', { date: describe.formatLocalDate(brief.circleEnd) })}</p>}
      </section>
      <section className="panel" aria-labelledby="about-part">
        <h2 id="about-part">{t('helper.about.yourPart')}</h2>
        {sentences.length === 0 ? <p className="muted">{brief.circleStatus === 'archived' || brief.resting ? t('helper.about.nothingMore') : t('helper.about.noSeries')}</p> : (
          <ul className="plain-list">
            {sentences.map((sentence, index) => <li key={index}>{sentence}</li>)}
          </ul>
        )}
        {/* The projected sentence carries the coordinator's contact; ours is the fallback. */}
        {/* While the circle rests there is nothing to swap: nothing is asked of them. */}
        {!brief.resting && <p><strong>{isPhraseValue(brief.howToChangePhrase) ? renderValue(brief.howToChangePhrase)
          : brief.howToChange.trim() || t('helper.about.swap', { coordinator, recipient })}</strong></p>}
      </section>
      <section className="panel" aria-labelledby="about-coordinator">
        <h2 id="about-coordinator">{t('helper.about.coordinator')}</h2>
        <p>{brief.coordinatorName}</p>
        {brief.coordinatorContact && (link ? (
          <a className="crisis-link" href={link}>
            <span className="crisis-name">{t('helper.about.reach', { coordinator })}</span>
            <span className="crisis-contact">{brief.coordinatorContact}</span>
          </a>
        ) : <p>{brief.coordinatorContact}</p>)}
      </section>
      <p className="muted small">{t('helper.about.friend', { recipient })}</p>
    </main>
  )
}
