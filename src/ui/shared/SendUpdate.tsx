import { useState } from 'react'
import { KITH_FILE_TYPE } from '../../sync/messages'
import { showNotice } from '../hooks/notice'
import { useQrCode } from '../hooks/useQrCode'
import { Field } from './Field'
import { carriedText } from './textCarried'
import { saveFile } from './saveFile'

const t = carriedText.send

/** Kept below what phones' cameras read reliably; longer links go as a link or a file. */
const QR_MAX_CHARS = 2000

/**
 * One update link for one person, in every way a tired person might send it: the phone's own
 * share sheet (with a kind sentence), a copy, a QR code when it fits one, or a `.kith` file.
 */
export function SendUpdate({ link, name, shareText }: { link: string | null; name: string; shareText: (link: string) => string }) {
  const [showQr, setShowQr] = useState(false)
  const qr = useQrCode(link, showQr, 280, QR_MAX_CHARS)
  if (!link) return <p className="muted small">{t.preparing}</p>


  return (
    <div className="send-update">
      <div className="card-actions">
        {typeof navigator.share === 'function' && (
          <button type="button" className="button small primary" onClick={() => navigator.share({ text: shareText(link) }).catch(() => undefined)}>{t.share}</button>
        )}
        <button type="button" className="button small" onClick={() => navigator.clipboard?.writeText(shareText(link)).then(() => showNotice(t.copied), () => undefined)}>{t.copy}</button>
        <button type="button" className="button small" aria-expanded={showQr} onClick={() => setShowQr(!showQr)}>{showQr ? t.hideQr : t.showQr}</button>
        <button type="button" className="button small" onClick={() => saveFile(`${link}\n`, t.fileName(name), KITH_FILE_TYPE)}>{t.file}</button>
      </div>
      {showQr && qr.kind === 'too-long' && <p className="notice small" role="status">{t.qrTooLong}</p>}
      {showQr && qr.kind === 'image' && <img className="qr" src={qr.src} width={280} height={280} alt={t.qrAlt(name)} />}
      <details className="link-details">
        <summary>{t.showLink}</summary>
        <Field label={t.link(name)} hint={t.linkHint}>
          {({ id, describedBy }) => <textarea id={id} aria-describedby={describedBy} readOnly rows={3} value={link} onFocus={(e) => e.target.select()} />}
        </Field>
      </details>
    </div>
  )
}
