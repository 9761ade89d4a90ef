import * as Y from 'yjs'
import { loadDeviceDb } from '../local/load'
import { readMapSnapshot } from '../store'
import { storageOrigin } from '../store/origins'
import { sealBackup, openBackup } from './backupFile'
import { listNewCircle, openMapCircle } from './circles'
import type { BackupContents, BackupProblem } from './messages'
import { createDoc, deleteDoc, openDoc } from './persistence'

/**
 * Backups of a coordinator's circle: everything needed to carry on if this phone is lost —
 * the map (which holds every helper's and the recipient's document id and key), the map's own
 * key, and this device's copy of each person's document — sealed with a passphrase
 * (backupFile.ts).
 *
 * Restoring on a fresh device stores every document and only then lists the circle (as a new
 * circle is listed), so a failure halfway leaves nothing listed; opening the circle then
 * reconnects to every phone, since the map holds their rooms and keys. Restoring a circle this
 * device already holds merges the backup in: Yjs updates only add, so nothing newer is lost.
 * Nothing changes on the device when the file or passphrase is wrong.
 */
const lastBackupKey = (docId: string) => `backup/${docId}`

/** When this device last saved (or was restored from) a backup of the circle; null if never. */
export async function lastBackupAt(docId: string): Promise<number | null> {
  const value = (await (await loadDeviceDb()).settings.get(lastBackupKey(docId)).catch(() => undefined))?.value
  return typeof value === 'number' ? value : null
}

const DAY_MS = 86_400_000
/** A coordinator is reminded, with the weekly check-in, once the last backup is older than this. */
export const BACKUP_REMINDER_DAYS = 7

/** Whole days since the last backup, or null when there is none; `due` when a reminder should show. */
export function backupAge(last: number | null, now: number): { days: number | null; due: boolean } {
  if (last === null) return { days: null, due: true }
  const days = Math.floor((now - last) / DAY_MS)
  return { days, due: days >= BACKUP_REMINDER_DAYS }
}

async function recordBackup(docId: string, at: number): Promise<void> {
  await (await loadDeviceDb()).settings.put({ key: lastBackupKey(docId), value: at })
  backupListeners.forEach((listener) => listener())
}

const backupListeners = new Set<() => void>()
/** Calls `listener` after this page saved or restored a backup. */
export function onBackupRecorded(listener: () => void): () => void {
  backupListeners.add(listener)
  return () => backupListeners.delete(listener)
}

/** The whole circle as this device holds it, sealed with `passphrase`: the bytes of a backup file. */
export async function backupCircle(mapDocId: string, passphrase: string, now: number): Promise<Uint8Array> {
  const entry = await (await loadDeviceDb()).circles.get(mapDocId)
  if (!entry || entry.role !== 'coordinator') throw new Error('This circle is not on this device.')
  const { store, ready } = openMapCircle(mapDocId)
  await ready
  const documents: BackupContents['documents'] = [{ docId: mapDocId, state: Y.encodeStateAsUpdate(store.doc) }]
  // Withdrawn documents are left out: the map still names them, and they are emptied anyway.
  for (const document of store.getSnapshot().documents.filter((d) => d.revokedAt === null)) {
    const opened = openDoc(document.id)
    await opened.ready
    documents.push({ docId: document.id, state: Y.encodeStateAsUpdate(opened.doc) })
  }
  const label = store.getSnapshot().circle?.recipientName ?? entry.label
  const bytes = await sealBackup({ createdAt: now, circle: { docId: mapDocId, key: entry.key, label }, documents }, passphrase)
  await recordBackup(mapDocId, now)
  return bytes
}

export type RestoreResult =
  | { ok: true; docId: string; label: string; merged: boolean }
  | { ok: false; reason: BackupProblem | 'held-otherwise' | 'storage' }

/** Opens a backup file with `passphrase` and brings its circle onto this device. */
export async function restoreBackup(bytes: Uint8Array, passphrase: string, now: number): Promise<RestoreResult> {
  const opened = await openBackup(bytes, passphrase)
  if (!opened.ok) return opened
  const { circle, documents, createdAt } = opened.value
  const docs = new Map<string, Y.Doc>()
  try {
    for (const { docId, state } of documents) {
      const doc = new Y.Doc()
      Y.applyUpdate(doc, state, storageOrigin)
      docs.set(docId, doc)
    }
  } catch {
    return { ok: false, reason: 'damaged' }
  }
  const map = docs.get(circle.docId)!
  if (readMapSnapshot(map, 0).state === 'empty') return { ok: false, reason: 'damaged' }
  try {
    const known = await (await loadDeviceDb()).circles.get(circle.docId)
    if (known && known.role !== 'coordinator') return { ok: false, reason: 'held-otherwise' }
    if (known) await mergeInto(circle.docId, docs)
    else await storeFresh(circle, docs, now)
    await recordBackup(circle.docId, Math.max(createdAt, (await lastBackupAt(circle.docId)) ?? 0))
    return { ok: true, docId: circle.docId, label: circle.label, merged: Boolean(known) }
  } catch {
    return { ok: false, reason: 'storage' }
  }
}

/** Every person's document first, then the map, which lists the circle: a failure lists nothing. */
async function storeFresh(circle: BackupContents['circle'], docs: Map<string, Y.Doc>, now: number): Promise<void> {
  const stored: string[] = []
  try {
    for (const [docId, doc] of docs) {
      if (docId === circle.docId) continue
      await createDoc(docId, doc, 'on-withdrawal')
      stored.push(docId)
    }
    await listNewCircle(circle.docId, docs.get(circle.docId)!, { key: circle.key, label: circle.label }, now)
  } catch (error) {
    for (const docId of stored) await deleteDoc(docId).catch(() => undefined)
    throw error
  }
}

async function mergeInto(mapDocId: string, docs: Map<string, Y.Doc>): Promise<void> {
  const circle = openMapCircle(mapDocId)
  await circle.ready
  for (const [docId, backedUp] of docs) {
    const opened = openDoc(docId)
    await opened.ready
    // Not the storage origin: what the backup adds must be stored, and shared with other tabs.
    Y.applyUpdate(opened.doc, Y.encodeStateAsUpdate(backedUp))
    await opened.whenStored()
  }
}
