import { deviceDb, type DeviceCircle, type Role } from './db'

export async function listCircles(): Promise<DeviceCircle[]> {
  return deviceDb().circles.orderBy('lastOpenedAt').reverse().toArray()
}

export async function addCircle(entry: { docId: string; role: Role; key: string; label: string; now: number }): Promise<void> {
  await deviceDb().circles.put({
    docId: entry.docId, role: entry.role, key: entry.key, label: entry.label,
    addedAt: entry.now, lastOpenedAt: entry.now,
  })
}

export async function touchCircle(docId: string, changes: { label?: string; now: number }): Promise<void> {
  const update: Partial<DeviceCircle> = { lastOpenedAt: changes.now }
  if (changes.label) update.label = changes.label
  await deviceDb().circles.update(docId, update)
}

export async function circleLabel(docId: string): Promise<string> {
  return (await deviceDb().circles.get(docId))?.label ?? ''
}

export async function forgetCircle(docId: string): Promise<void> {
  await deviceDb().circles.delete(docId)
}

export type { DeviceCircle, Role }
