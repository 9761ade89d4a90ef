import * as Y from 'yjs'
import { phrase, type Phrase } from '../../domain/phrase'
import { helperNameValue, summaries } from '../commands/words'
import type { OccurrenceStatusKind } from '../../domain/model'
import type { ReportKind } from '../schema/helperReport'
import type { SkipReason } from './result'

/** Every sentence fold writes or returns, in one place. They never name the person: the UI knows whose document it is. */
export const skipReasons: Record<SkipReason, string> = {
  'map-not-ready': 'The circle is not loaded yet on this device, so nothing was read.',
  'circle-ended': 'The support has ended, so nothing more is taken from this document.',
  'helper-removed': 'This helper is no longer in the circle, so their document is no longer read.',
  revoked: 'This document was closed when its person left the circle.',
  'too-large': 'This document is far larger than Kith ever makes one, so Kith stopped reading it. Nothing in it reaches the map until that is sorted out.',
  flood: 'This phone sent far more changes in a few minutes than anyone makes, so Kith stopped reading its document. Nothing in it reaches the map until it gets a fresh one.',
  'too-new': 'This document was written by a newer version of Kith. Update Kith to read it.',
  'wrong-kind': 'This is not the kind of document expected here, so it was not read.',
}

export const reasons = {
  unreadable: (detail: string) => `could not be read (${detail.charAt(0).toLowerCase()}${detail.slice(1)}), so it was ignored`,
  nested: 'holds a structure where a plain value belongs, so it was ignored',
  unknownSection: 'is not part of this kind of document, so it was ignored',
  tooMany: (max: number) => `has more than ${max} entries; only the first ${max} were read`,
  projectedDeleted: 'was deleted on their phone; it will be put back',
  projectedChanged: 'differs from what the coordinator’s device wrote there; it was ignored and will be put back',
  notATask: 'is not one of this helper’s tasks, so the report was ignored',
  noSuchCall: 'is not an open call in this circle, so the claim was ignored',
  notOffered: 'this call was not offered to this helper, so the claim was ignored',
  notAnOfferField: 'is not part of an offer, so the offer was not taken',
  noSuchCheckIn: 'is not a check-in of this circle, so the answer was ignored',
  noSuchNeed: 'names a need that is not in the circle, so the suggestion was ignored',
  notAnId: 'is not an id Kith writes, so the entry was ignored',
  notJoined: 'is not part of the joined marker, so it was ignored',
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
