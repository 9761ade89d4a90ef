import { useEffect, useState, type FormEvent } from 'react'
import {
  iceLine, isSignalingUrl, loadConnectionSettings, parseIceLine, saveIceServers, saveLiveSync, saveRelayOnly, saveSignalingServers,
  type ConnectionSettings,
} from '../../sync/signaling'
import { href } from '../hooks/router'
import { useText } from '../../i18n'
import { settingsCatalogue } from '../../i18n/catalogues/settings'
import { Field } from './Field'
import { LanguageSetting } from './LanguageSetting'
import { StorageSettings } from './StorageSettings'

/** Device-local settings: live sync and the servers it uses (the only outside connections), and storage. */
export function DeviceSettings() {
  const t = useText(settingsCatalogue)
  const [current, setCurrent] = useState<ConnectionSettings | null>(null)
  const reload = () => loadConnectionSettings().then(setCurrent)
  useEffect(() => {
    void reload()
  }, [])

  return (
    <main id="main" className="page">
      <a className="back-link" href={href('')}>← {t('settings.back')}</a>
      <h1>{t('settings.title')}</h1>
      <LanguageSetting />
      {current && <LiveSync current={current} onSaved={reload} />}
      <SignalingServers current={current} onSaved={reload} />
      {current && <IceServers current={current} onSaved={reload} />}
      <StorageSettings />
    </main>
  )
}

function LiveSync({ current, onSaved }: { current: ConnectionSettings; onSaved: () => Promise<void> }) {
  const t = useText(settingsCatalogue)
  const [message, setMessage] = useState<string | null>(null)
  const [live, setLive] = useState(current.live)
  const change = (next: boolean) => {
    setLive(next)
    setMessage(null)
    saveLiveSync(next).then(onSaved).then(() => setMessage(t('settings.liveSaved')), () => setMessage(t('settings.liveFailed')))
  }
  return (
    <section className="panel" aria-labelledby="live-title">
      <h2 id="live-title">{t('settings.liveTitle')}</h2>
      <label className="check">
        <input type="checkbox" checked={live} aria-describedby="live-hint" onChange={(e) => change(e.target.checked)} />
        <span>{t('settings.live')}</span>
      </label>
      <p className="hint" id="live-hint">{t('settings.liveHint')}</p>
      {message && <p role="status" className="small">{message}</p>}
    </section>
  )
}

function SignalingServers({ current, onSaved }: { current: ConnectionSettings | null; onSaved: () => Promise<void> }) {
  const t = useText(settingsCatalogue)
  const [draft, setDraft] = useState('')
  const [message, setMessage] = useState<string | null>(null)
  const [loaded, setLoaded] = useState(false)
  useEffect(() => {
    if (!current || loaded) return
    setLoaded(true)
    if (current.signalingSource === 'device') setDraft(current.signaling.join('\n'))
  }, [current, loaded])

  async function save(event: FormEvent) {
    event.preventDefault()
    const lines = draft.split('\n').map((line) => line.trim()).filter(Boolean)
    const bad = lines.find((line) => !isSignalingUrl(line))
    if (bad) return setMessage(t('settings.invalid', { line: bad }))
    await saveSignalingServers(lines)
    await onSaved()
    setMessage(t('settings.saved'))
  }

  return (
    <section className="panel" aria-labelledby="signaling-title">
      <h2 id="signaling-title">{t('settings.signalingTitle')}</h2>
      <p>{t('settings.signalingIntro')}</p>
      {current && (
        <>
          <p className="small">{t('settings.current', { source: t(`settings.sources.${current.signalingSource}`) })}</p>
          <ul className="plain-list small">{current.signaling.map((server) => <li key={server}><code>{server}</code></li>)}</ul>
        </>
      )}
      <form onSubmit={save} noValidate>
        <Field label={t('settings.servers')} hint={t('settings.serversHint')}>
          {({ id, describedBy }) => <textarea id={id} aria-describedby={describedBy} rows={3} value={draft} onChange={(e) => setDraft(e.target.value)} />}
        </Field>
        {message && <p role="status" className="small">{message}</p>}
        <button type="submit" className="button">{t('settings.save')}</button>
      </form>
    </section>
  )
}

function IceServers({ current, onSaved }: { current: ConnectionSettings; onSaved: () => Promise<void> }) {
  const t = useText(settingsCatalogue)
  const own = current.iceSource === 'device'
  const [draft, setDraft] = useState(own ? current.iceServers.map(iceLine).join('\n') : '')
  const [none, setNone] = useState(own && current.iceServers.length === 0)
  const [relayOnly, setRelayOnly] = useState(current.relayOnly)
  const [message, setMessage] = useState<string | null>(null)

  async function save(event: FormEvent) {
    event.preventDefault()
    const lines = draft.split('\n').map((line) => line.trim()).filter(Boolean)
    const servers = lines.map(parseIceLine)
    const bad = lines.find((_, i) => servers[i] === null)
    if (bad && !none) return setMessage(t('settings.iceInvalid', { line: bad }))
    await saveIceServers(none ? [] : lines.length > 0 ? servers.filter((s) => s !== null) : null)
    await saveRelayOnly(relayOnly)
    await onSaved()
    setMessage(t('settings.saved'))
  }

  return (
    <section className="panel" aria-labelledby="ice-title">
      <h2 id="ice-title">{t('settings.iceTitle')}</h2>
      <p>{t('settings.iceIntro')}</p>
      <p className="small">{t('settings.iceCurrent', { source: t(`settings.sources.${current.iceSource}`) })}</p>
      {current.iceServers.length === 0 ? <p className="small">{t('settings.iceNone')}</p> : (
        <ul className="plain-list small">{current.iceServers.map((server) => <li key={server.urls}><code>{server.urls}</code></li>)}</ul>
      )}
      <form onSubmit={save} noValidate>
        <label className="check">
          <input type="checkbox" checked={none} onChange={(e) => setNone(e.target.checked)} />
          <span>{t('settings.iceNoServers')}</span>
        </label>
        {!none && (
          <Field label={t('settings.iceServers')} hint={t('settings.iceHint')}>
            {({ id, describedBy }) => <textarea id={id} aria-describedby={describedBy} rows={3} value={draft} onChange={(e) => setDraft(e.target.value)} />}
          </Field>
        )}
        <label className="check">
          <input type="checkbox" checked={relayOnly} aria-describedby="relay-hint" onChange={(e) => setRelayOnly(e.target.checked)} />
          <span>{t('settings.relayOnly')}</span>
        </label>
        <p className="hint" id="relay-hint">{t('settings.relayOnlyHint')}</p>
        {message && <p role="status" className="small">{message}</p>}
        <button type="submit" className="button">{t('settings.iceSave')}</button>
      </form>
    </section>
  )
}
