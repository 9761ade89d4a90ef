import { z } from 'zod/mini'
import { collection, upsertEntity } from '../entities'
import { DOCUMENTS, documentIdPattern, documentKeyPattern, liveDocumentOf, readDocuments } from '../schema/document'
import { isExcluded } from '../../domain/planner/rules'
import { readBoundaries } from '../schema/boundaries'
import { HELPERS, readHelpers } from '../schema/helper'
import { define, refuse, requireEntity } from './define'
import { refusals } from './words'

/**
 * Creating a helper's or the recipient's document records its id and key in the map (the
 * caller makes them random; a command never draws randomness it cannot replay). One live
 * document per audience: a second would split what the person sees. Someone the recipient
 * does not want involved is never invited.
 */
export const documentCommands = {
  'document/add': define(
    () => z.object({
      audience: z.enum(['helper', 'recipient']),
      helperId: z.nullable(z.string()),
      docId: z.string().check(z.regex(documentIdPattern, 'expected a document id')),
      key: z.string().check(z.regex(documentKeyPattern, 'expected a document key')),
    }).check(z.refine((d) => (d.audience === 'helper') === (d.helperId !== null), { message: 'a helper document names its helper', path: ['helperId'] })),
    (doc, input) => {
      if (input.helperId !== null) {
        const missing = requireEntity(doc, HELPERS, input.helperId, 'input/helperId', refusals.helperGone)
        if (missing) return missing
        const helper = readHelpers(doc, []).find((h) => h.id === input.helperId)
        if (helper && isExcluded(helper, readBoundaries(doc, []))) return refuse('input/helperId', refusals.excludedInvite(helper.name))
      }
      if (collection(doc, DOCUMENTS).has(input.docId)) return refuse('input/docId', refusals.documentExists)
      return liveDocumentOf(readDocuments(doc, []), input.helperId) ? refuse('input/helperId', refusals.alreadyInvited) : null
    },
    (doc, { docId, audience, helperId, key }, now) => {
      upsertEntity(doc, DOCUMENTS, docId, { audience, helperId, key, createdAt: now, revokedAt: null })
      return docId
    },
  ),
  /**
   * A fresh document for the same person, in place of one that flooded or grew too large: Yjs
   * never forgets a deleted entry (each leaves a tombstone in every copy), so dropping a flood's
   * entries cannot bring a document back to size, and the person's phone would send them back.
   * The new document has its own id and key (no copy of the old one can sync into it); the old
   * one stops being read and tells the person's phone where to go (coordinatorSync.ts).
   */
  'document/replace': define(
    () => z.object({
      docId: z.string(),
      newDocId: z.string().check(z.regex(documentIdPattern, 'expected a document id')),
      newKey: z.string().check(z.regex(documentKeyPattern, 'expected a document key')),
    }),
    (doc, { docId, newDocId }) => {
      const missing = requireEntity(doc, DOCUMENTS, docId, 'input/docId', refusals.documentGone)
      if (missing) return missing
      if (readDocuments(doc, []).find((d) => d.id === docId)?.revokedAt !== null) return refuse('input/docId', refusals.documentRetired)
      return collection(doc, DOCUMENTS).has(newDocId) ? refuse('input/newDocId', refusals.documentExists) : null
    },
    (doc, { docId, newDocId, newKey }, now) => {
      const old = readDocuments(doc, []).find((d) => d.id === docId)!
      upsertEntity(doc, DOCUMENTS, newDocId, { audience: old.audience, helperId: old.helperId, key: newKey, createdAt: now, revokedAt: null })
      upsertEntity(doc, DOCUMENTS, docId, { revokedAt: now, movedTo: newDocId })
      return newDocId
    },
  ),
  'document/revoke': define(
    () => z.object({ docId: z.string() }),
    (doc, { docId }) => requireEntity(doc, DOCUMENTS, docId, 'input/docId', refusals.documentGone),
    (doc, { docId }, now) => {
      upsertEntity(doc, DOCUMENTS, docId, { revokedAt: now })
    },
  ),
}
