import { localDateOf } from '../domain/dates'
import { exampleCircle, type ExampleName } from '../domain/examples'
import { addCircle, forgetCircle } from '../local/circles'
import {
  createMapStore, randomId, type CircleProfileInput, type CrisisResourceInput, type MapStore, type ReadProblem,
} from '../store'
import { openDoc, deleteDoc } from './persistence'

/**
 * Opens a coordinator's circle: its map document from IndexedDB, wrapped in a store. One
 * store per document for the page's lifetime, like the documents themselves.
 */
export interface OpenCircle {
  store: MapStore
  ready: Promise<void>
}

const stores = new Map<string, OpenCircle>()

export function openMapCircle(docId: string): OpenCircle {
  const existing = stores.get(docId)
  if (existing) return existing
  const { doc, ready } = openDoc(docId)
  const opened: OpenCircle = { store: createMapStore(doc), ready }
  stores.set(docId, opened)
  return opened
}

/** Removes a circle from this device: its document's whole database and its entry in the list. */
export async function deleteMapCircle(docId: string): Promise<void> {
  stores.get(docId)?.store.destroy()
  stores.delete(docId)
  await deleteDoc(docId)
  await forgetCircle(docId)
}

export interface NewCircleInput {
  profile: CircleProfileInput
  crisisResources: CrisisResourceInput[]
}

/**
 * Starts a circle on this device: a fresh random document id and key, the map written in
 * one command, then the device's list updated. Returns the document id.
 */
export async function createCoordinatorCircle(input: NewCircleInput, now: number): Promise<{ ok: true; docId: string } | { ok: false; problems: ReadProblem[] }> {
  const docId = randomId(16)
  const { store, ready } = openMapCircle(docId)
  await ready
  const result = store.run('circle/create', input, now)
  if (!result.ok) {
    await deleteMapCircle(docId)
    return result
  }
  await addCircle({ docId, role: 'coordinator', key: randomId(32), label: input.profile.recipientName, now })
  return { ok: true, docId }
}

export async function createExampleCircle(name: ExampleName, now: number, timeZone: string): Promise<string> {
  const example = exampleCircle(name, localDateOf(now, timeZone), timeZone)
  const created = await createCoordinatorCircle({ profile: example.profile, crisisResources: example.crisisResources }, now)
  if (!created.ok) throw new Error(created.problems.map((p) => p.message).join('; '))
  const { store } = openMapCircle(created.docId)
  example.needs.forEach((need, index) => store.run('need/add', need, now + index))
  for (const person of example.excludedPeople) store.run('excluded/add', person, now)
  for (const range of example.offLimits) store.run('off-limits/add', range, now)
  return created.docId
}
