/**
 * Words in React: `useText(catalogue)` gives `t('helper.tasks.title', values)` in the reader's
 * language and re-renders when it changes; a component whose area is not yet loaded in that
 * language suspends until it is (the nearest Suspense shows its fallback), so no screen flashes
 * English first. `t.phrase`, `t.date`, `t.time`, `t.list` render domain values the same way.
 */
import { Suspense, use, useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react'
import type { LocalDate, LocalTime } from '../domain/model/time'
import type { DateValue, Phrase, PhraseValue } from '../domain/phrase'
import { currentLocale, setDocumentLanguage, subscribeLocale, type Locale } from './locale'
import { formatList, pendingLoad, renderPhrase, renderValue, type Catalogue, type Values } from './messages'

export function useLocale(): Locale {
  return useSyncExternalStore(subscribeLocale, currentLocale, currentLocale)
}

export interface Text<Id extends string> {
  (id: Id, values?: Values): string
  readonly locale: Locale
  phrase(phrase: Phrase): string
  value(value: PhraseValue): string
  date(date: LocalDate, style: DateValue['style'], options?: Omit<DateValue, 'date' | 'style'>): string
  time(time: LocalTime): string
  list(items: readonly string[], type?: 'conjunction' | 'disjunction' | 'unit'): string
}

/** A plain (non-React) `Text` for a locale: the same words `useText` gives. */
export function textIn<Id extends string>(catalogue: Catalogue<Id>, locale: Locale = currentLocale()): Text<Id> {
  const t = ((id: Id, values?: Values) => catalogue.formatIn(locale, id, values)) as Text<Id> & { locale: Locale }
  t.locale = locale
  t.phrase = (phrase) => renderPhrase(phrase, locale)
  t.value = (value) => String(renderValue(value, locale))
  t.date = (date, style, options = {}) => String(renderValue({ date, style, ...options }, locale))
  t.time = (time) => String(renderValue({ time }, locale))
  t.list = (items, type) => formatList(items, locale, type)
  return t
}

export function useText<Id extends string>(catalogue: Catalogue<Id>): Text<Id> {
  const locale = useLocale()
  if (!catalogue.isLoaded(locale.language)) use(catalogue.load(locale.language))
  return useMemo(() => textIn(catalogue, locale), [catalogue, locale])
}

/**
 * Around the whole app: keeps `<html lang>` on the reader's language, waits for the words of
 * every area defined so far (so code outside React, `catalogue.format`, has them too), and draws
 * the app afresh when the language changes, so nothing keeps words of the previous one.
 */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const { language } = useLocale()
  useEffect(() => setDocumentLanguage(language), [language])
  return <Suspense fallback={null}><LanguageGate key={language} language={language}>{children}</LanguageGate></Suspense>
}

function LanguageGate({ language, children }: { language: Locale['language']; children: ReactNode }) {
  const pending = pendingLoad(language)
  if (pending) use(pending)
  return children
}
