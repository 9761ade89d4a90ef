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
  if (Y.encodeStateAsUpdate(doc).byteLength > MAX_FOLDED_DOC_BYTES) return { skip: 'too-large', rejected: [] }
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

/** Whether this device's map may be folded into at all: loaded, from this version, and still running. */
export function mapSkipReason(input: ProjectionInput): SkipReason | null {
  if (!canProject(input)) return 'map-not-ready'
  return input.circle!.status === 'archived' ? 'circle-ended' : null
}
