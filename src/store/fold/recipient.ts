/**
 * Fold: what the recipient wrote in their own document → the coordinator's map.
 *
 * Rules:
 * - The recipient's document is untrusted input; only `answers`, `suggestions` and
 *   `pleaseStop` are read, each entry validated on its own, the rest rejected with its path
 *   (fold/helper.ts states the shared rules: size, version, idempotence, one transaction).
 * - Answers attach to a check-in of the map (`checkInAnswers`, by check-in id); suggestions go
 *   to `suggestions` for the coordinator's Assess — they never edit a need; "please stop" goes
 *   to `pleaseStop`, for the coordinator to see at once.
 * - An entry is written when new or when the recipient changed it (its `at` or content); the
 *   coordinator's own fields (a suggestion's state, an acknowledgement) are never touched.
 */
import * as Y from 'yjs'
import type { Instant } from '../../domain/model'
import { collection, jsonEqual, upsertEntity } from '../entities'
import { isRandomId } from '../ids'
import { foldOrigin } from '../origins'
import { readProjectionInput, todayOf, type ProjectionInput } from '../projection/input'
import { projectRecipient } from '../projection/recipient'
import {
  RECIPIENT_DOC_SCHEMA_VERSION, RECIPIENT_OWNED, RECIPIENT_PROJECTED, type RecipientAnswer, type RecipientPleaseStop, type RecipientSuggestion,
} from '../recipientDoc/layout'
import { answerValueValidator, pleaseStopValueValidator, suggestionValueValidator } from '../recipientDoc/owned'
import { CHECK_IN_ANSWERS } from '../schema/checkInAnswer'
import { PLEASE_STOP } from '../schema/pleaseStop'
import { SUGGESTIONS } from '../schema/suggestion'
import { guardDoc, mapSkipReason } from './guard'
import type { Phrase } from '../../domain/phrase'
import type { FoldResult, Rejection } from './result'
import { accept, projectedDifferences, untrustedSection } from './untrusted'
import { reasons } from './words'

type Write = (doc: Y.Doc) => void

export const RECIPIENT_SOURCE = 'recipient'

/** `input`: the map as it is now, if the caller has it read already (a map store's snapshot). */
export function foldRecipient(mapDoc: Y.Doc, recipientDoc: Y.Doc, now: Instant, input: ProjectionInput = readProjectionInput(mapDoc)): FoldResult {
  const skip = (skipped: NonNullable<ReturnType<typeof mapSkipReason>>) => ({ changed: false, reports: [{ source: RECIPIENT_SOURCE, skipped, rejected: [] }] })
  const mapSkip = mapSkipReason(input)
  if (mapSkip) return skip(mapSkip)
  const guard = guardDoc(recipientDoc, 'recipient', [...RECIPIENT_PROJECTED, ...RECIPIENT_OWNED], RECIPIENT_DOC_SCHEMA_VERSION)
  if (guard.skip) return skip(guard.skip)
  const rejected = [...guard.rejected]
  const expected = projectRecipient(input, todayOf(input, now)!)
  if (expected) rejected.push(...projectedDifferences(recipientDoc, expected, RECIPIENT_PROJECTED))
  const writes = [...planAnswers(input, recipientDoc, now, rejected), ...planSuggestions(input, recipientDoc, now, rejected), ...planPleaseStop(input, recipientDoc, now, rejected)]
  let changed = false
  if (writes.length > 0) {
    mapDoc.transact((transaction) => {
      writes.forEach((write) => write(mapDoc))
      changed = transaction.changed.size > 0
    }, foldOrigin)
  }
  return { changed, reports: [{ source: RECIPIENT_SOURCE, skipped: null, rejected }] }
}

function planAnswers(input: ProjectionInput, doc: Y.Doc, now: Instant, rejected: Rejection[]): Write[] {
  const checkIns = new Set(input.checkIns.map((c) => c.id))
  return untrustedSection<RecipientAnswer>(doc, 'answers', rejected).flatMap(({ key, value }) => {
    const path = `answers/${key}`
    const answer = accept(answerValueValidator, value, path, rejected)
    if (!answer) return []
    if (!checkIns.has(key)) return reject(rejected, path, reasons.noSuchCheckIn)
    const { id: _id, receivedAt: _r, ...before } = input.inbox.checkInAnswers[key] ?? { id: '', receivedAt: 0 }
    if (jsonEqual(before, answer)) return []
    return [(map: Y.Doc) => upsertEntity(map, CHECK_IN_ANSWERS, key, { ...answer, receivedAt: now })]
  })
}

const SUGGESTION_CONTENT_KEYS = ['kind', 'title', 'needId', 'priority', 'note', 'at']

function planSuggestions(input: ProjectionInput, doc: Y.Doc, now: Instant, rejected: Rejection[]): Write[] {
  const needs = new Set(input.needs.map((n) => n.id))
  return untrustedSection<RecipientSuggestion>(doc, 'suggestions', rejected).flatMap(({ key, value }) => {
    const path = `suggestions/${key}`
    if (!isRandomId(key)) return reject(rejected, path, reasons.notAnId)
    const suggestion = accept(suggestionValueValidator, value, path, rejected)
    if (!suggestion) return []
    if (suggestion.kind === 'priority' && !needs.has(suggestion.needId)) return reject(rejected, `${path}/needId`, reasons.noSuchNeed)
    const before = input.inbox.suggestions.find((s) => s.id === key)
    if (before) {
      const { id: _id, receivedAt: _r, state: _s, ...content } = before
      if (jsonEqual(content, suggestion)) return []
    }
    return [(map: Y.Doc) => {
      upsertEntity(map, SUGGESTIONS, key, { ...suggestion, ...(before ? {} : { receivedAt: now, state: 'new' }) })
      // A suggestion the recipient turned into the other kind keeps no field of the old one.
      const entity = collection(map, SUGGESTIONS).get(key)!
      for (const field of SUGGESTION_CONTENT_KEYS) if (entity.has(field) && !Object.hasOwn(suggestion, field)) entity.delete(field)
    }]
  })
}

function planPleaseStop(input: ProjectionInput, doc: Y.Doc, now: Instant, rejected: Rejection[]): Write[] {
  return untrustedSection<RecipientPleaseStop>(doc, 'pleaseStop', rejected).flatMap(({ key, value }) => {
    const path = `pleaseStop/${key}`
    if (!isRandomId(key)) return reject(rejected, path, reasons.notAnId)
    const request = accept(pleaseStopValueValidator, value, path, rejected)
    if (!request) return []
    if (request.needId && !input.needs.some((need) => need.id === request.needId)) return reject(rejected, `${path}/needId`, reasons.noSuchNeed)
    const before = input.inbox.pleaseStop.find((p) => p.id === key)
    if (before && before.note === request.note && before.at === request.at && (before.needId ?? null) === (request.needId ?? null)) return []
    return [(map: Y.Doc) => upsertEntity(map, PLEASE_STOP, key, { ...request, ...(before ? {} : { receivedAt: now, acknowledgedAt: null }) })]
  })
}

function reject(rejected: Rejection[], path: string, reason: Phrase): Write[] {
  rejected.push({ path, reason })
  return []
}
