import * as Y from 'yjs'
import { phrase, type Phrase } from '../../domain/phrase'
import { helperNameValue, summaries } from '../commands/words'
import type { OccurrenceStatusKind } from '../../domain/model'
import type { ReportKind } from '../schema/helperReport'

/**
 * What fold says about an entry it would not take, as Phrases of the people catalogue
 * (`people.foldNotes.rejected.*`): kept in the map's tampering notes as data, so each coordinator
 * reads them in their own language. They never name the person: the UI knows whose document it is.
 * Why a whole document was not read (a SkipReason) is a key the UI turns into words itself.
 */
export const reasons = {
  // A validator's own message is English and technical: the path already says which entry it was.
  unreadable: phrase('people.foldNotes.rejected.unreadable'),
  nested: phrase('people.foldNotes.rejected.nested'),
  unknownSection: phrase('people.foldNotes.rejected.unknownSection'),
  tooMany: (max: number) => phrase('people.foldNotes.rejected.tooMany', { max }),
  projectedDeleted: phrase('people.foldNotes.rejected.projectedDeleted'),
  projectedChanged: phrase('people.foldNotes.rejected.projectedChanged'),
  notATask: phrase('people.foldNotes.rejected.notATask'),
  noSuchCall: phrase('people.foldNotes.rejected.noSuchCall'),
  notOffered: phrase('people.foldNotes.rejected.notOffered'),
  notAnOfferField: phrase('people.foldNotes.rejected.notAnOfferField'),
  noSuchCheckIn: phrase('people.foldNotes.rejected.noSuchCheckIn'),
  noSuchNeed: phrase('people.foldNotes.rejected.noSuchNeed'),
  notAnId: phrase('people.foldNotes.rejected.notAnId'),
  notJoined: phrase('people.foldNotes.rejected.notJoined'),
}

const REASON_IDS = new Set(Object.values(reasons).map((reason) => (typeof reason === 'function' ? reason(0) : reason).id))
/** Whether a stored phrase's id is one of fold's reasons (a note in the map holds nothing else). */
export const isReasonId = (id: string): boolean => REASON_IDS.has(id)

/**
 * The English sentences Kith stored as the reason before reasons were Phrases (until 2026-12),
 * so a note kept from then reads in the coordinator's language too. A stored text not listed
 * here is shown as it was written.
 */
const LEGACY_REASONS: Record<string, Phrase> = {
  'holds a structure where a plain value belongs, so it was ignored': reasons.nested,
  'is not part of this kind of document, so it was ignored': reasons.unknownSection,
  'was deleted on their phone; it will be put back': reasons.projectedDeleted,
  'differs from what the coordinator’s device wrote there; it was ignored and will be put back': reasons.projectedChanged,
  'is not one of this helper’s tasks, so the report was ignored': reasons.notATask,
  'is not an open call in this circle, so the claim was ignored': reasons.noSuchCall,
  'this call was not offered to this helper, so the claim was ignored': reasons.notOffered,
  'is not part of an offer, so the offer was not taken': reasons.notAnOfferField,
  'is not a check-in of this circle, so the answer was ignored': reasons.noSuchCheckIn,
  'names a need that is not in the circle, so the suggestion was ignored': reasons.noSuchNeed,
  'is not an id Kith writes, so the entry was ignored': reasons.notAnId,
  'is not part of the joined marker, so it was ignored': reasons.notJoined,
}

/** A reason stored as English text by an older Kith, as the Phrase it stood for when it is one Kith wrote. */
export function legacyReason(text: string): Phrase | null {
  const known = LEGACY_REASONS[text]
  if (known) return known
  if (/^could not be read \(.*\), so it was ignored$/su.test(text)) return reasons.unreadable
  const many = /^has more than (\d+) entries; only the first \1 were read$/u.exec(text)
  return many ? reasons.tooMany(Number(many[1])) : null
}

/**
 * What a tampering note's id is made from for this reason: the English an older Kith stored for
 * it where there was one (so a note kept from before and the same rejection found now are one
 * record, and an older co-coordinator's device writes that same record), else the phrase itself.
 */
export function reasonKey(reason: Phrase): string {
  const key = JSON.stringify(reason)
  if (reason.id === reasons.tooMany(0).id) return `has more than ${reason.values?.max} entries; only the first ${reason.values?.max} were read`
  return Object.entries(LEGACY_REASONS).find(([, legacy]) => JSON.stringify(legacy) === key)?.[0] ?? key
}

/** "Sam can’t make it: “Walk the dog” at 08:00 on Saturday 28 November needs someone to cover it". */
export function reportSummary(doc: Y.Doc, helperId: string, occurrenceId: string, kind: ReportKind, status: OccurrenceStatusKind): Phrase {
  return phrase('activity.report', { name: helperNameValue(doc, helperId), kind: kind === 'cant-make-it' ? 'cantMakeIt' : kind, status: summaries.statusSet(doc, occurrenceId, status, null) })
}

/** Refusals of the coordinator's commands on what fold brought in (commands/fold.ts). */
export const commandRefusals = {
  suggestionGone: phrase('refusals.suggestionGone'),
  pleaseStopGone: phrase('refusals.pleaseStopGone'),
  tamperingGone: phrase('refusals.tamperingGone'),
}
