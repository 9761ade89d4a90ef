import { z } from 'zod'
import { isLocalDate, isLocalTime } from '../../domain/model'
import type { LocalDate, LocalTime, Weekday } from '../../domain/model'

export const localDateValidator = z.string().refine(isLocalDate, 'expected a date YYYY-MM-DD') as unknown as z.ZodType<LocalDate>
export const localTimeValidator = z.string().refine(isLocalTime, 'expected a time HH:mm') as unknown as z.ZodType<LocalTime>
export const weekdayValidator = z.number().int().min(1).max(7) as unknown as z.ZodType<Weekday>
export const shortText = (max = 200) => z.string().max(max)
export const longText = z.string().max(5000)

export const weeklyTimeRangeValidator = z.object({
  weekday: weekdayValidator,
  start: localTimeValidator,
  end: localTimeValidator,
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
