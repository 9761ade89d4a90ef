/**
 * A fresh document for a person whose document flooded or grew too large (commands/documents.ts
 * `document/replace`). Yjs keeps a tombstone for every deleted entry in every copy, so the only
 * way back to a document of normal size, in what is stored and what is sent, is a new one.
 *
 * Rules:
 * - Projection fills the new document from the map, as for any document.
 * - Of what the person wrote in the old one, only their genuine, current entries come along:
 *   each must pass the fold's own check (a report on one of their tasks, a claim on a call
 *   offered to them, a whole offer, an answer to a check-in of the circle…) and must not be a
 *   flood's (an entry written more than MAX_WRITES_PER_ENTRY times). Their reports the map
 *   already folded are the map's anyway; this keeps also those the fold never got to read.
 * - Until the person's phone moves, what it still writes in the old document (reports made offline
 *   before it heard of the move) is carried over the same way, entry by entry, never deleting
 *   anything in the new one.
 * - The old document is then only a signpost: its `meta` says where the new one is (its id and
 *   key), so the person's phone moves there and forgets the old one (sync/roleDocs.ts). A phone
 *   that is not online meets the new document through its invitation link instead; the new
 *   document names the one it replaces (`keys/replaces`, a section fold leaves alone), so that
 *   phone forgets the old one too.
 */
import type * as Y from 'yjs'
import { jsonEqual } from '../entities'
import { DOCUMENT_KEYS_SECTION } from '../schema/document'
import { helperOfferValidator, instantValidator, JOINED_KEY, OFFER_KEYS, claimValueValidator, reportValueValidator } from '../helperDoc/owned'
import { HELPER_DOC_SCHEMA_VERSION, type HelperOffer } from '../helperDoc/layout'
import { isRandomId } from '../ids'
import { holdingOf } from '../projection/holdings'
import type { ProjectionInput } from '../projection/input'
import type { ProjectedValues } from '../projection/write'
import { RECIPIENT_DOC_SCHEMA_VERSION } from '../recipientDoc/layout'
import { answerValueValidator, pleaseStopValueValidator, suggestionValueValidator } from '../recipientDoc/owned'
import type { Validator } from '../schema/primitives'
import { canClaim } from './claims'
import { MAX_WRITES_PER_ENTRY, writesOfEntry } from './flood'
import { accept, untrustedSection, type Untrusted } from './untrusted'


/** The entries of a section that pass `validator` and `keep`, and were not written in a flood. */
function genuine<T>(doc: Y.Doc, section: string, validator: Validator<T>, keep: (key: string, value: T) => boolean = () => true): Record<string, T> {
  const out: Record<string, T> = {}
  // Every entry, not the fold's first MAX_SECTION_ENTRIES: a flood of junk keys must not hide a genuine one.
  doc.getMap<unknown>(section).forEach((value, key) => {
    if (writesOfEntry(doc, section, key) > MAX_WRITES_PER_ENTRY) return
    const valid = accept(validator, value as Untrusted<T>, section, [])
    if (valid !== null && keep(key, valid)) out[key] = valid
  })
  return out
}

/** What a helper wrote that comes along into their fresh document. */
export function genuineHelperValues(input: ProjectionInput, helperId: string, doc: Y.Doc): ProjectedValues {
  const reports = genuine(doc, 'reports', reportValueValidator, (occurrenceId) => holdingOf(input, helperId, occurrenceId) !== null)
  const claims = genuine(doc, 'claims', claimValueValidator, (callId) => {
    const state = canClaim(input, helperId, callId)
    return state === 'open' || state === 'closed'
  })
  const raw: Record<string, unknown> = {}
  let offerSound = true
  for (const { key, value } of untrustedSection<unknown>(doc, 'offer', [])) {
    if (!(OFFER_KEYS as readonly string[]).includes(key) || writesOfEntry(doc, 'offer', key) > MAX_WRITES_PER_ENTRY) offerSound = false
    raw[key] = value
  }
  const offer = offerSound && Object.keys(raw).length > 0 ? accept(helperOfferValidator, raw as Untrusted<HelperOffer>, 'offer', []) : null
  const joined = genuine(doc, 'joined', instantValidator, (key) => key === JOINED_KEY)
  return { reports, claims, offer: offer ?? {}, joined }
}

/** What the recipient wrote that comes along into their fresh document. */
export function genuineRecipientValues(input: ProjectionInput, doc: Y.Doc): ProjectedValues {
  const checkIns = new Set(input.checkIns.map((c) => c.id))
  const needs = new Set(input.needs.map((n) => n.id))
  return {
    answers: genuine(doc, 'answers', answerValueValidator, (key) => checkIns.has(key)),
    suggestions: genuine(doc, 'suggestions', suggestionValueValidator, (key, s) => isRandomId(key) && (s.kind !== 'priority' || needs.has(s.needId))),
    pleaseStop: genuine(doc, 'pleaseStop', pleaseStopValueValidator, (key, p) => isRandomId(key) && (!p.needId || needs.has(p.needId))),
  }
}

/** Writes the entries that differ into the new document; never deletes one. Whether anything was written. */
export function carryGenuine(doc: Y.Doc, values: ProjectedValues, origin: unknown): boolean {
  const edits: Array<() => void> = []
  for (const [section, entries] of Object.entries(values)) {
    const map = doc.getMap<unknown>(section)
    for (const [key, value] of Object.entries(entries)) if (!jsonEqual(map.get(key), value)) edits.push(() => map.set(key, value))
  }
  if (edits.length > 0) doc.transact(() => edits.forEach((edit) => edit()), origin)
  return edits.length > 0
}

/** Where the person's phone finds its new document: all the old one still says (its `meta`). */
export interface MovedTo {
  docId: string
  key: string
}

export function movedValues(audience: 'helper' | 'recipient', to: MovedTo): ProjectedValues {
  const schemaVersion = audience === 'helper' ? HELPER_DOC_SCHEMA_VERSION : RECIPIENT_DOC_SCHEMA_VERSION
  return { meta: { kind: audience, schemaVersion, revoked: false, movedTo: to.docId, movedKey: to.key } }
}

/** The new document names the one it replaces (for a phone that joins it by its invitation). */
export function markReplacing(doc: Y.Doc, oldDocId: string, origin: unknown): void {
  const keys = doc.getMap<unknown>(DOCUMENT_KEYS_SECTION)
  if (keys.get('replaces') !== oldDocId) doc.transact(() => keys.set('replaces', oldDocId), origin)
}
