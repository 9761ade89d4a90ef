import { useId, useState, type FormEvent } from 'react'
import { BACKUP_FILE_EXTENSION } from '../../sync/messages'
import { showSavedNotice } from '../hooks/notice'
import { navigate } from '../hooks/router'
import { Field } from '../shared/Field'
import { useText } from '../../i18n'
import { keepingCatalogue } from '../../i18n/catalogues/keeping'

/** On a new or reset phone: a backup file and its passphrase bring a circle back. A problem changes nothing. */
export function RestoreBackup() {
  const t = useText(keepingCatalogue)
  const titleId = useId()
  const [file, setFile] = useState<File | null>(null)
  const [passphrase, setPassphrase] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function restore(event: FormEvent) {
    event.preventDefault()
    if (!file) return setProblem(t('keeping.restore.noFile'))
    setBusy(true)
    setProblem(null)
    try {
      const bytes = await file.arrayBuffer().catch(() => null)
      if (!bytes) return setProblem(t('keeping.restore.unreadable'))
      // Opening a backup needs Yjs and the store: loaded when one is restored, not with the start page.
      const { restoreBackup } = await import('../../sync/backup')
      const result = await restoreBackup(new Uint8Array(bytes), passphrase, Date.now())
      if (!result.ok) return setProblem(t(`keeping.restore.problems.${result.reason}`))
      showSavedNotice(result.merged ? t('keeping.restore.merged', { name: result.label }) : t('keeping.restore.restored', { name: result.label }))
      navigate(`c/${result.docId}/today`)
    } catch {
      setProblem(t('keeping.restore.problems.storage'))
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="panel" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('keeping.restore.title')}</h2>
      <p className="hint">{t('keeping.restore.intro')}</p>
      <form onSubmit={restore} noValidate aria-labelledby={titleId}>
        <Field label={t('keeping.restore.file')}>
          {({ id }) => <input id={id} type="file" accept={`${BACKUP_FILE_EXTENSION},application/octet-stream`} onChange={(e) => setFile(e.target.files?.[0] ?? null)} />}
        </Field>
        <Field label={t('keeping.restore.passphrase')} error={problem ?? undefined}>
          {({ id, describedBy, invalid }) => (
            <input id={id} type="password" autoComplete="current-password" aria-describedby={describedBy} aria-invalid={invalid}
              value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
          )}
        </Field>
        <button type="submit" className="button" disabled={busy}>{busy ? t('keeping.restore.working') : t('keeping.restore.submit')}</button>
      </form>
    </section>
  )
}
