import Dexie, { type EntityTable } from 'dexie'

/**
 * Device-local data, never synced: which circles this device holds, in which role, with
 * which document ids and keys, and the device's settings.
 */
export type Role = 'coordinator' | 'helper' | 'recipient'

export interface DeviceCircle {
  /** The circle's main document on this device: the map for a coordinator. */
  docId: string
  role: Role
  /** The document's key (room password); lives only here and in invite fragments. */
  key: string
  /** What the list shows; kept here so the list needs no document opened. */
  label: string
  addedAt: number
  lastOpenedAt: number
}

/** What this device last knew of the other side of a document: when it was seen, and its state. */
export interface SyncState {
  docId: string
  lastSeenAt: number
  /** The other device's Yjs state vector, base64: what it had when last seen. */
  remoteStateVector: string
}

export interface Setting {
  key: string
  value: unknown
}

export class KithDeviceDb extends Dexie {
  circles!: EntityTable<DeviceCircle, 'docId'>
  settings!: EntityTable<Setting, 'key'>
  syncStates!: EntityTable<SyncState, 'docId'>

  constructor(name = 'kith-device') {
    super(name)
    this.version(1).stores({
      circles: 'docId, role, lastOpenedAt',
      settings: 'key',
    })
    this.version(2).stores({ syncStates: 'docId' })
  }
}

let instance: KithDeviceDb | null = null
export function deviceDb(): KithDeviceDb {
  instance ??= new KithDeviceDb()
  return instance
}
