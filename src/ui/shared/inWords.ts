/**
 * A date or time field's value in words, in the app's language. A native date or time field
 * shows the browser's own format (a Spanish Kith on an English browser reads "12/03/2026" or
 * "06:00 PM"), and no browser lets a page restyle it; so the field says its value beside it:
 * "martes, 3 de diciembre de 2026", "18:00". What the field shows cannot be known from the
 * page (Chromium formats it in its own interface language, not the page's or Intl's), so the
 * words are always there.
 */
import { formatLocalDate, formatLocalTime } from '../../domain/dates'
import { isLocalDate, isLocalTime } from '../../domain/model'
import { currentLocale } from '../../i18n'

export function dateInWords(value: string): string | undefined {
  return isLocalDate(value) ? formatLocalDate(value, currentLocale().tag, { withYear: true }) : undefined
}

export function timeInWords(value: string): string | undefined {
  return isLocalTime(value) ? formatLocalTime(value, currentLocale().tag) : undefined
}
