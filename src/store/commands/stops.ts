import { z } from 'zod/mini'
import * as Y from 'yjs'
import { parseOccurrenceId, WEEKDAYS, type LocalDate } from '../../domain/model'
import { collection, deleteEntity, entityField, upsertEntity } from '../entities'
import { randomId } from '../ids'
import { appendActivity } from '../schema/activity'
import { readAssignments } from '../schema/assignment'
import { DECLINED, declinedKey } from '../schema/declined'
import { HELPERS } from '../schema/helper'
import { NEEDS } from '../schema/need'
import { readStatuses, writeStatus } from '../schema/occurrence'
import { OPEN_CALLS, readOpenCalls } from '../schema/openCall'
import { PLEASE_STOP, readPleaseStop, type PleaseStopResponse } from '../schema/pleaseStop'
import { idValidator, localDateValidator } from '../schema/primitives'
import { STOPS, readStop } from '../schema/stop'
import { trimSeries } from './assignments'
import { commandRefusals } from '../fold/words'
import { define, firstRefusal, idInput, requireEntity, once } from './define'
import { refusals, summaries } from './words'

/**
 * "Please stop" that stops (domain/model/stop.ts). One step each:
 * - `need/pause`, `need/end`: the whole need, from a date (to a date); every accepted series
 *   is cut out of those days, open calls for them are withdrawn, and the days are nobody's to
 *   do, so the planner does not fill them again;
 * - `need/end-helper-part`: one helper's series of the need from a date, their covers then
 *   need someone again, and the need declines them (listed in Assign, with Undo);
 * - `please-stop/talk-first`: nothing changes yet; the recipient is told the coordinator will talk first.
 * Each records the helpers it touched (they are told kindly in their own document), answers
 * the "please stop" it came from, and logs what stopped and why for the next check-in.
 */
const answered = () => ({ pleaseStopId: z._default(z.nullable(idValidator), null) })
const pauseInput = once(() => z.object({ needId: idValidator, from: localDateValidator, until: localDateValidator, ...answered() })
  .check(z.refine((input) => input.from <= input.until, { message: refusals.pauseOutOfOrder, path: ['until'] })))
const endInput = once(() => z.object({ needId: idValidator, from: localDateValidator, ...answered() }))
const helperPartInput = once(() => z.extend(endInput(), { helperId: idValidator }))

type Range = { needId: string; from: LocalDate; until: LocalDate | null }

const inRange = (date: LocalDate, { from, until }: Range) => from <= date && (until === null || date <= until)

function checkStop(doc: Y.Doc, input: { needId: string; pleaseStopId: string | null; helperId?: string }) {
  return firstRefusal(
    requireEntity(doc, NEEDS, input.needId, 'input/needId', refusals.needGone),
    input.helperId ? requireEntity(doc, HELPERS, input.helperId, 'input/helperId', refusals.helperGone) : null,
    input.pleaseStopId ? requireEntity(doc, PLEASE_STOP, input.pleaseStopId, 'input/pleaseStopId', commandRefusals.pleaseStopGone) : null,
  )
}

/** Cuts the need's accepted series (one helper's only, when given) out of the range; returns whose they were. */
function cutSeries(doc: Y.Doc, range: Range, helperId: string | null): string[] {
  const touched = new Set<string>()
  for (const { id, ...series } of readAssignments(doc, [])) {
    if (series.needId !== range.needId || (helperId !== null && series.helperId !== helperId)) continue
    if (series.until < range.from || (range.until !== null && series.from > range.until)) continue
    touched.add(series.helperId)
    trimSeries(doc, id, series, new Set(WEEKDAYS), range.from, range.until ?? series.until)
  }
  return [...touched]
}

/** Occurrences of the need in the range covered by someone (an activated backup, a taken call): who covers them. */
function coversInRange(doc: Y.Doc, range: Range) {
  return Object.entries(readStatuses(doc, [])).flatMap(([occurrenceId, status]) => {
    const parsed = parseOccurrenceId(occurrenceId)
    if (!parsed || parsed.needId !== range.needId || !inRange(parsed.date, range) || status.status !== 'covered' || !status.coveredBy) return []
    return [{ occurrenceId, helperId: status.coveredBy, note: status.note }]
  })
}

function answerPleaseStop(doc: Y.Doc, id: string | null, response: PleaseStopResponse, now: number): void {
  if (!id) return
  const seen = entityField(doc, PLEASE_STOP, id, 'acknowledgedAt')
  upsertEntity(doc, PLEASE_STOP, id, { response, acknowledgedAt: typeof seen === 'number' ? seen : now })
}

function writeStop(doc: Y.Doc, stop: Range & { helperId: string | null; kind: 'pause' | 'end'; helperIds: string[]; pleaseStopId: string | null }, now: number): string {
  const id = randomId()
  upsertEntity(doc, STOPS, id, { ...stop, helperIds: [...new Set(stop.helperIds)].sort(), at: now })
  return id
}

/** The whole need, paused or ended over the range. */
function stopNeed(doc: Y.Doc, range: Range, kind: 'pause' | 'end', pleaseStopId: string | null, now: number): string {
  const holders = cutSeries(doc, range, null)
  const covering = coversInRange(doc, range).map((cover) => cover.helperId)
  for (const call of readOpenCalls(doc, [])) {
    const parsed = parseOccurrenceId(call.occurrenceId)
    if (call.state === 'open' && parsed?.needId === range.needId && inRange(parsed.date, range)) upsertEntity(doc, OPEN_CALLS, call.id, { state: 'withdrawn' })
  }
  const id = writeStop(doc, { ...range, helperId: null, kind, helperIds: [...holders, ...covering], pleaseStopId }, now)
  answerPleaseStop(doc, pleaseStopId, kind === 'pause' ? 'paused' : 'ended', now)
  const summary = kind === 'pause'
    ? summaries.paused(doc, range.needId, range.from, range.until!, pleaseStopId)
    : summaries.needEnded(doc, range.needId, range.from, pleaseStopId)
  appendActivity(doc, now, 'need/stopped', summary, [id, range.needId, ...holders, ...covering])
  return id
}

export const stopCommands = {
  'need/pause': define(pauseInput, (doc, input) => checkStop(doc, input), (doc, { needId, from, until, pleaseStopId }, now) =>
    stopNeed(doc, { needId, from, until }, 'pause', pleaseStopId, now)),
  'need/end': define(endInput, (doc, input) => checkStop(doc, input), (doc, { needId, from, pleaseStopId }, now) =>
    stopNeed(doc, { needId, from, until: null }, 'end', pleaseStopId, now)),
  'need/end-helper-part': define(helperPartInput, (doc, input) => checkStop(doc, input), (doc, { needId, helperId, from, pleaseStopId }, now) => {
    const range = { needId, from, until: null }
    cutSeries(doc, range, helperId)
    // Their covers then need someone again; the note says why.
    for (const cover of coversInRange(doc, range).filter((c) => c.helperId === helperId)) {
      writeStatus(doc, cover.occurrenceId, { status: 'needs-cover', coveredBy: null, note: cover.note, at: now })
    }
    const declined = declinedKey(needId, helperId)
    if (!collection(doc, DECLINED).has(declined)) upsertEntity(doc, DECLINED, declined, { needId, helperId, at: now })
    const id = writeStop(doc, { ...range, helperId, kind: 'end', helperIds: [helperId], pleaseStopId }, now)
    answerPleaseStop(doc, pleaseStopId, 'helper-ended', now)
    appendActivity(doc, now, 'need/stopped', summaries.helperPartEnded(doc, needId, helperId, from, pleaseStopId), [id, needId, helperId])
    return id
  }),
  /** Back on: the days are the circle's to do again, and the planner proposes for them. */
  'need/resume': define(idInput, (doc, { id }) => requireEntity(doc, STOPS, id, 'input/id', refusals.stopGone), (doc, { id }, now) => {
    const stop = readStop(doc, id)
    if (!stop) return
    deleteEntity(doc, STOPS, id)
    if (stop.helperId) deleteEntity(doc, DECLINED, declinedKey(stop.needId, stop.helperId))
    appendActivity(doc, now, 'need/resumed', summaries.resumed(doc, stop.needId, stop.helperId), [stop.needId])
  }),
  'please-stop/talk-first': define(
    idInput,
    (doc, { id }) => requireEntity(doc, PLEASE_STOP, id, 'input/id', commandRefusals.pleaseStopGone),
    (doc, { id }, now) => {
      answerPleaseStop(doc, id, 'talk-first', now)
      const request = readPleaseStop(doc, []).find((p) => p.id === id)
      appendActivity(doc, now, 'need/stopped', summaries.talkFirst(doc, request?.note ?? ''), [id])
    },
  ),
}

