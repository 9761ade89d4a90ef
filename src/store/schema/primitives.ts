import { z } from 'zod'
import * as Y from 'yjs'
import { isLocalDate, isLocalTime, parseOccurrenceId } from '../../domain/model'
import type { LocalDate, LocalTime, Weekday } from '../../domain/model'
import { rawEntities } from '../entities'

export const localDateValidator = z.string().refine(isLocalDate, 'expected a date YYYY-MM-DD') as unknown as z.ZodType<LocalDate>
export const localTimeValidator = z.string().refine(isLocalTime, 'expected a time HH:mm') as unknown as z.ZodType<LocalTime>
export const weekdayValidator = z.number().int().min(1).max(7) as unknown as z.ZodType<Weekday>
export const shortText = (max = 200) => z.string().max(max)
export const longText = z.string().max(5000)
/** Ids of entities in this document (random ids, or an occurrence id): never free text. */
export const idValidator = z.string().min(1).max(200)
export const occurrenceIdValidator = z.string().refine((id) => parseOccurrenceId(id) !== null, 'expected an occurrence id')

export const weeklyTimeRangeValidator = z.object({
  weekday: weekdayValidator,
  start: localTimeValidator,
  end: localTimeValidator,
})

/** A weekly time range that ends after it starts: off-limits times and offered windows. */
export const orderedWeeklyTimeRangeValidator = weeklyTimeRangeValidator.refine((r) => r.end > r.start, {
  message: 'the end is before the start',
  path: ['end'],
})

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value })
    return value.length > 0
  } catch {
    return false
  }
}

export const timeZoneValidator = z.string().refine(isTimeZone, 'expected an IANA time zone')

/** A problem found while reading a document: where, and what was wrong. Never thrown. */
export interface ReadProblem {
  path: string
  message: string
}

export function describeIssues(path: string, error: z.ZodError): ReadProblem {
  const first = error.issues[0]
  const where = [path, ...(first?.path ?? []).map(String)].join('/')
  return { path: where, message: first?.message ?? 'unreadable' }
}

/**
 * Every entry of a collection that `validator` accepts, with its id, in id order. An entry it
 * refuses is reported in `problems` under `<name>/<id>/<field>` and left out, never thrown.
 */
export function readCollection<T extends object>(
  doc: Y.Doc, name: string, validator: z.ZodType<T>, problems: ReadProblem[],
): Array<T & { id: string }> {
  const out: Array<T & { id: string }> = []
  for (const [id, raw] of rawEntities(doc, name)) {
    const parsed = validator.safeParse(raw)
    if (parsed.success) out.push({ id, ...parsed.data })
    else problems.push(describeIssues(`${name}/${id}`, parsed.error))
  }
  return out
}

/** A `from`–`until` range in order; either end may be open (null). Use as `.refine(rangeInOrder, rangeOutOfOrder)`. */
export const rangeInOrder = (range: { from: LocalDate | null; until: LocalDate | null }) =>
  range.from === null || range.until === null || range.until >= range.from
export const rangeOutOfOrder = { message: 'the last day is before the first', path: ['until'] }

/** One entry of a collection, if it is there and readable. */
export function readEntity<T extends object>(doc: Y.Doc, name: string, id: string, validator: z.ZodType<T>): (T & { id: string }) | null {
  const entity = doc.getMap(name).get(id)
  const parsed = entity instanceof Y.Map ? validator.safeParse(entity.toJSON()) : null
  return parsed?.success ? { id, ...parsed.data } : null
}
