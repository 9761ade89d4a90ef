/** Starting a circle on this device. Only the screens that start one load this, not a circle's first screen. */
import * as Y from 'yjs'
import { localDateOf } from '../domain/dates'
import type { ExampleName } from '../domain/examples'
import { createMapStore, randomId, type CircleProfileInput, type CrisisResourceInput, type MapStore, type Refusal } from '../store'
import { listNewCircle } from './circles'

export interface NewCircleInput {
  profile: CircleProfileInput
  crisisResources: CrisisResourceInput[]
}

type Created = { ok: true; docId: string } | { ok: false; problems: Refusal[] }

/**
 * Starts a circle on this device, atomically: the whole first state is made in memory, stored,
 * and only once it is on disk does the device's list gain the circle. A crash at any moment
 * leaves either a listed, complete circle or nothing listed.
 */
async function createCircle(input: NewCircleInput, now: number, fill?: (store: MapStore) => void): Promise<Created> {
  const docId = randomId(16)
  const doc = new Y.Doc()
  const store = createMapStore(doc)
  const result = store.run('circle/create', input, now)
  if (!result.ok) {
    store.destroy()
    return result
  }
  fill?.(store)
  store.destroy()
  await listNewCircle(docId, doc, { key: randomId(32), label: input.profile.recipientName }, now)
  return { ok: true, docId }
}

export function createCoordinatorCircle(input: NewCircleInput, now: number): Promise<Created> {
  return createCircle(input, now)
}

export async function createExampleCircle(name: ExampleName, now: number, timeZone: string): Promise<string> {
  // The examples load only when one is asked for: no circle's screens need them.
  const { exampleCircle } = await import('../domain/examples')
  // Writing a need's words checks them: the word check loads with the examples.
  await import('../domain/safety')
  const example = exampleCircle(name, localDateOf(now, timeZone), timeZone)
  const created = await createCircle({ profile: example.profile, crisisResources: example.crisisResources }, now, (store) => {
    example.needs.forEach((need, index) => store.run('need/add', need, now + index))
    for (const person of example.excludedPeople) store.run('excluded/add', person, now)
    for (const range of example.offLimits) store.run('off-limits/add', range, now)
  })
  if (!created.ok) throw new Error(created.problems.map((p) => p.phrase.id).join('; '))
  return created.docId
}
