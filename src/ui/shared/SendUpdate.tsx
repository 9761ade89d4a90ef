import { useState } from 'react'
import { KITH_FILE_TYPE } from '../../sync/messages'
import { showNotice } from '../hooks/notice'
import { useQrCode } from '../hooks/useQrCode'
import { Field } from './Field'
import { sharedCatalogue } from '../../i18n'
import { saveFile } from './saveFile'

const say = sharedCatalogue.format


/** Kept below what phones' cameras read reliably; longer links go as a link or a file. */
const QR_MAX_CHARS = 2000

/**
 * One update link for one person, in every way a tired person might send it: the phone's own
 * share sheet (with a kind sentence), a copy, a QR code when it fits one, or a `.kith` file.
 */
export function SendUpdate({ link, name, shareText }: { link: string | null; name: string; shareText: (link: string) => string }) {
  const [showQr, setShowQr] = useState(false)
  const qr = useQrCode(link, showQr, 280, QR_MAX_CHARS)
  if (!link) return <p className="muted small">{say('shared.carried.send.preparing')}</p>


  return (
    <div className="send-update">
      <div className="card-actions">
        {typeof navigator.share === 'function' && (
          <button type="button" className="button small primary" onClick={() => navigator.share({ text: shareText(link) }).catch(() => undefined)}>{say('shared.carried.send.share')}</button>
        )}
        <button type="button" className="button small" onClick={() => navigator.clipboard?.writeText(shareText(link)).then(() => showNotice(say('shared.carried.send.copied')), () => undefined)}>{say('shared.carried.send.copy')}</button>
        <button type="button" className="button small" aria-expanded={showQr} onClick={() => setShowQr(!showQr)}>{showQr ? say('shared.carried.send.hideQr') : say('shared.carried.send.showQr')}</button>
        <button type="button" className="button small" onClick={() => saveFile(`${link}\n`, say('shared.carried.send.fileName', { name }), KITH_FILE_TYPE)}>{say('shared.carried.send.file')}</button>
      </div>
      {showQr && qr.kind === 'too-long' && <p className="notice small" role="status">{say('shared.carried.send.qrTooLong')}</p>}
      {showQr && qr.kind === 'image' && <img className="qr" src={qr.src} width={280} height={280} alt={say('shared.carried.send.qrAlt', { name })} />}
      <details className="link-details">
        <summary>{say('shared.carried.send.showLink')}</summary>
        <Field label={say('shared.carried.send.link', { name })} hint={say('shared.carried.send.linkHint')}>
          {({ id, describedBy }) => <textarea id={id} aria-describedby={describedBy} readOnly rows={3} value={link} onFocus={(e) => e.target.select()} />}
        </Field>
      </details>
    </div>
  )
}
