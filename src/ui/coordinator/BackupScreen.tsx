import { useId, useState, type FormEvent } from 'react'
import { MIN_PASSPHRASE_LENGTH, passphraseStrength } from '../../domain/passphrase'
import { backupCircle } from '../../sync/backup'
import { BACKUP_FILE_TYPE } from '../../sync/messages'
import { showNotice } from '../hooks/notice'
import { useLastBackup } from '../hooks/useLastBackup'
import { saveFile } from '../shared/saveFile'
import { Field, focusFirstInvalid } from '../shared/Field'
import type { CircleViewProps } from './CircleScreen'
import { text } from './text'

const t = text.backup

/** "Save a backup": the whole circle in one file, sealed with a passphrase the person chooses. */
export function BackupScreen({ docId }: CircleViewProps) {
  const strengthId = useId()
  const last = useLastBackup(docId)
  const [passphrase, setPassphrase] = useState('')
  const [again, setAgain] = useState('')
  const [show, setShow] = useState(false)
  const [tried, setTried] = useState(false)
  const [busy, setBusy] = useState(false)
  const strength = passphraseStrength(passphrase)
  const tooShort = passphrase.length < MIN_PASSPHRASE_LENGTH
  const mismatch = again !== passphrase

  async function save(event: FormEvent) {
    event.preventDefault()
    setTried(true)
    if (tooShort || mismatch) return focusFirstInvalid()
    setBusy(true)
    try {
      const now = Date.now()
      const bytes = await backupCircle(docId, passphrase, now)
      saveFile(bytes as BlobPart, t.fileName(new Date(now).toISOString().slice(0, 10)), BACKUP_FILE_TYPE)
      setPassphrase('')
      setAgain('')
      setTried(false)
      showNotice(t.saved)
    } catch {
      showNotice(t.failed)
    } finally {
      setBusy(false)
    }
  }

  return (
    <main id="main" className="page">
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <p className="muted">{t.keepSafe}</p>
      <p className="small" data-testid="last-backup">
        {last ? t.last(new Date(last).toLocaleDateString(undefined, { dateStyle: 'medium' })) : last === null ? t.never : ''}
      </p>
      <form onSubmit={save} noValidate aria-label={t.save}>
        <Field label={t.passphrase} hint={t.passphraseHint} error={tried && tooShort ? t.strength['too-short'] : undefined}>
          {({ id, describedBy, invalid }) => (
            <input id={id} type={show ? 'text' : 'password'} autoComplete="new-password" aria-describedby={`${describedBy ?? ''} ${strengthId}`.trim()}
              aria-invalid={invalid} value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
          )}
        </Field>
        <p className="small" id={strengthId} aria-live="polite" data-testid="passphrase-strength">{passphrase ? t.strength[strength] : ''}</p>
        <Field label={t.again} error={tried && !tooShort && mismatch ? t.mismatch : undefined}>
          {({ id, describedBy, invalid }) => (
            <input id={id} type={show ? 'text' : 'password'} autoComplete="new-password" aria-describedby={describedBy} aria-invalid={invalid}
              value={again} onChange={(e) => setAgain(e.target.value)} />
          )}
        </Field>
        <label className="check">
          <input type="checkbox" checked={show} onChange={(e) => setShow(e.target.checked)} />
          <span>{t.show}</span>
        </label>
        <button type="submit" className="button primary block" disabled={busy}>{busy ? t.saving : t.save}</button>
      </form>
    </main>
  )
}
