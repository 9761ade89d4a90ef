/**
 * The domain's descriptions as text, in the reader's language: the same functions
 * src/domain/describe.ts and describeSeries.ts offer as Phrases, rendered through the `words`
 * catalogue. `locale` (a BCP 47 tag) is for a caller that must format for someone else's locale;
 * without it the current one is used.
 */
import type { LocalDate, Need, Occurrence, TimeSlot, Weekday, WeeklyTimeRange } from '../domain/model'
import type { NeedCategory, Priority, RecurrenceKind, TaskKind } from '../domain/model/need'
import * as words from '../domain/describe'
import * as series from '../domain/describeSeries'
import {
  formatLocalDate as formatDate, formatLocalDateShort as formatDateShort, weekdayLong as longWeekday, weekdayShort as shortWeekday,
  type DateFormatOptions,
} from '../domain/dates'
import { dateValue, listValue, type PhraseValue } from '../domain/phrase'
import './catalogues/words'
import { chooseLocale, currentLocale, type Locale } from './locale'
import { renderValue } from './messages'

export type { DateFormatOptions }

const localeFor = (tag: string | undefined): Locale => (tag === undefined ? currentLocale() : { ...chooseLocale('auto', [tag]), tag })
export const text = (value: PhraseValue, tag?: string): string => String(renderValue(value, localeFor(tag)))

export const taskKindLabel = (kind: TaskKind): string => text(words.taskKindPhrase(kind))
export const categoryLabel = (category: NeedCategory): string => text(words.categoryPhrase(category))
export const priorityLabel = (priority: Priority): string => text(words.priorityPhrase(priority))
export const recurrenceKindLabel = (kind: RecurrenceKind): string => text(words.recurrenceKindPhrase(kind))

export const weekdayShort = (weekday: Weekday, locale?: string): string => shortWeekday(weekday, localeFor(locale).tag)
export const weekdayLong = (weekday: Weekday, locale?: string): string => longWeekday(weekday, localeFor(locale).tag)
export const formatLocalDate = (date: LocalDate, locale?: string, options?: DateFormatOptions): string => formatDate(date, localeFor(locale).tag, options)
export const formatLocalDateShort = (date: LocalDate, locale?: string, options?: DateFormatOptions): string => formatDateShort(date, localeFor(locale).tag, options)

export const formatDuration = (minutes: number): string => text(words.durationPhrase(minutes))
/** "a", "a and b", "a, b and c", as the reader's language joins a list. */
export const joinWithAnd = (items: readonly string[]): string => text(listValue(items))

export const describeSchedule = (need: Need, circleEnd: LocalDate, options: words.DescribeScheduleOptions & { locale?: string } = {}): string =>
  text(words.schedulePhrase(need, circleEnd, options), options.locale)
export const everyDaysWords = (weekdays: readonly Weekday[], night: boolean, locale?: string): string => text(words.everyDaysPhrase(weekdays, night), locale)
export const overnightWords = (start: string, end: string): string => text(words.overnightPhrase(start, end))
/** "07:00–10:00", "7:00 AM–10:00 AM": two times of one day, in the reader's locale and hour cycle. */
export const timeRangeWords = (start: string, end: string): string => text(words.timeRangePhrase(start, end))
export const nextDayTime = (time: string): string => text(words.nextDayTimePhrase(time))
export const durationDoesNotFit = (slot: TimeSlot, durationMinutes: number, locale?: string): string =>
  text(words.durationDoesNotFitPhrase(slot, durationMinutes), locale)
export const describeOccurrenceTime = (
  occurrence: Pick<Occurrence, 'windowStart' | 'windowEnd'>, timeZone: string, deviceTimeZone: string, locale?: string,
): string => text(words.occurrenceTimePhrase(occurrence, timeZone, deviceTimeZone), locale)
export const describeWindowTimes = (occurrence: Pick<Occurrence, 'windowStart' | 'windowEnd'>, timeZone: string, locale?: string): string =>
  text(words.windowTimesPhrase(occurrence, timeZone), locale)
export const describeWeeklyRanges = (ranges: readonly WeeklyTimeRange[], locale?: string): string => text(words.weeklyRangesPhrase(ranges), locale)

export const describeWeekdays = (weekdays: readonly Weekday[], locale?: string): string => text(series.weekdaysPhrase(weekdays), locale)
export const describeSeries = (dates: series.SeriesDates, need: Need, options: series.DescribeSeriesOptions & { locale?: string } = {}): string =>
  text(series.seriesPhrase(dates, need, options), options.locale)
export const namedDays = (dates: readonly LocalDate[], locale?: string, withYear?: (date: LocalDate) => boolean, andSoOn?: boolean): string =>
  text(series.namedDaysPhrase(dates, withYear, andSoOn), locale)
export const describeDatePattern = (dates: readonly LocalDate[], locale?: string): string => text(series.datePatternPhrase(dates), locale)
export const namedDaysOfPattern = (dates: readonly LocalDate[], from: LocalDate, locale?: string): string | null => {
  const phrase = series.namedDaysOfPatternPhrase(dates, from)
  return phrase === null ? null : text(phrase, locale)
}
/** A date as a phrase value, for messages that take one. */
export const dateWords = (date: LocalDate, style: 'long' | 'short', options?: DateFormatOptions): PhraseValue => dateValue(date, style, options)
export type { DescribeScheduleOptions } from '../domain/describe'
export type { DescribeSeriesOptions, SeriesDates } from '../domain/describeSeries'
