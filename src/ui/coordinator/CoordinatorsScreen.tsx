import { useState, type FormEvent } from 'react'
import { activeCoordinatorDevices, type CoordinatorDevice } from '../../store'
import { coordinatorLink, registerThisDevice } from '../../sync/coordinatorDevices'
import { removeCoordinatorDevice } from '../../sync/mapRooms'
import { showNotice, showSavedNotice } from '../hooks/notice'
import { useSendable } from '../hooks/useSendable'
import { useThisDevice } from '../hooks/useThisDevice'
import { Field } from '../shared/Field'
import { firstName } from '../shared/RoleShell'
import { SendUpdate } from '../shared/SendUpdate'
import type { CircleViewProps } from './CircleScreen'
import { relative } from './InvitePanel'
import { KeyChangePanel } from './KeyChangePanel'
import { text } from './text'

const t = text.coordinators

/**
 * Coordinators (issue 15): who coordinates the circle, on which devices; a coordinator link for
 * another one; update links between them; the lead role, handed over; removing a device.
 */
export function CoordinatorsScreen({ docId, store, snapshot }: CircleViewProps) {
  const device = useThisDevice(docId)
  const devices = activeCoordinatorDevices(snapshot.coordinatorDevices)
  const [link, setLink] = useState<string | null>(null)
  const inviter = firstName(snapshot.circle.coordinator.name) || snapshot.circle.coordinator.name
  const unnamed = device !== undefined && devices.length > 0 && !devices.some((d) => d.id === device.deviceId)

  async function invite() {
    try {
      setLink(await coordinatorLink(location.href, docId, store, Date.now()))
      device?.reread()
    } catch {
      showNotice(t.inviteFailed)
    }
  }

  return (
    <main id="main" className="page">
      <h1>{t.title}</h1>
      <p className="muted">{t.intro}</p>
      {unnamed && <NameThisDevice docId={docId} store={store} onDone={() => device?.reread()} />}
      {devices.length === 0 ? <p className="empty">{t.none}</p> : (
        <ul className="card-list" aria-label={t.listLabel}>
          {devices.map((d) => (
            <DeviceCard key={d.id} docId={docId} store={store} device={d} lead={snapshot.circle.leadDeviceId === d.id} ownDeviceId={device?.deviceId ?? null} />
          ))}
        </ul>
      )}
      <KeyChangePanel docId={docId} snapshot={snapshot} />
      <section className="panel" aria-labelledby="invite-coordinator">
        <h2 id="invite-coordinator">{t.inviteTitle}</h2>
        <p className="hint">{t.inviteHint}</p>
        {link === null
          ? <button type="button" className="button" onClick={invite}>{t.invite}</button>
          : <SendUpdate link={link} name={t.linkName} shareText={(l) => t.share(inviter, l)} />}
      </section>
      {devices.length > 1 && device?.key && <MapUpdates docId={docId} mapKey={device.key} />}
    </main>
  )
}

function NameThisDevice({ docId, store, onDone }: Pick<CircleViewProps, 'docId' | 'store'> & { onDone: () => void }) {
  const [name, setName] = useState('')
  const [tried, setTried] = useState(false)
  async function submit(event: FormEvent) {
    event.preventDefault()
    setTried(true)
    if (!name.trim()) return
    const result = await registerThisDevice(docId, store, name.trim(), Date.now())
    if (!result.ok) return showNotice(result.problems.map((p) => p.message).join(' '))
    onDone()
    showSavedNotice(t.joined(name.trim()))
  }
  return (
    <section className="panel" aria-labelledby="name-device">
      <h2 id="name-device">{t.nameTitle}</h2>
      <form onSubmit={submit} noValidate aria-labelledby="name-device">
        <Field label={t.name} hint={t.nameHint} error={tried && !name.trim() ? t.nameNeeded : undefined}>
          {({ id, describedBy, invalid }) => (
            <input id={id} autoComplete="name" aria-describedby={describedBy} aria-invalid={invalid} value={name} onChange={(e) => setName(e.target.value)} />
          )}
        </Field>
        <button type="submit" className="button primary">{t.join}</button>
      </form>
    </section>
  )
}

function DeviceCard({ docId, store, device, lead, ownDeviceId }: Pick<CircleViewProps, 'docId' | 'store'> & { device: CoordinatorDevice; lead: boolean; ownDeviceId: string | null }) {
  const [contact, setContact] = useState('')
  const here = device.id === ownDeviceId
  function handOver(event: FormEvent) {
    event.preventDefault()
    const result = store.run('coordinator/hand-over', { deviceId: device.id, contact: contact.trim() }, Date.now())
    if (result.ok) showSavedNotice(t.handedOver(device.name))
    else showNotice(result.problems.map((p) => p.message).join(' '))
  }
  async function remove() {
    if (ownDeviceId === null || !window.confirm(t.removeConfirm(device.name))) return
    // The removal and the map's move to new keys (sync/mapRooms.ts).
    const result = await removeCoordinatorDevice(docId, store, device.id, ownDeviceId, Date.now())
    if (!result.ok) return showNotice(result.problems.map((p) => p.message).join(' '))
    showSavedNotice(t.removed(device.name))
    if (result.unsealed.length > 0) showNotice(t.unsealed(result.unsealed.join(', ')))
  }
  return (
    <li className="card" aria-label={device.name}>
      <span className="card-title">{device.name}{here ? ` · ${t.thisDevice}` : ''}</span>
      {lead && <p className="small">{t.lead}</p>}
      {!lead && (
        <details>
          <summary>{t.makeLead(device.name)}</summary>
          <form onSubmit={handOver} aria-label={t.makeLead(device.name)}>
            <Field label={t.leadContact(device.name)} hint={t.leadContactHint}>
              {({ id, describedBy }) => <input id={id} aria-describedby={describedBy} value={contact} onChange={(e) => setContact(e.target.value)} />}
            </Field>
            <button type="submit" className="button primary">{t.makeLead(device.name)}</button>
          </form>
        </details>
      )}
      {!lead && !here && ownDeviceId !== null && (
        <>
          <button type="button" className="button small" onClick={remove}>{t.remove(device.name)}</button>
          <p className="hint">{t.removeHint}</p>
        </>
      )}
    </li>
  )
}

/** What the other coordinator devices are missing, and the update link that carries it. */
function MapUpdates({ docId, mapKey }: { docId: string; mapKey: string }) {
  const sendable = useSendable(docId, mapKey, 'map', 'coordinator')
  const sync = sendable?.sync
  return (
    <section className="panel" aria-labelledby="map-updates">
      <h2 id="map-updates">{t.updatesTitle}</h2>
      <p className="hint">{t.updatesHint}</p>
      <p className="small" data-testid="coordinator-sync">
        {sync?.online ? t.online : sync?.lastSeenAt ? t.lastSynced(relative(sync.lastSeenAt, Date.now())) : t.neverSynced}{' '}
        {sync && sync.lastSeenAt !== null && (sync.waiting ? t.waiting : t.upToDate)}
      </p>
      <SendUpdate link={sendable?.link ?? null} name={t.linkName} shareText={(l) => l} />
    </section>
  )
}
