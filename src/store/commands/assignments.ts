import { z } from 'zod/mini'
import * as Y from 'yjs'
import { addDays, datesBetween, daysBetween, earlierDate, laterDate, weekdayOf } from '../../domain/dates'
import type { LocalDate, Weekday } from '../../domain/model'
import { collection, deleteEntity, upsertEntity } from '../entities'
import { DECLINED, declinedKey } from '../schema/declined'
import { stableId } from '../ids'
import { appendActivity } from '../schema/activity'
import {
  ASSIGNMENTS, assignmentShape, normalizeWeekdays, readAssignment, readAssignments, seriesRangeShape, weekdaysValidator,
  type StoredAssignment,
} from '../schema/assignment'
import { HELPERS } from '../schema/helper'
import { NEEDS } from '../schema/need'
import { idValidator, rangeInOrder, rangeOutOfOrder, shortText } from '../schema/primitives'
import { define, firstRefusal, idInput, requireEntity, once } from './define'
import { refusals, summaries } from './words'

/**
 * Accepted series. The coordinator accepts the planner's proposals, sets a series by hand
 * (an override, or a need split between helpers by weekday) or removes one. Every series
 * written here is accepted: a fixed input to re-planning.
 */
const proposalInput = once(() => z.omit(assignmentShape, { accepted: true, createdAt: true }).check(z.refine(rangeInOrder, rangeOutOfOrder)))
export type AssignmentProposal = z.infer<ReturnType<typeof proposalInput>>

const setInput = once(() => z
  .extend(seriesRangeShape, {
    parts: z.array(z.object({ weekdays: weekdaysValidator, helperId: idValidator })).check(z.minLength(1), z.maxLength(7)),
    override: z.nullable(shortText(600)),
  })
  .check(
    z.refine(rangeInOrder, rangeOutOfOrder),
    z.refine((input) => new Set(input.parts.flatMap((p) => p.weekdays)).size === input.parts.reduce((n, p) => n + new Set(p.weekdays).size, 0), {
      message: refusals.daysTwice,
      path: ['parts'],
    }),
  ))
export type AssignmentSetInput = z.infer<ReturnType<typeof setInput>>

type Piece = Pick<StoredAssignment, 'weekdays' | 'from' | 'until'>

/** The part of the need a series is about; two series of one need+slot+role may not share a day. */
const sameSeat = (a: Pick<StoredAssignment, 'needId' | 'slotKey' | 'role'>, b: typeof a) =>
  a.needId === b.needId && a.slotKey === b.slotKey && a.role === b.role

/** Same helper, weekdays and dates: the series already says what is being set. */
const holds = (series: Omit<StoredAssignment, 'id'>, part: Pick<StoredAssignment, 'helperId' | 'weekdays' | 'from' | 'until'>) =>
  series.helperId === part.helperId && series.from === part.from && series.until === part.until &&
  normalizeWeekdays(series.weekdays).join('') === normalizeWeekdays(part.weekdays).join('')

type SeriesShape = Pick<StoredAssignment, 'needId' | 'slotKey' | 'role' | 'helperId' | 'from' | 'until' | 'weekdays'>

const signature = (s: SeriesShape) =>
  [s.needId, s.slotKey, s.role, s.helperId, s.from, s.until, normalizeWeekdays(s.weekdays).join('')].join('|')

/**
 * A new series' id follows from what it says, so two tabs or devices accepting the same
 * proposal at once write one series, not two (Yjs merges writes to one key). When that id is
 * taken by a series that has since changed, the next one is used — the same on every device.
 */
function seriesIdFor(doc: Y.Doc, series: SeriesShape): string {
  const entities = collection(doc, ASSIGNMENTS)
  const base = signature(series)
  for (let n = 0; ; n++) {
    const id = stableId(n === 0 ? `series|${base}` : `series|${base}|${n}`)
    const taken = entities.get(id)
    if (!(taken instanceof Y.Map) || signature(taken.toJSON() as SeriesShape) === base) return id
  }
}

function refuseMissing(doc: Y.Doc, items: ReadonlyArray<{ needId?: string; helperId: string }>, path: (i: number) => string) {
  return firstRefusal(
    ...items.map((item, i) =>
      firstRefusal(
        item.needId === undefined ? null : requireEntity(doc, NEEDS, item.needId, `${path(i)}/needId`, refusals.needGone),
        requireEntity(doc, HELPERS, item.helperId, `${path(i)}/helperId`, refusals.helperGone),
      ),
    ),
  )
}

function writeSeries(doc: Y.Doc, id: string, series: Omit<StoredAssignment, 'id'>): void {
  upsertEntity(doc, ASSIGNMENTS, id, { ...series, weekdays: normalizeWeekdays(series.weekdays) })
}

/** Takes `days` between `from` and `until` out of a stored series, keeping what is left. */
export function trimSeries(doc: Y.Doc, id: string, series: Omit<StoredAssignment, 'id'>, days: ReadonlySet<Weekday>, from: LocalDate, until: LocalDate): void {
  const [first, ...rest] = subtractSeries(series, days, from, until)
  if (!first) deleteEntity(doc, ASSIGNMENTS, id)
  else writeSeries(doc, id, { ...series, ...first })
  for (const piece of rest) writeSeries(doc, seriesIdFor(doc, { ...series, ...piece }), { ...series, ...piece })
}

/** True when the dates from..until hold at least one of the weekdays. */
function fallsOnAny({ weekdays, from, until }: Piece): boolean {
  if (daysBetween(from, until) >= 6) return weekdays.length > 0
  return datesBetween(from, until).some((date) => weekdays.includes(weekdayOf(date)))
}

/**
 * What is left of a series once `days` between `from` and `until` are taken from it: the
 * part before the range, the range with those weekdays trimmed, the part after; pieces that
 * hold no occurrence are dropped. An untouched series comes back as it was.
 */
export function subtractSeries(series: Piece, days: ReadonlySet<Weekday>, from: LocalDate, until: LocalDate): Piece[] {
  const kept = series.weekdays.filter((day) => !days.has(day))
  if (series.until < from || series.from > until || kept.length === series.weekdays.length) return [series]
  return [
    { weekdays: series.weekdays, from: series.from, until: addDays(from, -1) },
    { weekdays: kept, from: laterDate(series.from, from), until: earlierDate(series.until, until) },
    { weekdays: series.weekdays, from: addDays(until, 1), until: series.until },
  ].filter((piece) => piece.from <= piece.until && fallsOnAny(piece))
}

export const assignmentCommands = {
  /** "Not this person for this need": the planner stops proposing them for it. */
  'proposal/decline': define(
    () => z.object({ needId: idValidator, helperId: idValidator }),
    (doc, input) => firstRefusal(
      requireEntity(doc, NEEDS, input.needId, 'input/needId', refusals.needGone),
      requireEntity(doc, HELPERS, input.helperId, 'input/helperId', refusals.helperGone),
    ),
    (doc, { needId, helperId }, now) => {
      const id = declinedKey(needId, helperId)
      if (!collection(doc, DECLINED).has(id)) upsertEntity(doc, DECLINED, id, { needId, helperId, at: now })
      return id
    },
  ),
  'proposal/undecline': define(idInput, (doc, { id }) => {
    deleteEntity(doc, DECLINED, id)
  }),
  /** Writes the proposals the coordinator accepted; one already accepted as it is is not written twice. */
  'assignment/accept': define(
    () => z.object({ assignments: z.array(proposalInput()).check(z.minLength(1), z.maxLength(1000)) }),
    (doc, { assignments }) => refuseMissing(doc, assignments, (i) => `input/assignments/${i}`),
    (doc, { assignments }, now) => {
      const existing = new Set(readAssignments(doc, []).map(signature))
      const written: Array<AssignmentProposal & { id: string }> = []
      for (const proposal of assignments) {
        if (existing.has(signature(proposal))) continue
        existing.add(signature(proposal))
        const id = seriesIdFor(doc, proposal)
        writeSeries(doc, id, { ...proposal, accepted: true, createdAt: now })
        written.push({ ...proposal, id })
      }
      const ids = written.map((s) => s.id)
      if (written.length > 0) appendActivity(doc, now, 'assignment/accepted', summaries.accepted(doc, written), ids, stableId(`accepted|${[...ids].sort().join('|')}`))
    },
  ),
  'assignment/remove': define(
    idInput,
    (doc, { id }) => requireEntity(doc, ASSIGNMENTS, id, 'input/id', refusals.assignmentGone),
    (doc, { id }, now) => {
      const series = readAssignment(doc, id)
      deleteEntity(doc, ASSIGNMENTS, id)
      if (!series) return
      // Not proposed again for the same dates unless the coordinator asks (Undo in Assign).
      const { needId, helperId, from, until } = series
      const declined = declinedKey(needId, helperId, { from, until })
      if (!collection(doc, DECLINED).has(declined)) upsertEntity(doc, DECLINED, declined, { needId, helperId, from, until, at: now })
      appendActivity(doc, now, 'assignment/removed', summaries.removed(doc, series), [id, series.helperId])
    },
  ),
  /**
   * Sets who does a need's slot on which weekdays from..until, one series per part: the
   * coordinator's override of a proposal, or a split ("Mon–Thu Sam, Fri–Sun Lee"). Series of
   * the same need, slot and role are trimmed where they share a day in that range, not deleted.
   */
  'assignment/set': define(
    setInput,
    (doc, input) => firstRefusal(
      requireEntity(doc, NEEDS, input.needId, 'input/needId', refusals.needGone),
      refuseMissing(doc, input.parts, (i) => `input/parts/${i}`),
    ),
    (doc, { parts, override, ...seat }, now) => {
      const days = new Set(parts.flatMap((part) => part.weekdays))
      const ids: Array<string | null> = parts.map(() => null)
      for (const { id, ...series } of readAssignments(doc, []).filter((s) => sameSeat(s, seat))) {
        // A part the map already holds keeps its series (and id): setting the same again changes nothing.
        const held = parts.findIndex((part, i) => ids[i] === null && holds(series, { ...seat, ...part }))
        if (held !== -1) {
          ids[held] = id
          writeSeries(doc, id, { ...series, override })
          continue
        }
        trimSeries(doc, id, series, days, seat.from, seat.until)
      }
      // One person is never both first and backup at once: taking one role on a day gives
      // up the other role there, and the planner proposes someone else for it.
      const otherSeat = { ...seat, role: seat.role === 'primary' ? 'backup' as const : 'primary' as const }
      for (const part of parts) {
        for (const { id, ...series } of readAssignments(doc, []).filter((s) => sameSeat(s, otherSeat) && s.helperId === part.helperId)) {
          trimSeries(doc, id, series, new Set(part.weekdays), seat.from, seat.until)
        }
      }
      const written = parts.map((part, i) => ({ ...seat, ...part, id: ids[i] ?? seriesIdFor(doc, { ...seat, ...part }) }))
      parts.forEach((part, i) => {
        if (ids[i] === null) writeSeries(doc, written[i].id, { ...seat, ...part, accepted: true, override, reasons: [], createdAt: now })
      })
      appendActivity(doc, now, 'assignment/set', summaries.set(doc, written, override), written.map((s) => s.id))
      return written[0].id
    },
  ),
}
