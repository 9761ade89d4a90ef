import type { CircleViewProps } from './CircleScreen'
import { text } from './text'

const t = text.inbox

/** "Please stop / I need some quiet" from the recipient: shown at once, on every screen, until seen. */
export function PleaseStopBanner({ store, snapshot }: Pick<CircleViewProps, 'store' | 'snapshot'>) {
  const unseen = snapshot.inbox.pleaseStop.filter((p) => p.acknowledgedAt === null)
  if (unseen.length === 0) return null
  return (
    <section className="please-stop" role="alert" aria-label={t.pleaseStop(snapshot.circle.recipientName)}>
      <p><strong>{t.pleaseStop(snapshot.circle.recipientName)}</strong></p>
      {unseen.map((p) => p.note && <p key={p.id}>{t.pleaseStopNote(p.note)}</p>)}
      <p className="small">{t.pleaseStopHint}</p>
      <button type="button" className="button small" onClick={() => unseen.forEach((p) => store.run('please-stop/acknowledge', { id: p.id }, Date.now()))}>
        {t.seen}
      </button>
    </section>
  )
}
