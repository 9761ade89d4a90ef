import { useId, useState, type FormEvent } from 'react'
import { restoreBackup } from '../../sync/backup'
import { BACKUP_FILE_EXTENSION } from '../../sync/messages'
import { showSavedNotice } from '../hooks/notice'
import { navigate } from '../hooks/router'
import { Field } from '../shared/Field'
import { text } from './text'

const t = text.restore

/** On a new or reset phone: a backup file and its passphrase bring a circle back. A problem changes nothing. */
export function RestoreBackup() {
  const titleId = useId()
  const [file, setFile] = useState<File | null>(null)
  const [passphrase, setPassphrase] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function restore(event: FormEvent) {
    event.preventDefault()
    if (!file) return setProblem(t.noFile)
    setBusy(true)
    setProblem(null)
    try {
      const bytes = await file.arrayBuffer().catch(() => null)
      if (!bytes) return setProblem(t.unreadable)
      const result = await restoreBackup(new Uint8Array(bytes), passphrase, Date.now())
      if (!result.ok) return setProblem(t.problems[result.reason])
      showSavedNotice(result.merged ? t.merged(result.label) : t.restored(result.label))
      navigate(`c/${result.docId}/today`)
    } catch {
      setProblem(t.problems.storage)
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="panel" aria-labelledby={titleId}>
      <h2 id={titleId}>{t.title}</h2>
      <p className="hint">{t.intro}</p>
      <form onSubmit={restore} noValidate aria-labelledby={titleId}>
        <Field label={t.file}>
          {({ id }) => <input id={id} type="file" accept={`${BACKUP_FILE_EXTENSION},application/octet-stream`} onChange={(e) => setFile(e.target.files?.[0] ?? null)} />}
        </Field>
        <Field label={t.passphrase} error={problem ?? undefined}>
          {({ id, describedBy, invalid }) => (
            <input id={id} type="password" autoComplete="current-password" aria-describedby={describedBy} aria-invalid={invalid}
              value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
          )}
        </Field>
        <button type="submit" className="button" disabled={busy}>{busy ? t.working : t.submit}</button>
      </form>
    </section>
  )
}
