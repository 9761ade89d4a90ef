/**
 * Words as data. The domain never writes a sentence: it returns a Phrase — a message id of the
 * catalogues (src/i18n/catalogues) and the values to put in it — and whoever shows it renders it
 * in the reader's language (src/i18n/render.ts). This keeps `src/domain` pure and translatable.
 *
 * A Phrase is plain JSON (ids, strings, numbers, LocalDates), so it can also travel in a
 * helper's or the recipient's document: the coordinator's phone projects the phrase, and the
 * reader's phone renders it in the reader's language, never as English prose.
 *
 * Values nest: a value may itself be a phrase ("every {days}, {times}"), a date or weekday
 * formatted with Intl in the reader's locale, a time of day, or a list joined with the reader's
 * "and". Plurals and selects are ICU in the catalogue: pass the number or the key, not words.
 */
import type { LocalDate, LocalTime, Weekday } from './model/time'

export interface Phrase {
  readonly id: string
  readonly values?: Readonly<Record<string, PhraseValue>>
}

/** How a date reads: `long` "Tuesday 1 December", `short` "Tue 1 Dec" (en-GB), with the options of dates.ts. */
export interface DateValue {
  readonly date: LocalDate
  readonly style: 'long' | 'short'
  readonly withYear?: boolean
  readonly withWeekday?: boolean
  readonly withMonth?: boolean
  readonly longMonth?: boolean
}

export interface WeekdayValue {
  readonly weekday: Weekday
  readonly style: 'short' | 'long'
}

/** A wall-clock time `HH:mm` (or `24:00`, the end of a day). */
export interface TimeValue {
  readonly time: LocalTime
}

/** Items joined as the reader's language joins them: "a, b and c", "a, b y c"; `unit` for a plain run ("a, b, c"). */
export interface ListValue {
  readonly list: readonly PhraseValue[]
  readonly type?: 'conjunction' | 'disjunction' | 'unit'
}

/** Parts of one line, each after a comma: "every Tue, 18:00–19:00, until 24 December". */
export interface PartsValue {
  readonly parts: readonly PhraseValue[]
}

export type PhraseValue = string | number | Phrase | DateValue | WeekdayValue | TimeValue | ListValue | PartsValue

/** `phrase('words.schedule.once', { on })`: the one way domain code names a message (the catalogue test finds ids by it). */
export function phrase(id: string, values?: Record<string, PhraseValue>): Phrase {
  return values === undefined ? { id } : { id, values }
}

export const dateValue = (date: LocalDate, style: DateValue['style'], options: Omit<DateValue, 'date' | 'style'> = {}): DateValue =>
  ({ date, style, ...options })
export const weekdayValue = (weekday: Weekday, style: WeekdayValue['style'] = 'short'): WeekdayValue => ({ weekday, style })
export const timeValue = (time: LocalTime): TimeValue => ({ time })
export const listValue = (list: readonly PhraseValue[], type: ListValue['type'] = 'conjunction'): ListValue => ({ list, type })

export const partsValue = (parts: readonly PhraseValue[]): PartsValue => ({ parts })

export const isPhrase = (value: unknown): value is Phrase =>
  typeof value === 'object' && value !== null && typeof (value as Phrase).id === 'string'

/** The same phrase with every free-text value passed through `map` (ids, dates and numbers untouched): redaction. */
export function mapPhraseText(value: PhraseValue, map: (text: string) => string): PhraseValue {
  if (typeof value === 'string') return map(value)
  if (typeof value === 'number' || 'date' in value || 'weekday' in value || 'time' in value) return value
  if ('list' in value) return { ...value, list: value.list.map((item) => mapPhraseText(item, map)) }
  if ('parts' in value) return { parts: value.parts.map((part) => mapPhraseText(part, map)) }
  if (!value.values) return value
  return { id: value.id, values: Object.fromEntries(Object.entries(value.values).map(([name, inner]) => [name, mapPhraseText(inner, map)])) }
}

const MAX_DEPTH = 12
/** Whether untrusted JSON (a document from another phone) is a phrase value Kith can render. */
export function isPhraseValue(value: unknown, depth = 0): value is PhraseValue {
  if (depth > MAX_DEPTH) return false
  if (typeof value === 'string') return true
  if (typeof value === 'number') return Number.isFinite(value)
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const record = value as Record<string, unknown>
  if (typeof record.id === 'string') {
    return record.values === undefined || (typeof record.values === 'object' && record.values !== null && !Array.isArray(record.values)
      && Object.values(record.values).every((inner) => isPhraseValue(inner, depth + 1)))
  }
  if (typeof record.date === 'string') return /^\d{4}-\d{2}-\d{2}$/.test(record.date) && (record.style === 'long' || record.style === 'short')
  if (typeof record.weekday === 'number') return Number.isInteger(record.weekday) && record.weekday >= 1 && record.weekday <= 7
  if (typeof record.time === 'string') return /^\d{2}:\d{2}$/.test(record.time)
  if (Array.isArray(record.list)) return record.list.every((item) => isPhraseValue(item, depth + 1))
  if (Array.isArray(record.parts)) return record.parts.every((part) => isPhraseValue(part, depth + 1))
  return false
}
