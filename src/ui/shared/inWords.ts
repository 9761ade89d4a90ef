/**
 * A date or time field's value in words, in the app's language. A native date or time field
 * shows the browser's own format (a Spanish Kith on an English browser reads "12/03/2026" or
 * "06:00 PM"), and no browser lets a page restyle it; so the field says its value beside it:
 * "martes, 3 de diciembre de 2026". A date always (a numeric date is ambiguous and has no
 * weekday); a time only where the browser's format differs from the app's, so it never just
 * repeats what the field shows.
 */
import { formatLocalDate, formatLocalTime } from '../../domain/dates'
import { isLocalDate, isLocalTime } from '../../domain/model'
import { currentLocale } from '../../i18n'

export function dateInWords(value: string): string | undefined {
  return isLocalDate(value) ? formatLocalDate(value, currentLocale().tag, { withYear: true }) : undefined
}

export function timeInWords(value: string, browserLocale?: string): string | undefined {
  if (!isLocalTime(value)) return undefined
  const app = formatLocalTime(value, currentLocale().tag)
  return app === formatLocalTime(value, browserLocale ?? browserLocaleTag()) ? undefined : app
}

const browserLocaleTag = () => new Intl.DateTimeFormat().resolvedOptions().locale
