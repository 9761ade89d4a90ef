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

/** Items joined as the reader's language joins them: "a, b and c", "a, b y c". */
export interface ListValue {
  readonly list: readonly PhraseValue[]
  readonly type?: 'conjunction' | 'disjunction'
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
