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
  /** While the document's key is being replaced (sync/keyRotation.ts): the offered key, not in use yet. */
  nextKey?: string | null
  /** While the document's key is being replaced: the key before, kept only to open old links. */
  previousKey?: string | null
  /** What the list shows; kept here so the list needs no document opened. */
  label: string
  addedAt: number
  lastOpenedAt: number
  /** On a coordinator's device, once the circle has several: this device's id among them (store/schema/coordinatorDevice.ts). */
  deviceId?: string
  /**
   * Set when the support has ended, as this device last saw its document (the list opens no
   * document): Home marks the circle ended and shows a follow-up when its day comes. Absent or
   * null while it runs.
   */
  ending?: CircleEnding | null
  /**
   * On the recipient's document of a circle the person started for themselves: the map this
   * device coordinated it with (sync/ownView.ts). While that map is listed here as coordinator,
   * the coordinator's side syncs this document; once it has gone (handed to a friend), this
   * entry is an ordinary recipient's phone.
   */
  ownMapDocId?: string
  /** True while the whole circle rests ("the map stays ready"), as this device last saw it; Home marks it. */
  resting?: boolean
  /**
   * This device's own ECDH key pair for the circle (sync/sealing.ts): its public half is in the
   * document (the map's device entry, or a person's `keys`), so a new key can be sealed for this
   * device alone. The private half never leaves this database.
   */
  sealing?: { publicKey: string; privateKey: JsonWebKey }
  /**
   * On a coordinator's device, the map's rooms it left when the map moved to a new key (issue 15):
   * each served with a copy of the map as it was when this device left (its own document,
   * `docId`), so a device still on the old key learns where the map went, or that it was removed.
   */
  signposts?: Signpost[]
}

export interface Signpost {
  docId: string
  room: string
  key: string
}

export interface CircleEnding {
  /** The follow-up days the coordinator asked for (none on a helper's or the recipient's phone). */
  followUps: { oneMonth: string | null; threeMonths: string | null }
  /** The recipient's time zone, in which those days are counted. */
  timeZone: string
}

/**
 * What this device knows of the other side of a document: when it was last heard from (live or
 * by a carried update), and what it holds. Also what arrived by link before an earlier update.
 */
export interface SyncState {
  docId: string
  /** When the other side was last heard from; null when only a held-back update is stored. */
  lastSeenAt: number | null
  /** The other side's Yjs snapshot (state vector and delete set), base64url. */
  remoteSnapshot?: string
  /** Before Kith knew delete sets: the other device's state vector, base64. Read, never written. */
  remoteStateVector?: string
  /** Carried updates that wait for an earlier one (Yjs v2, base64url): y-indexeddb does not keep them. */
  pendingUpdate?: string
}

/**
 * A document this device was removed from (a helper whose part ended, a closed recipient's
 * phone): only its random id and when, so a later start can say so kindly, and an old
 * invitation link in the browser's history cannot bring the circle back. Nothing else is kept.
 */
export interface RemovedDoc {
  docId: string
  removedAt: number
}

export interface Setting {
  key: string
  value: unknown
}

export class KithDeviceDb extends Dexie {
  circles!: EntityTable<DeviceCircle, 'docId'>
  settings!: EntityTable<Setting, 'key'>
  syncStates!: EntityTable<SyncState, 'docId'>
  removedDocs!: EntityTable<RemovedDoc, 'docId'>

  constructor(name = 'kith-device') {
    // Strict: a write resolves only once it is on disk. A circle the screen has shown must be on
    // the list after the browser is killed a moment later (relaxed writes were lost that way).
    super(name, { chromeTransactionDurability: 'strict' })
    this.version(1).stores({
      circles: 'docId, role, lastOpenedAt',
      settings: 'key',
    })
    this.version(2).stores({ syncStates: 'docId' })
    this.version(3).stores({ removedDocs: 'docId' })
  }
}

let instance: KithDeviceDb | null = null
export function deviceDb(): KithDeviceDb {
  instance ??= new KithDeviceDb()
  return instance
}
