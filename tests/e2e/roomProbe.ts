import WebSocket from 'ws'
import * as Y from 'yjs'
import type { Page } from '@playwright/test'
import { decryptSignaling, encryptSignaling } from '../../src/sync/roomGuard'

/** y-webrtc's room key (its src/crypto.js), as any client holding the password derives it: PBKDF2 with the room as salt, to AES-GCM. */
async function signalingKey(secret: string, room: string): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), 'PBKDF2', false, ['deriveKey'])
  return crypto.subtle.deriveKey({ name: 'PBKDF2', salt: new TextEncoder().encode(room), iterations: 100_000, hash: 'SHA-256' }, material, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt'])
}

/**
 * Trying a room as y-webrtc would, from outside any browser: announce this "device" in the room,
 * encrypted with a key, on the real signaling server, and see whether anyone in the room answers
 * it (a WebRTC offer, or an announcement inviting one, addressed to it and opening with that key).
 * A device in the room with another key cannot read the announcement, so it never answers:
 * without an answer no data channel is ever made, and nothing of the document is sent.
 */
export async function answersWithKey(room: string, key: string, url = process.env.KITH_SIGNALING_URL!, waitMs = 8_000): Promise<boolean> {
  const cryptoKey = await signalingKey(key, room)
  const peerId = crypto.randomUUID()
  const socket = new WebSocket(url)
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve())
    socket.once('error', reject)
  })
  const answered = new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), waitMs)
    socket.on('message', (raw) => {
      const message = JSON.parse(String(raw)) as { type?: string; topic?: string; data?: unknown }
      if (message.type !== 'publish' || message.topic !== room || typeof message.data !== 'string') return
      decryptSignaling(message.data, cryptoKey).then((decrypted) => {
        const data = decrypted as { type?: string; to?: string } | null
        // An offer, or an invitation to make one (the device whose id sorts first invites, sync/initiator.ts).
        if ((data?.type === 'signal' || data?.type === 'announce') && data.to === peerId) {
          clearTimeout(timer)
          resolve(true)
        }
      }, () => undefined)
    })
  })
  socket.send(JSON.stringify({ type: 'subscribe', topics: [room] }))
  socket.send(JSON.stringify({ type: 'publish', topic: room, data: await encryptSignaling({ type: 'announce', from: peerId }, cryptoKey) }))
  const result = await answered
  socket.close()
  return result
}

/** A document as a browser context stores it (its rows in IndexedDB), read back into a Y.Doc. */
export async function storedDoc(page: Page, docId: string): Promise<Y.Doc> {
  const rows = await page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name)
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    const values = await new Promise<unknown[]>((resolve, reject) => {
      const request = db.transaction('updates').objectStore('updates').getAll()
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    db.close()
    return values.filter((v): v is Uint8Array => v instanceof Uint8Array).map((v) => Array.from(v))
  }, `kith-doc-${docId}`)
  const doc = new Y.Doc()
  for (const row of rows) Y.applyUpdate(doc, new Uint8Array(row))
  return doc
}

/** This context's device-list entry for a document (device database `circles`): its key(s), as stored. */
export async function deviceEntry(page: Page, docId: string): Promise<{ key: string; nextKey?: string | null; previousKey?: string | null } | undefined> {
  return page.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('kith-device')
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    const entry = await new Promise<unknown>((resolve, reject) => {
      const request = db.transaction('circles').objectStore('circles').get(id)
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    db.close()
    return entry as { key: string; nextKey?: string | null; previousKey?: string | null } | undefined
  }, docId)
}
