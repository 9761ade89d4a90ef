import { useEffect, useState, type FormEvent } from 'react'
import { isSignalingUrl, loadSignalingSettings, saveSignalingServers, type SignalingSettings } from '../../sync/signaling'
import { requestPersistentStorage } from '../../sync/persistence'
import { href } from '../hooks/router'
import { text } from '../coordinator/text'
import { Field } from './Field'

const t = text.settings

/** Device-local settings: the signaling servers (the one third-party connection) and storage. */
export function DeviceSettings() {
  const [current, setCurrent] = useState<SignalingSettings | null>(null)
  const [draft, setDraft] = useState('')
  const [message, setMessage] = useState<string | null>(null)
  const [persisted, setPersisted] = useState<boolean | null>(null)
  useEffect(() => {
    loadSignalingSettings().then((settings) => {
      setCurrent(settings)
      if (settings.source === 'device') setDraft(settings.servers.join('\n'))
    })
    requestPersistentStorage().then(setPersisted)
  }, [])

  async function save(event: FormEvent) {
    event.preventDefault()
    const lines = draft.split('\n').map((line) => line.trim()).filter(Boolean)
    const bad = lines.find((line) => !isSignalingUrl(line))
    if (bad) return setMessage(t.invalid(bad))
    await saveSignalingServers(lines)
    setCurrent(await loadSignalingSettings())
    setMessage(t.saved)
  }

  return (
    <main id="main" className="page">
      <a className="back-link" href={href('')}>← {t.back}</a>
      <h1>{t.title}</h1>
      <section className="panel" aria-labelledby="signaling-title">
        <h2 id="signaling-title">{t.signalingTitle}</h2>
        <p>{t.signalingIntro}</p>
        {current && (
          <>
            <p className="small">{t.current(t.sources[current.source])}</p>
            <ul className="plain-list small">{current.servers.map((server) => <li key={server}><code>{server}</code></li>)}</ul>
          </>
        )}
        <form onSubmit={save} noValidate>
          <Field label={t.servers} hint={t.serversHint}>
            {({ id, describedBy }) => <textarea id={id} aria-describedby={describedBy} rows={3} value={draft} onChange={(e) => setDraft(e.target.value)} />}
          </Field>
          {message && <p role="status" className="small">{message}</p>}
          <button type="submit" className="button">{t.save}</button>
        </form>
      </section>
      <section className="panel" aria-labelledby="storage-title">
        <h2 id="storage-title">{t.storageTitle}</h2>
        <p className="muted">{persisted ? t.persisted : t.notPersisted}</p>
      </section>
    </main>
  )
}
