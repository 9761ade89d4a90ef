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

/**
 * The device database on plain IndexedDB: `kith-device`, laid out as Dexie made it when Kith used
 * Dexie (its version 3 is IndexedDB's 30: Dexie multiplies by ten), so a list stored by an earlier
 * Kith opens unchanged and an earlier Kith in another tab still opens a list made here. A handful
 * of rows needs no query language: each read or write is one transaction on one store.
 *
 * Every write is `durability: 'strict'` and resolves only once its transaction is complete: a
 * circle the screen has shown must be on the list after the browser is killed a moment later
 * (relaxed writes were lost that way).
 */
const NAME = 'kith-device'
/** Dexie's version 3 (circles and settings, then syncStates, then removedDocs), as IndexedDB numbers it. */
const VERSION = 30
const STORES = {
  circles: { keyPath: 'docId', indexes: ['role', 'lastOpenedAt'] },
  settings: { keyPath: 'key', indexes: [] },
  syncStates: { keyPath: 'docId', indexes: [] },
  removedDocs: { keyPath: 'docId', indexes: [] },
} as const
type StoreName = keyof typeof STORES

export class DeviceTable<T extends object> {
  constructor(private readonly connect: () => Promise<IDBDatabase>, private readonly name: StoreName) {}

  async get(key: string): Promise<T | undefined> {
    return this.run('readonly', (store, done) => request(store.get(key), (value) => done(value as T | undefined)))
  }

  async toArray(): Promise<T[]> {
    return this.run('readonly', (store, done) => request(store.getAll(), (values) => done(values as T[])))
  }

  async put(value: T): Promise<void> {
    return this.run('readwrite', (store, done) => request(store.put(value), () => done()))
  }

  async delete(key: string): Promise<void> {
    return this.run('readwrite', (store, done) => request(store.delete(key), () => done()))
  }

  /**
   * Reads the row and writes what `change` makes of it, in one transaction (two tabs changing
   * one row at once each see the other's write); `undefined` writes nothing. Resolves with the
   * row as it is afterwards.
   */
  async modify(key: string, change: (current: T | undefined) => T | undefined): Promise<T | undefined> {
    return this.run('readwrite', (store, done) => request(store.get(key), (current) => {
      const next = change(current as T | undefined)
      if (next === undefined) return done(current as T | undefined)
      request(store.put(next), () => done(next))
    }))
  }

  /** Changes some fields of a row that exists (as Dexie's `update`: a field given as undefined is removed). */
  async update(key: string, changes: Partial<T>): Promise<void> {
    await this.modify(key, (current) => {
      if (current === undefined) return undefined
      const next: Record<string, unknown> = { ...(current as Record<string, unknown>) }
      for (const [field, value] of Object.entries(changes)) {
        if (value === undefined) delete next[field]
        else next[field] = value
      }
      return next as T
    })
  }

  /** Resolves with what `work` handed to `done` once the transaction is complete (a write: on disk). */
  private async run<R>(mode: IDBTransactionMode, work: (store: IDBObjectStore, done: (result: R) => void) => void, again = true): Promise<R> {
    const db = await this.connect()
    let tx: IDBTransaction
    try {
      tx = db.transaction(this.name, mode, { durability: mode === 'readwrite' ? 'strict' : 'default' })
    } catch (error) {
      // The connection closed in between (another tab deleted or upgraded the database): once more on a new one.
      if (again && error instanceof DOMException && error.name === 'InvalidStateError') return this.run(mode, work, false)
      throw error
    }
    return new Promise<R>((resolve, reject) => {
      let result: R
      tx.oncomplete = () => resolve(result)
      tx.onabort = () => reject(tx.error ?? new DOMException('The transaction was aborted', 'AbortError'))
      try {
        work(tx.objectStore(this.name), (value) => (result = value))
      } catch (error) {
        try {
          tx.abort()
        } catch {
          // it had finished already
        }
        reject(error)
      }
    })
  }
}

/** Hands a request's result on; its error aborts the transaction, which rejects. */
function request<V>(req: IDBRequest<V>, then: (value: V) => void): void {
  req.onsuccess = () => then(req.result)
}

/**
 * Opens at this layout's version. A database a later Kith upgraded (a newer version) is opened as
 * it is, without upgrading, as Dexie 4 did: this build reads and writes the stores it knows.
 */
function open(version: number | null): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = version === null ? indexedDB.open(NAME) : indexedDB.open(NAME, version)
    req.onupgradeneeded = () => {
      // A new database, or one from before removedDocs (Dexie's versions 1 and 2): what is missing is made, as Dexie did.
      const upgrade = req.transaction!
      for (const [name, { keyPath, indexes }] of Object.entries(STORES)) {
        const store = req.result.objectStoreNames.contains(name) ? upgrade.objectStore(name) : req.result.createObjectStore(name, { keyPath })
        for (const index of indexes) if (!store.indexNames.contains(index)) store.createIndex(index, index)
      }
    }
    req.onsuccess = () => resolve(req.result)
    req.onerror = (event) => {
      if (req.error?.name !== 'VersionError' || version === null) return reject(req.error)
      event.preventDefault()
      open(null).then(resolve, reject)
    }
  })
}

export class KithDeviceDb {
  readonly circles: DeviceTable<DeviceCircle>
  readonly settings: DeviceTable<Setting>
  readonly syncStates: DeviceTable<SyncState>
  readonly removedDocs: DeviceTable<RemovedDoc>
  private connection: Promise<IDBDatabase> | null = null

  constructor() {
    const connect = () => this.connect()
    this.circles = new DeviceTable(connect, 'circles')
    this.settings = new DeviceTable(connect, 'settings')
    this.syncStates = new DeviceTable(connect, 'syncStates')
    this.removedDocs = new DeviceTable(connect, 'removedDocs')
  }

  private connect(): Promise<IDBDatabase> {
    this.connection ??= open(VERSION).then((db) => {
      // Another tab deleting or upgrading the database must not wait on this one: close, and open again at the next read.
      db.onversionchange = () => {
        db.close()
        this.connection = null
      }
      db.onclose = () => (this.connection = null)
      return db
    }, (error: unknown) => {
      this.connection = null
      throw error
    })
    return this.connection
  }
}

let instance: KithDeviceDb | null = null
export function deviceDb(): KithDeviceDb {
  instance ??= new KithDeviceDb()
  return instance
}
