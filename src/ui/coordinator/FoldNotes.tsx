import { liveDocumentOf, type FoldReport } from '../../store'
import { parseOccurrenceId } from '../../domain/model/occurrence'
import { newDocumentId, newDocumentKey } from '../../sync/invite'
import { showNotice } from '../hooks/notice'
import { useFoldReports } from '../hooks/useFoldReports'
import type { CircleViewProps } from './CircleScreen'
import { currentLocale, useText } from '../../i18n'
import { formatInstant, formatLocalDateShort } from '../../domain/dates'
import { deviceTimeZone } from '../hooks/useNow'
import { peopleCatalogue } from '../../i18n/catalogues/people'
import { refusalText } from './refusals'
// Made when used, in the app's language (never the browser's), which may change while Kith runs.
const when = (instant: number) => formatInstant(instant, deviceTimeZone(), currentLocale().tag, { withDate: true })

/** Which task or entry a path in a person's document is, in words: `tasks/<occurrence>`, `needs/<id>`, or the path. */
function entryOf(path: string, needs: CircleViewProps['snapshot']['needs']): string {
  const [, key = ''] = path.split('/')
  const occurrence = parseOccurrenceId(key)
  const title = (id: string) => needs.find((n) => n.id === id)?.title
  if (occurrence && title(occurrence.needId)) return peopleCatalogue.format('people.foldNotes.task', { title: title(occurrence.needId)!, day: formatLocalDateShort(occurrence.date, currentLocale().tag) })
  if (title(key)) return peopleCatalogue.format('people.foldNotes.need', { title: title(key)! })
  return peopleCatalogue.format('people.foldNotes.section', { path })
}

/**
 * Anything a helper's or the recipient's phone sent that Kith would not take in, in words: why a
 * document is not read at all (live), and every entry put back or left out, kept in the map
 * until the coordinator dismisses it (with which task or entry, when, and how often).
 */
export function FoldNotes({ docId, store, snapshot }: Pick<CircleViewProps, 'docId' | 'store' | 'snapshot'>) {
  const t = useText(peopleCatalogue)
  // A flood is in the map (it holds on every coordinator device and after a reload); the rest is the last fold's.
  const flooded = snapshot.documents
    .filter((d) => d.revokedAt === null && typeof d.floodAt === 'number')
    .map((d): FoldReport => ({ source: d.helperId ?? 'recipient', skipped: 'flood', rejected: [] }))
  const skipped = [...flooded, ...useFoldReports(docId).filter((r) => r.skipped !== null && r.skipped !== 'map-not-ready' && r.skipped !== 'flood')]
  const kept = snapshot.inbox.tampering.filter((r) => r.dismissedAt === null)
  if (skipped.length === 0 && kept.length === 0) return null
  const who = (source: string) => snapshot.helpers.find((h) => h.id === source)?.name ?? (source === 'recipient' ? snapshot.circle.recipientName : source)
  /** A flood or an oversized document: the person's phone moves to a fresh document (fold/fresh.ts). */
  const freshStart = (source: string) => {
    const document = liveDocumentOf(snapshot.documents, source === 'recipient' ? null : source)
    if (!document) return
    const result = store.run('document/replace', { docId: document.id, newDocId: newDocumentId(), newKey: newDocumentKey() }, Date.now())
    showNotice(result.ok ? t('people.foldNotes.freshDone', { who: who(source) }) : refusalText(result.problems))
  }
  return (
    <section className="panel attention" aria-labelledby="fold-notes-title">
      <h2 id="fold-notes-title">{t('people.foldNotes.title')}</h2>
      <ul className="plain-list">
        {skipped.map((report) => (
          <li key={report.source}>
            <p>{report.skipped === 'flood' ? t('people.foldNotes.flood', { who: who(report.source) }) : report.skipped === 'too-large' ? t('people.foldNotes.tooLarge', { who: who(report.source) })
              : t('people.foldNotes.skipped', { who: who(report.source), reason: t(`people.foldNotes.reasons.${report.skipped as Exclude<NonNullable<FoldReport['skipped']>, 'flood' | 'too-large'>}`) })}</p>
            {(report.skipped === 'flood' || report.skipped === 'too-large') && (
              <>
                <p className="small muted">{t('people.foldNotes.freshHint', { who: who(report.source) })}</p>
                <button type="button" className="button small" onClick={() => freshStart(report.source)}>{t('people.foldNotes.fresh', { who: who(report.source) })}</button>
              </>
            )}
          </li>
        ))}
      </ul>
      {kept.length > 0 && <p className="small muted">{t('people.foldNotes.kept')}</p>}
      <ul className="plain-list">
        {kept.map((record) => {
          const what = entryOf(record.path, snapshot.needs)
          return (
            <li key={record.id}>
              {t('people.foldNotes.entry', { who: who(record.source), what, reason: record.phrase ?? record.reason })} <span className="small muted">{t('people.foldNotes.seen', { count: record.count, last: when(record.lastAt) })}</span>{' '}
              <button type="button" className="button small quiet" aria-label={t('people.foldNotes.dismissLabel', { what })} onClick={() => store.run('tampering/dismiss', { id: record.id }, Date.now())}>{t('people.foldNotes.dismiss')}</button>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
