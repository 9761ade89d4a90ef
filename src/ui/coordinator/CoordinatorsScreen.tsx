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
import { useText } from '../../i18n'
import { keepingCatalogue } from '../../i18n/catalogues/keeping'
import { refusalText } from './refusals'

/**
 * Coordinators (issue 15): who coordinates the circle, on which devices; a coordinator link for
 * another one; update links between them; the lead role, handed over; removing a device.
 */
export function CoordinatorsScreen({ docId, store, snapshot }: CircleViewProps) {
  const t = useText(keepingCatalogue)
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
      showNotice(t('keeping.coordinators.inviteFailed'))
    }
  }

  return (
    <main id="main" className="page">
      <h1>{t('keeping.coordinators.title')}</h1>
      <p className="muted">{t('keeping.coordinators.intro')}</p>
      {unnamed && <NameThisDevice docId={docId} store={store} onDone={() => device?.reread()} />}
      {devices.length === 0 ? <p className="empty">{t('keeping.coordinators.none')}</p> : (
        <ul className="card-list" aria-label={t('keeping.coordinators.listLabel')}>
          {devices.map((d) => (
            <DeviceCard key={d.id} docId={docId} store={store} device={d} lead={snapshot.circle.leadDeviceId === d.id} ownDeviceId={device?.deviceId ?? null} />
          ))}
        </ul>
      )}
      <KeyChangePanel docId={docId} snapshot={snapshot} />
      <section className="panel" aria-labelledby="invite-coordinator">
        <h2 id="invite-coordinator">{t('keeping.coordinators.inviteTitle')}</h2>
        <p className="hint">{t('keeping.coordinators.inviteHint')}</p>
        {link === null
          ? <button type="button" className="button" onClick={invite}>{t('keeping.coordinators.invite')}</button>
          : <SendUpdate link={link} name={t('keeping.coordinators.linkName')} shareText={(l) => t('keeping.coordinators.share', { name: inviter, link: l })} />}
      </section>
      {devices.length > 1 && device?.key && <MapUpdates docId={docId} mapKey={device.key} />}
    </main>
  )
}

function NameThisDevice({ docId, store, onDone }: Pick<CircleViewProps, 'docId' | 'store'> & { onDone: () => void }) {
  const t = useText(keepingCatalogue)
  const [name, setName] = useState('')
  const [tried, setTried] = useState(false)
  async function submit(event: FormEvent) {
    event.preventDefault()
    setTried(true)
    if (!name.trim()) return
    const result = await registerThisDevice(docId, store, name.trim(), Date.now())
    if (!result.ok) return showNotice(refusalText(result.problems))
    onDone()
    showSavedNotice(t('keeping.coordinators.joined', { name: name.trim() }))
  }
  return (
    <section className="panel" aria-labelledby="name-device">
      <h2 id="name-device">{t('keeping.coordinators.nameTitle')}</h2>
      <form onSubmit={submit} noValidate aria-labelledby="name-device">
        <Field label={t('keeping.coordinators.name')} hint={t('keeping.coordinators.nameHint')} error={tried && !name.trim() ? t('keeping.coordinators.nameNeeded') : undefined}>
          {({ id, describedBy, invalid }) => (
            <input id={id} autoComplete="name" aria-describedby={describedBy} aria-invalid={invalid} value={name} onChange={(e) => setName(e.target.value)} />
          )}
        </Field>
        <button type="submit" className="button primary">{t('keeping.coordinators.join')}</button>
      </form>
    </section>
  )
}

function DeviceCard({ docId, store, device, lead, ownDeviceId }: Pick<CircleViewProps, 'docId' | 'store'> & { device: CoordinatorDevice; lead: boolean; ownDeviceId: string | null }) {
  const t = useText(keepingCatalogue)
  const [contact, setContact] = useState('')
  const here = device.id === ownDeviceId
  function handOver(event: FormEvent) {
    event.preventDefault()
    const result = store.run('coordinator/hand-over', { deviceId: device.id, contact: contact.trim() }, Date.now())
    if (result.ok) showSavedNotice(t('keeping.coordinators.handedOver', { name: device.name }))
    else showNotice(refusalText(result.problems))
  }
  async function remove() {
    if (ownDeviceId === null || !window.confirm(t('keeping.coordinators.removeConfirm', { name: device.name }))) return
    // The removal and the map's move to new keys (sync/mapRooms.ts).
    const result = await removeCoordinatorDevice(docId, store, device.id, ownDeviceId, Date.now())
    if (!result.ok) return showNotice(refusalText(result.problems))
    showSavedNotice(t('keeping.coordinators.removed', { name: device.name }))
    if (result.unsealed.length > 0) showNotice(t('keeping.coordinators.unsealed', { names: result.unsealed.join(', ') }))
  }
  return (
    <li className="card" aria-label={device.name}>
      <span className="card-title">{device.name}{here ? ` · ${t('keeping.coordinators.thisDevice')}` : ''}</span>
      {lead && <p className="small">{t('keeping.coordinators.lead')}</p>}
      {!lead && (
        <details>
          <summary>{t('keeping.coordinators.makeLead', { name: device.name })}</summary>
          <form onSubmit={handOver} aria-label={t('keeping.coordinators.makeLead', { name: device.name })}>
            <Field label={t('keeping.coordinators.leadContact', { name: device.name })} hint={t('keeping.coordinators.leadContactHint')}>
              {({ id, describedBy }) => <input id={id} aria-describedby={describedBy} value={contact} onChange={(e) => setContact(e.target.value)} />}
            </Field>
            <button type="submit" className="button primary">{t('keeping.coordinators.makeLead', { name: device.name })}</button>
          </form>
        </details>
      )}
      {!lead && !here && ownDeviceId !== null && (
        <>
          <button type="button" className="button small" onClick={remove}>{t('keeping.coordinators.remove', { name: device.name })}</button>
          <p className="hint">{t('keeping.coordinators.removeHint')}</p>
        </>
      )}
    </li>
  )
}

/** What the other coordinator devices are missing, and the update link that carries it. */
function MapUpdates({ docId, mapKey }: { docId: string; mapKey: string }) {
  const t = useText(keepingCatalogue)
  const sendable = useSendable(docId, mapKey, 'map', 'coordinator')
  const sync = sendable?.sync
  return (
    <section className="panel" aria-labelledby="map-updates">
      <h2 id="map-updates">{t('keeping.coordinators.updatesTitle')}</h2>
      <p className="hint">{t('keeping.coordinators.updatesHint')}</p>
      <p className="small" data-testid="coordinator-sync">
        {sync?.online ? t('keeping.coordinators.online') : sync?.lastSeenAt ? t('keeping.coordinators.lastSynced', { when: relative(sync.lastSeenAt, Date.now()) }) : t('keeping.coordinators.neverSynced')}{' '}
        {sync && sync.lastSeenAt !== null && (sync.waiting ? t('keeping.coordinators.waiting') : t('keeping.coordinators.upToDate'))}
      </p>
      <SendUpdate link={sendable?.link ?? null} name={t('keeping.coordinators.linkName')} shareText={(l) => l} />
    </section>
  )
}
