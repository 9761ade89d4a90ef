import { useId, useState, type FormEvent } from 'react'
import { MIN_PASSPHRASE_LENGTH, passphraseStrength } from '../../domain/passphrase'
import { backupCircle } from '../../sync/backup'
import { BACKUP_FILE_TYPE } from '../../sync/messages'
import { showNotice } from '../hooks/notice'
import { useLastBackup } from '../hooks/useLastBackup'
import { saveFile } from '../shared/saveFile'
import { Field, focusFirstInvalid } from '../shared/Field'
import type { CircleViewProps } from './CircleScreen'
import { useText } from '../../i18n'
import { keepingCatalogue } from '../../i18n/catalogues/keeping'

/** "Save a backup": the whole circle in one file, sealed with a passphrase the person chooses. */
export function BackupScreen({ docId }: CircleViewProps) {
  const t = useText(keepingCatalogue)
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
      saveFile(bytes as BlobPart, t('keeping.backup.fileName', { date: new Date(now).toISOString().slice(0, 10) }), BACKUP_FILE_TYPE)
      setPassphrase('')
      setAgain('')
      setTried(false)
      showNotice(t('keeping.backup.saved'))
    } catch {
      showNotice(t('keeping.backup.failed'))
    } finally {
      setBusy(false)
    }
  }

  return (
    <main id="main" className="page">
      <h1>{t('keeping.backup.title')}</h1>
      <p>{t('keeping.backup.intro')}</p>
      <p className="muted">{t('keeping.backup.keepSafe')}</p>
      <p className="small" data-testid="last-backup">
        {last ? t('keeping.backup.last', { when: new Intl.DateTimeFormat(t.locale.tag, { dateStyle: 'medium' }).format(last) }) : last === null ? t('keeping.backup.never') : ''}
      </p>
      <form onSubmit={save} noValidate aria-label={t('keeping.backup.save')}>
        <Field label={t('keeping.backup.passphrase')} hint={t('keeping.backup.passphraseHint')} error={tried && tooShort ? t(`keeping.backup.strength.${'too-short'}`) : undefined}>
          {({ id, describedBy, invalid }) => (
            <input id={id} type={show ? 'text' : 'password'} autoComplete="new-password" aria-describedby={`${describedBy ?? ''} ${strengthId}`.trim()}
              aria-invalid={invalid} value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
          )}
        </Field>
        <p className="small" id={strengthId} aria-live="polite" data-testid="passphrase-strength">{passphrase ? t(`keeping.backup.strength.${strength}`) : ''}</p>
        <Field label={t('keeping.backup.again')} error={tried && !tooShort && mismatch ? t('keeping.backup.mismatch') : undefined}>
          {({ id, describedBy, invalid }) => (
            <input id={id} type={show ? 'text' : 'password'} autoComplete="new-password" aria-describedby={describedBy} aria-invalid={invalid}
              value={again} onChange={(e) => setAgain(e.target.value)} />
          )}
        </Field>
        <label className="check">
          <input type="checkbox" checked={show} onChange={(e) => setShow(e.target.checked)} />
          <span>{t('keeping.backup.show')}</span>
        </label>
        <button type="submit" className="button primary block" disabled={busy}>{busy ? t('keeping.backup.saving') : t('keeping.backup.save')}</button>
      </form>
    </main>
  )
}
