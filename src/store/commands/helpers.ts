import { z } from 'zod/mini'
import * as Y from 'yjs'
import { collection, deleteEntity, entityField, upsertEntity } from '../entities'
import { randomId } from '../ids'
import { appendActivity } from '../schema/activity'
import { ASSIGNMENTS } from '../schema/assignment'
import { AWAY, awayValidator } from '../schema/away'
import { DOCUMENTS, liveDocumentOf, readDocuments } from '../schema/document'
import { FORMER_HELPERS } from '../schema/formerHelper'
import { HELPERS, OFFERS, helperValidator, offerShape } from '../schema/helper'
import { rangeInOrder, rangeOutOfOrder } from '../schema/primitives'
import { define, idInput, requireEntity, once } from './define'
import { helperNameValue, refusals, summaries } from './words'

const helperDraftInput = once(() => z.extend(z.omit(helperValidator, { createdAt: true }), {
  name: z.string().check(z.trim(), z.minLength(1, 'a name is needed'), z.maxLength(120)),
  tags: z.array(z.string().check(z.maxLength(60))).check(z.maxLength(20)),
}))

export type HelperDraft = z.infer<ReturnType<typeof helperDraftInput>>
export type OfferInput = z.infer<ReturnType<typeof offerInput>>

const offerInput = once(() => z.extend(offerShape, { helperId: z.string() }).check(z.refine(rangeInOrder, rangeOutOfOrder)))

/** Tags compare as people type them, but are stored trimmed and once each. */
const cleanTags = (tags: readonly string[]) => [...new Set(tags.map((tag) => tag.trim()).filter((tag) => tag !== ''))]

const requireHelper = (doc: Y.Doc, id: string, path: string) =>
  requireEntity(doc, HELPERS, id, path, refusals.helperGone)

export const helperCommands = {
  'helper/add': define(helperDraftInput, (doc, draft, now) => {
    const id = randomId()
    upsertEntity(doc, HELPERS, id, { ...draft, tags: cleanTags(draft.tags), createdAt: now })
    appendActivity(doc, now, 'helper/added', summaries.helperAdded(doc, id), [id])
    return id
  }),
  'helper/update': define(
    () => z.object({ id: z.string(), fields: z.partial(helperDraftInput()) }),
    (doc, { id }) => requireHelper(doc, id, 'input/id'),
    (doc, { id, fields }) => {
      upsertEntity(doc, HELPERS, id, { ...fields, tags: fields.tags && cleanTags(fields.tags) })
      return id
    },
  ),
  /**
   * Removes the helper, their offer and their assignments. Statuses they covered and open
   * calls they took stay, as history.
   */
  'helper/remove': define(
    idInput,
    (doc, { id }) => requireHelper(doc, id, 'input/id'),
    (doc, { id }, now) => {
      const name = entityField(doc, HELPERS, id, 'name')
      const said = helperNameValue(doc, id)
      const series = [...collection(doc, ASSIGNMENTS).keys()].filter((seriesId) => entityField(doc, ASSIGNMENTS, seriesId, 'helperId') === id)
      for (const seriesId of series) deleteEntity(doc, ASSIGNMENTS, seriesId)
      deleteEntity(doc, OFFERS, id)
      deleteEntity(doc, HELPERS, id)
      // Only a name they had: words standing in for none would be withheld from every text as if a name.
      upsertEntity(doc, FORMER_HELPERS, id, { name: typeof name === 'string' ? name : '', removedAt: now })
      // Their document is revoked, not deleted: projection empties it so their devices forget.
      const document = liveDocumentOf(readDocuments(doc, []), id)
      if (document) upsertEntity(doc, DOCUMENTS, document.id, { revokedAt: now })
      appendActivity(doc, now, 'helper/removed', summaries.helperRemoved(said, series.length), [id, ...series])
    },
  ),
  /** A helper away for some days: kept out of planning then, their offer unchanged. */
  'helper/away': define(
    () => awayValidator,
    (doc, { helperId }) => requireHelper(doc, helperId, 'input/helperId'),
    (doc, away, now) => {
      const id = randomId()
      upsertEntity(doc, AWAY, id, away)
      appendActivity(doc, now, 'helper/away', summaries.helperAway(doc, away.helperId, away.from, away.until), [away.helperId, id])
      return id
    },
  ),
  'helper/back': define(
    idInput,
    (doc, { id }) => requireEntity(doc, AWAY, id, 'input/id', refusals.awayGone),
    (doc, { id }) => {
      deleteEntity(doc, AWAY, id)
    },
  ),
  /** One offer per helper, stored under the helper's id; saving replaces it whole. */
  'offer/save': define(
    offerInput,
    (doc, { helperId }) => requireHelper(doc, helperId, 'input/helperId'),
    (doc, { helperId, ...offer }, now) => {
      upsertEntity(doc, OFFERS, helperId, offer)
      appendActivity(doc, now, 'offer/saved', summaries.offerSaved(doc, helperId), [helperId])
      return helperId
    },
  ),
}
