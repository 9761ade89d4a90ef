import { z } from 'zod/mini'
import * as Y from 'yjs'
import { addDays } from '../../domain/dates'
import { endedOn } from '../../domain/ending'
import { parseOccurrenceId } from '../../domain/model'
import { isHeldBack } from '../../domain/safetyVerdict'
import { collection, deleteEntity, entityField, replaceEntity, upsertEntity } from '../entities'
import { randomId } from '../ids'
import { ACTIVITY, appendActivity } from '../schema/activity'
import { CHECK_INS, checkInValidator } from '../schema/checkIn'
import { NO_FOLLOW_UPS, readCircle, writeCircle } from '../schema/circle'
import { nextSeq } from '../schema/order'
import { HELPERS } from '../schema/helper'
import { NEEDS, readNeed } from '../schema/need'
import { OCCURRENCE_STATUS_KINDS, STATUSES, writeStatus } from '../schema/occurrence'
import { OPEN_CALLS, readOpenCall, readOpenCalls } from '../schema/openCall'
import { idValidator, localDateValidator, longText, occurrenceIdValidator, weekdayValidator } from '../schema/primitives'
import { define, firstRefusal, idInput, refuse, requireEntity, once } from './define'
import { helperNameValue, refusals, summaries } from './words'

/**
 * Reassess: what happened to each occurrence (statuses, backups, open calls), the weekly
 * check-in, and the support's end. Statuses are keyed by occurrence id, so they outlive any
 * series; a covered occurrence keeps the note of why it needed cover.
 */

/** Follow-ups after the support ends: +30 and +91 days, plain day counts (no month arithmetic). */
export const FOLLOW_UP_DAYS = { oneMonth: 30, threeMonths: 91 } as const

const occurrenceInput = once(() => z.object({ occurrenceId: occurrenceIdValidator }))
const coverInput = once(() => z.extend(occurrenceInput(), { helperId: idValidator }))
const statusInput = once(() => z
  .extend(occurrenceInput(), { status: z.enum(OCCURRENCE_STATUS_KINDS), coveredBy: z.optional(z.nullable(idValidator)), note: z.optional(longText) })
  .check(z.refine((s) => !s.coveredBy || s.status === 'covered', { message: 'only a covered task names who covered it', path: ['coveredBy'] })))

const checkInInput = once(() => z.omit(checkInValidator, { at: true, seq: true }))
export type CheckInInput = z.infer<ReturnType<typeof checkInInput>>

const needOf = (occurrenceId: string) => parseOccurrenceId(occurrenceId)?.needId ?? ''
const requireNeedOf = (doc: Y.Doc, occurrenceId: string) =>
  requireEntity(doc, NEEDS, needOf(occurrenceId), 'input/occurrenceId', refusals.needGone)
/** An open call is offered to helpers: never for a need held back for safety. */
function heldBack(doc: Y.Doc, occurrenceId: string): boolean {
  const need = readNeed(doc, needOf(occurrenceId))
  return need !== null && isHeldBack(need)
}
const requireHelper = (doc: Y.Doc, helperId: string | null | undefined, path: string) =>
  helperId ? requireEntity(doc, HELPERS, helperId, path, refusals.helperGone) : null

/** A call that is there and still open, or the reason it is not. */
function requireOpenCall(doc: Y.Doc, id: string) {
  const call = readOpenCall(doc, id)
  if (!call) return refuse('input/id', refusals.openCallGone)
  if (call.state === 'taken') return refuse('input/id', refusals.callTaken(helperNameValue(doc, call.takenBy ?? '')))
  return call.state === 'withdrawn' ? refuse('input/id', refusals.callWithdrawn) : null
}

/** Marks the occurrence covered by the helper, keeping the note of why it needed cover. */
function cover(doc: Y.Doc, occurrenceId: string, helperId: string, at: number): void {
  const note = entityField(doc, STATUSES, occurrenceId, 'note')
  writeStatus(doc, occurrenceId, { status: 'covered', coveredBy: helperId, note: typeof note === 'string' ? note : '', at })
}

function requireCircle(doc: Y.Doc) {
  const circle = readCircle(doc, [])
  return { circle, refusal: circle ? null : refuse('circle', refusals.noCircle) }
}

export const occurrenceCommands = {
  'occurrence/set-status': define(
    statusInput,
    (doc, input) => firstRefusal(requireNeedOf(doc, input.occurrenceId), requireHelper(doc, input.coveredBy, 'input/coveredBy')),
    (doc, { occurrenceId, status, coveredBy = null, note = '' }, now) => {
      writeStatus(doc, occurrenceId, { status, coveredBy, note, at: now })
      const refs = coveredBy ? [occurrenceId, coveredBy] : [occurrenceId]
      appendActivity(doc, now, 'status/set', summaries.statusSet(doc, occurrenceId, status, coveredBy), refs)
    },
  ),
  /** Back to planned. Clearing a status that is not there writes nothing. */
  'occurrence/clear-status': define(occurrenceInput, (doc, { occurrenceId }, now) => {
    if (deleteEntity(doc, STATUSES, occurrenceId)) {
      appendActivity(doc, now, 'status/cleared', summaries.statusCleared(doc, occurrenceId), [occurrenceId])
    }
  }),
  'occurrence/activate-backup': define(
    coverInput,
    (doc, input) => firstRefusal(requireNeedOf(doc, input.occurrenceId), requireHelper(doc, input.helperId, 'input/helperId')),
    (doc, { occurrenceId, helperId }, now) => {
      cover(doc, occurrenceId, helperId, now)
      appendActivity(doc, now, 'backup/activated', summaries.willCover(doc, occurrenceId, helperId), [occurrenceId, helperId])
    },
  ),
}

export const openCallCommands = {
  /** Offers the gap to every qualified helper; the occurrence needs cover unless it already has a status. */
  'open-call/post': define(
    occurrenceInput,
    (doc, { occurrenceId }) => firstRefusal(
      requireNeedOf(doc, occurrenceId),
      readOpenCalls(doc, []).some((call) => call.occurrenceId === occurrenceId && call.state === 'open')
        ? refuse('input/occurrenceId', refusals.callAlreadyOpen) : null,
      heldBack(doc, occurrenceId) ? refuse('input/occurrenceId', refusals.heldBack) : null,
    ),
    (doc, { occurrenceId }, now) => {
      const id = randomId()
      upsertEntity(doc, OPEN_CALLS, id, { occurrenceId, postedAt: now, state: 'open', takenBy: null, takenAt: null })
      if (!collection(doc, STATUSES).has(occurrenceId)) writeStatus(doc, occurrenceId, { status: 'needs-cover', coveredBy: null, note: '', at: now })
      appendActivity(doc, now, 'open-call/posted', summaries.callPosted(doc, occurrenceId), [id, occurrenceId])
      return id
    },
  ),
  /** The first to take it gets it: a call already taken refuses every later taker. */
  'open-call/record-taker': define(
    () => z.extend(idInput(), { helperId: idValidator }),
    (doc, { id, helperId }) => firstRefusal(requireOpenCall(doc, id), requireHelper(doc, helperId, 'input/helperId')),
    (doc, { id, helperId }, now) => {
      const { id: _id, ...call } = readOpenCall(doc, id)!
      const { occurrenceId } = call
      // Whole records: state, takenBy and takenAt must agree even if another device writes too.
      replaceEntity(doc, OPEN_CALLS, id, { ...call, state: 'taken', takenBy: helperId, takenAt: now })
      cover(doc, occurrenceId, helperId, now)
      appendActivity(doc, now, 'open-call/taken', summaries.callTaken(doc, occurrenceId, helperId), [id, occurrenceId, helperId])
      return id
    },
  ),
  'open-call/withdraw': define(
    idInput,
    (doc, { id }) => requireOpenCall(doc, id),
    (doc, { id }, now) => {
      const { id: _id, ...call } = readOpenCall(doc, id)!
      const { occurrenceId } = call
      replaceEntity(doc, OPEN_CALLS, id, { ...call, state: 'withdrawn', takenBy: null, takenAt: null })
      appendActivity(doc, now, 'open-call/withdrawn', summaries.callWithdrawn(doc, occurrenceId), [id, occurrenceId])
    },
  ),
}

export const checkInCommands = {
  'check-in/record': define(
    checkInInput,
    (doc, { adjustmentIds }) => {
      const unknown = adjustmentIds.findIndex((id) => !collection(doc, ACTIVITY).has(id))
      return unknown === -1 ? null : refuse(`input/adjustmentIds/${unknown}`, refusals.unknownAdjustment)
    },
    (doc, checkIn, now) => {
      const id = randomId()
      upsertEntity(doc, CHECK_INS, id, { ...checkIn, adjustmentIds: [...new Set(checkIn.adjustmentIds)], at: now, seq: nextSeq(doc) })
      return id
    },
  ),
  'circle/set-check-in-day': define(
    () => z.object({ weekday: weekdayValidator }),
    (doc) => requireCircle(doc).refusal,
    (doc, { weekday }) => {
      writeCircle(doc, { checkInWeekday: weekday })
    },
  ),
}

/** Extending and ending the support. An archived circle refuses every other command (MapStore.run). */
export const endCommands = {
  'circle/extend': define(
    () => z.object({ endDate: localDateValidator }),
    (doc, { endDate }) => {
      const { circle, refusal } = requireCircle(doc)
      if (!circle) return refusal
      return endDate > circle.endDate ? null : refuse('input/endDate', refusals.extendNotLater(circle.endDate))
    },
    (doc, { endDate }, now) => {
      writeCircle(doc, { endDate })
      appendActivity(doc, now, 'circle/extended', summaries.extended(endDate), [])
    },
  ),
  /** Follow-ups count from the day the support really ended: today, or the planned end if that came first. */
  'circle/end': define(
    () => z.object({ followUps: z.boolean() }),
    (doc) => requireCircle(doc).refusal,
    (doc, { followUps }, now) => {
      const circle = readCircle(doc, [])!
      const ended = endedOn({ ...circle, status: 'archived', endedAt: now })!
      writeCircle(doc, {
        status: 'archived',
        endedAt: now,
        followUps: followUps
          ? { oneMonth: addDays(ended, FOLLOW_UP_DAYS.oneMonth), threeMonths: addDays(ended, FOLLOW_UP_DAYS.threeMonths) }
          : { ...NO_FOLLOW_UPS },
      })
      appendActivity(doc, now, 'circle/ended', summaries.ended, [])
    },
  ),
  'circle/reopen': define(
    () => z.object({}),
    (doc) => {
      const { circle, refusal } = requireCircle(doc)
      return refusal ?? (circle?.status === 'archived' ? null : refuse('circle/status', refusals.notArchived))
    },
    (doc, _input, now) => {
      writeCircle(doc, { status: 'active', endedAt: null, followUps: { ...NO_FOLLOW_UPS } })
      appendActivity(doc, now, 'circle/reopened', summaries.reopened, [])
    },
  ),
}
