import { useState } from 'react'
import { addDays, localDateOf } from '../../domain/dates'
import { lookAgainDue, openRest } from '../../domain/resting'
import { href } from '../hooks/router'
import { showNotice, showSavedNotice } from '../hooks/notice'
import { undoAction } from '../hooks/undoAction'
import { useNow } from '../hooks/useNow'
import { Field } from '../shared/Field'
import type { CircleViewProps } from './CircleScreen'
import { useText } from '../../i18n'
import { reassessCatalogue } from '../../i18n/catalogues/reassess'
import { refusalText } from './refusals'
import { dateInWords } from '../shared/inWords'


/**
 * Letting the whole circle rest ("the map stays ready") and bringing it back
 * (domain/resting.ts): on Reassess → End, beside extending and ending the support.
 */
export function RestPanel({ store, snapshot }: Pick<CircleViewProps, 'store' | 'snapshot'>) {
  const t = useText(reassessCatalogue)
  const { circle } = snapshot
  const now = useNow()
  const today = localDateOf(now, circle.timeZone)
  const [lookAgain, setLookAgain] = useState('')
  const rest = openRest(snapshot.rests)
  const run = (command: () => ReturnType<typeof store.run>, done: string) => {
    const result = command()
    if (!result.ok) return showNotice(refusalText(result.problems))
    setLookAgain('')
    showSavedNotice(done, undoAction(store, result))
  }
  if (rest) {
    return (
      <section className="panel" aria-labelledby="rest-title">
        <h2 id="rest-title">{t('reassess.rest.restingTitle')}</h2>
        <p>{t('reassess.rest.restingSince', { date: t.date(rest.from, 'long') })}</p>
        {rest.lookAgain && <p className="muted">{t('reassess.rest.lookAgainOn', { name: circle.recipientName, date: t.date(rest.lookAgain, 'long') })}</p>}
        <p className="hint">{t('reassess.rest.resumeHint')}</p>
        <button type="button" className="button primary" onClick={() => run(() => store.run('circle/resume', {}, Date.now()), t('reassess.rest.resumed'))}>{t('reassess.rest.resume')}</button>
      </section>
    )
  }
  return (
    <section className="panel" aria-labelledby="rest-title">
      <h2 id="rest-title">{t('reassess.rest.title')}</h2>
      <p className="hint">{t('reassess.rest.hint', { name: circle.recipientName })}</p>
      <Field label={t('reassess.rest.lookAgainLabel')} hint={t('reassess.rest.lookAgainHint')} inWords={dateInWords(lookAgain)}>
        {({ id, describedBy }) => (
          <input id={id} type="date" value={lookAgain} min={addDays(today, 1)} aria-describedby={describedBy} onChange={(e) => setLookAgain(e.target.value)} />
        )}
      </Field>
      <button type="button" className="button" onClick={() => run(() => store.run('circle/pause', { lookAgain: lookAgain || null }, Date.now()), t('reassess.rest.paused'))}>{t('reassess.rest.pause')}</button>
    </section>
  )
}

/** On every screen of a resting circle but End: it rests, since when, and the way back. */
export function RestingBanner({ docId, snapshot }: Pick<CircleViewProps, 'docId' | 'snapshot'>) {
  const t = useText(reassessCatalogue)
  const now = useNow()
  const rest = openRest(snapshot.rests)
  if (!rest) return null
  const due = lookAgainDue(rest, localDateOf(now, snapshot.circle.timeZone))
  return (
    <p className="notice" role="status">
      {t('reassess.rest.banner', { date: t.date(rest.from, 'long') })}{' '}
      {due && rest.lookAgain && <>{t('reassess.rest.lookAgainDue', { name: snapshot.circle.recipientName })}{' '}</>}
      <a href={href(`c/${docId}/end`)}>{t('reassess.rest.bannerLink')}</a>
    </p>
  )
}
