import { z } from 'zod/mini'
import * as Y from 'yjs'
import { publicKeyPattern } from './coordinatorDevice'
import { lazySchema, readCollection, type ReadProblem } from './primitives'
import { compareText } from '../../domain/compareText'

/**
 * The other documents of a circle, as only the map knows them: one per helper and one for the
 * recipient, each with its random id and key (the room and its password). Keyed by document
 * id. A revoked document is emptied by projection and no longer synced.
 */
export const DOCUMENTS = 'documents'

/** The section of a person's document that carries a key change (sync/keyRotation.ts); fold leaves it alone. */
export const DOCUMENT_KEYS_SECTION = 'keys'

export const documentKeyPattern = /^[A-Za-z0-9_-]{43}$/
export const documentIdPattern = /^[A-Za-z0-9_-]{22}$/

export const circleDocumentValidator = lazySchema(() => z.object({
  audience: z.enum(['helper', 'recipient']),
  /** The helper this document is for; null for the recipient's. */
  helperId: z.nullable(z.string()),
  key: z.string().check(z.regex(documentKeyPattern, 'expected a document key')),
  createdAt: z.number(),
  revokedAt: z.nullable(z.number()),
  /** A new key offered to the person's device while `key` is still in use (sync/keyRotation.ts). */
  nextKey: z.optional(z.nullable(z.string().check(z.regex(documentKeyPattern, 'expected a document key')))),
  /** The key before `key`, kept only until the person's device says it moved. */
  previousKey: z.optional(z.nullable(z.string().check(z.regex(documentKeyPattern, 'expected a document key')))),
  /** When the key was last replaced; the invitation's key is replaced once the person's device was heard from. */
  keyReplacedAt: z.optional(z.nullable(z.number())),
  /** When a flood from the person's phone was seen (fold/flood.ts): nothing more is read from this document. */
  floodAt: z.optional(z.nullable(z.number())),
  /**
   * The document that replaced this one (a fresh start after a flood or an oversized document,
   * fold/fresh.ts). Set with `revokedAt`: this one is no longer read, and tells the person's
   * phone where to go instead of telling it that it left the circle.
   */
  movedTo: z.optional(z.nullable(z.string().check(z.regex(documentIdPattern, 'expected a document id')))),
  /**
   * The public key the person's device published in its document (sync/sealing.ts), recorded the
   * first time it was seen and never replaced by what the document says later (anyone holding the
   * document's key could write there).
   */
  devicePublicKey: z.optional(z.nullable(z.string().check(z.regex(publicKeyPattern, 'expected a public key')))),
  /** `nextKey` (or, until the device moved, `key`) sealed for `devicePublicKey`: what the document offers instead of the key itself. */
  sealedOffer: z.optional(z.nullable(z.string())),
  /** The map room whose move replaced this document's key (store/schema/mapRoom.ts): a key a removed coordinator device held. */
  rekeyedFor: z.optional(z.nullable(z.string())),
}))

export type CircleDocument = z.infer<typeof circleDocumentValidator> & { id: string }

export function readDocuments(doc: Y.Doc, problems: ReadProblem[]): CircleDocument[] {
  return readCollection(doc, DOCUMENTS, circleDocumentValidator, problems).sort((a, b) => a.createdAt - b.createdAt || compareText(a.id, b.id))
}

/** The live (not revoked) document of a helper, or of the recipient when `helperId` is null. */
export function liveDocumentOf(documents: readonly CircleDocument[], helperId: string | null): CircleDocument | undefined {
  return documents.find((d) => d.revokedAt === null && d.helperId === helperId && (helperId === null ? d.audience === 'recipient' : d.audience === 'helper'))
}

/**
 * A key change is this device's own doing, not the coordinator's (sync/keyRotation.ts): the
 * caller passes an origin outside Undo, so "Undo" never takes one back.
 */
function updateDocument(doc: Y.Doc, docId: string, origin: unknown, change: (entity: Y.Map<unknown>) => void): boolean {
  const entity = doc.getMap<unknown>(DOCUMENTS).get(docId)
  if (!(entity instanceof Y.Map)) return false
  doc.transact(() => change(entity), origin)
  return true
}

/** Step 1: a fresh key is offered for a document (the person's device stores it before anyone uses it). */
export function recordNextKey(doc: Y.Doc, docId: string, key: string, origin: unknown, rekey?: { sealedOffer: string | null; rekeyedFor: string }): boolean {
  return updateDocument(doc, docId, origin, (entity) => {
    entity.set('nextKey', key)
    if (rekey) {
      entity.set('sealedOffer', rekey.sealedOffer)
      entity.set('rekeyedFor', rekey.rekeyedFor)
    }
  })
}

/** The public key the person's device published, kept from the first time it was seen. */
export function recordDevicePublicKey(doc: Y.Doc, docId: string, publicKey: string, origin: unknown): boolean {
  const entity = doc.getMap<unknown>(DOCUMENTS).get(docId)
  if (!(entity instanceof Y.Map) || typeof entity.get('devicePublicKey') === 'string' || !publicKeyPattern.test(publicKey)) return false
  return updateDocument(doc, docId, origin, (e) => e.set('devicePublicKey', publicKey))
}

/** Step 3: the offered key becomes the key; the old one opens only what was sealed with it. */
export function recordReplacedKey(doc: Y.Doc, docId: string, now: number, origin: unknown): boolean {
  const entity = doc.getMap<unknown>(DOCUMENTS).get(docId)
  const next = entity instanceof Y.Map ? entity.get('nextKey') : null
  if (typeof next !== 'string' || !documentKeyPattern.test(next)) return false
  return updateDocument(doc, docId, origin, (e) => {
    e.set('previousKey', e.get('key'))
    e.set('key', next)
    e.set('nextKey', null)
    e.set('keyReplacedAt', now)
  })
}

/** A flood from the person's phone was seen: the fold stops reading the document (outside Undo: the caller's origin). */
export function recordFlood(doc: Y.Doc, docId: string, now: number, origin: unknown): boolean {
  const entity = doc.getMap<unknown>(DOCUMENTS).get(docId)
  if (!(entity instanceof Y.Map) || typeof entity.get('floodAt') === 'number') return false
  return updateDocument(doc, docId, origin, (e) => e.set('floodAt', now))
}

/** Step 5: the person's device moved: the old key is forgotten. */
export function forgetPreviousKey(doc: Y.Doc, docId: string, origin: unknown): boolean {
  return updateDocument(doc, docId, origin, (entity) => {
    entity.set('previousKey', null)
    if (entity.get('sealedOffer') != null) entity.set('sealedOffer', null)
  })
}
