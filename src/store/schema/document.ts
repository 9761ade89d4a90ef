import { z } from 'zod/mini'
import * as Y from 'yjs'
import { readCollection, type ReadProblem } from './primitives'

/**
 * The other documents of a circle, as only the map knows them: one per helper and one for the
 * recipient, each with its random id and key (the room and its password). Keyed by document
 * id. A revoked document is emptied by projection and no longer synced.
 */
export const DOCUMENTS = 'documents'

export const documentKeyPattern = /^[A-Za-z0-9_-]{43}$/
export const documentIdPattern = /^[A-Za-z0-9_-]{22}$/

export const circleDocumentValidator = z.object({
  audience: z.enum(['helper', 'recipient']),
  /** The helper this document is for; null for the recipient's. */
  helperId: z.nullable(z.string()),
  key: z.string().check(z.regex(documentKeyPattern, 'expected a document key')),
  createdAt: z.number(),
  revokedAt: z.nullable(z.number()),
})

export type CircleDocument = z.infer<typeof circleDocumentValidator> & { id: string }

export function readDocuments(doc: Y.Doc, problems: ReadProblem[]): CircleDocument[] {
  return readCollection(doc, DOCUMENTS, circleDocumentValidator, problems).sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id))
}

/** The live (not revoked) document of a helper, or of the recipient when `helperId` is null. */
export function liveDocumentOf(documents: readonly CircleDocument[], helperId: string | null): CircleDocument | undefined {
  return documents.find((d) => d.revokedAt === null && d.helperId === helperId && (helperId === null ? d.audience === 'recipient' : d.audience === 'helper'))
}
