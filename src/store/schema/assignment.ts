import { z } from 'zod/mini'
import * as Y from 'yjs'
import type { Assignment, Weekday } from '../../domain/model'
import {
  lazySchema, idValidator, localDateValidator, rangeInOrder, rangeOutOfOrder, readCollection, readEntity, shortText, weekdayValidator, type ReadProblem,
} from './primitives'
import { compareText } from '../../domain/compareText'

/**
 * Assignments are series (need + slot + weekdays + date range → helper, as primary or
 * backup), one entity per series keyed by random id. Per-occurrence exceptions live in
 * `statuses` (schema/occurrence.ts), keyed by occurrence id, so they outlive any series.
 */
export const ASSIGNMENTS = 'assignments'

/** An accepted series as the map keeps it: why it was proposed, and when it was written. */
export type StoredAssignment = Assignment & {
  /** The planner's reasons for proposing it; empty when the coordinator set it by hand. */
  reasons: string[]
  createdAt: number
}

export const slotKeyValidator = lazySchema(() => z.string().check(z.regex(/^(any|([01]\d|2[0-3]):[0-5]\d)$/, 'expected a slot key HH:mm or any')))

export const weekdaysValidator = lazySchema(() => z.array(weekdayValidator).check(z.minLength(1, 'at least one day is needed'), z.maxLength(7)))

/** Each weekday once, Monday first: commands write weekdays this way, so equal series compare equal. */
export function normalizeWeekdays(weekdays: readonly Weekday[]): Weekday[] {
  return [...new Set(weekdays)].sort((a, b) => a - b)
}

export const seriesRangeShape = lazySchema(() => z.object({
  needId: idValidator,
  slotKey: slotKeyValidator,
  from: localDateValidator,
  until: localDateValidator,
  role: z.enum(['primary', 'backup']),
}))

export const assignmentShape = lazySchema(() => z.extend(seriesRangeShape, {
  weekdays: weekdaysValidator,
  helperId: idValidator,
  accepted: z.boolean(),
  override: z.nullable(shortText(600)),
  reasons: z.array(shortText(200)).check(z.maxLength(12)),
  createdAt: z.number(),
}))

export const assignmentValidator = lazySchema(() => assignmentShape.check(z.refine(rangeInOrder, rangeOutOfOrder)))

const roleRank = { primary: 0, backup: 1 } as const

/** Stable order: by need, slot, role (primary first), start, first weekday, helper, id. */
export function compareAssignments(a: StoredAssignment, b: StoredAssignment): number {
  return (
    compareText(a.needId, b.needId) || compareText(a.slotKey, b.slotKey) || roleRank[a.role] - roleRank[b.role] ||
    compareText(a.from, b.from) || a.weekdays[0] - b.weekdays[0] || compareText(a.helperId, b.helperId) ||
    compareText(a.id, b.id)
  )
}

export function readAssignment(doc: Y.Doc, id: string): StoredAssignment | null {
  return readEntity(doc, ASSIGNMENTS, id, assignmentValidator)
}

export function readAssignments(doc: Y.Doc, problems: ReadProblem[]): StoredAssignment[] {
  return readCollection(doc, ASSIGNMENTS, assignmentValidator, problems).sort(compareAssignments)
}
