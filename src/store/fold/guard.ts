import * as Y from 'yjs'
import { canProject, type ProjectionInput } from '../projection/input'
import { DOCUMENT_KEYS_SECTION } from '../schema/document'
import { isEmptySection } from './tampering'
import type { Rejection, SkipReason } from './result'
import { reasons } from './words'

/**
 * Whether a helper's or the recipient's document may be folded at all. A document larger than
 * MAX_FOLDED_DOC_BYTES is never read: a projected document stays a few kilobytes, and one that
 * grew far past a y-webrtc message (256 KiB) is broken or hostile, and reading it could harm
 * the map. Sections this version does not know are reported and left alone.
 */
export const MAX_FOLDED_DOC_BYTES = 256 * 1024

export interface DocGuard {
  skip: SkipReason | null
  rejected: Rejection[]
}

export function guardDoc(doc: Y.Doc, kind: 'helper' | 'recipient', sections: readonly string[], schemaVersion: number): DocGuard {
  if (encodedSize(doc) > MAX_FOLDED_DOC_BYTES) return { skip: 'too-large', rejected: [] }
  const meta = doc.getMap<unknown>('meta')
  const version = meta.get('schemaVersion')
  if (typeof version === 'number' && version > schemaVersion) return { skip: 'too-new', rejected: [] }
  if (meta.has('kind') && meta.get('kind') !== kind) return { skip: 'wrong-kind', rejected: [] }
  if (meta.get('revoked') === true) return { skip: 'revoked', rejected: [] }
  // Every person's document may carry a key change (sync/keyRotation.ts): not the fold's to read.
  const known = new Set([...sections, DOCUMENT_KEYS_SECTION])
  const rejected = [...doc.share.keys()]
    // An unknown section the coordinator's device already cleared is not reported again.
    .filter((name) => !known.has(name) && !isEmptySection(doc, name))
    .sort()
    .map((name) => ({ path: name, reason: reasons.unknownSection }))
  return { skip: null, rejected }
}

/**
 * A document's encoded size, measured again only once it holds more: the fold reads every
 * person's document on each of its runs, and encoding a whole helper's document to measure it
 * took 6–7 ms of CPU on Assign's load (session 11's traces). What it holds is told by each
 * client's clock (a document grows by new items; a deletion only marks items already counted,
 * a few bytes each at most) and by what waits for missing updates (bytes no clock shows).
 */
const measured = new WeakMap<Y.Doc, { holds: string; bytes: number }>()
function encodedSize(doc: Y.Doc): number {
  let clocks = 0
  for (const client of doc.store.clients.keys()) clocks += Y.getState(doc.store, client)
  const { pendingStructs, pendingDs } = doc.store
  const holds = `${doc.store.clients.size}:${clocks}:${pendingStructs?.update.byteLength ?? 0}:${pendingDs?.byteLength ?? 0}`
  const known = measured.get(doc)
  if (known?.holds === holds) return known.bytes
  const bytes = Y.encodeStateAsUpdate(doc).byteLength
  measured.set(doc, { holds, bytes })
  return bytes
}

/** Whether this device's map may be folded into at all: loaded, from this version, and still running. */
export function mapSkipReason(input: ProjectionInput): SkipReason | null {
  if (!canProject(input)) return 'map-not-ready'
  return input.circle!.status === 'archived' ? 'circle-ended' : null
}
