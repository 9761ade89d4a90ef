import type { SkipReason } from '../../store'
import { useFoldReports } from '../hooks/useFoldReports'
import type { CircleViewProps } from './CircleScreen'
import { text } from './text'

const t = text.foldNotes

/** Anything a helper's or the recipient's phone sent that Kith would not take in, in words. */
export function FoldNotes({ docId, snapshot }: Pick<CircleViewProps, 'docId' | 'snapshot'>) {
  const reports = useFoldReports(docId).filter((r) => r.skipped !== 'map-not-ready')
  if (reports.length === 0) return null
  const who = (source: string) => snapshot.helpers.find((h) => h.id === source)?.name ?? (source === 'recipient' ? snapshot.circle.recipientName : source)
  return (
    <section className="panel attention" aria-labelledby="fold-notes-title">
      <h2 id="fold-notes-title">{t.title}</h2>
      <ul className="plain-list">
        {reports.map((report) => (
          <li key={report.source}>
            {report.skipped ? t.skipped(who(report.source), t.reasons[report.skipped as SkipReason]) : (
              <>
                {t.rejected(who(report.source), report.rejected.length)}
                <ul className="small">{report.rejected.slice(0, 5).map((r) => <li key={r.path}>{r.reason}</li>)}</ul>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}
