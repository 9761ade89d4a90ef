/**
 * The stand-ins projection puts in a text where a withheld name or private note was
 * (domain/redaction.ts STAND_INS), in the reader's words: "a helper", "someone", "(not shared)";
 * "alguien que ayuda", "alguien", "(no compartido)". A helper's and the recipient's screens show
 * their document through `withStandIns`, so every text in it reads in the phone's language.
 * Documents written before 2026-12 hold the English words themselves; they show as they are.
 */
import { STAND_IN_PATTERN, STAND_INS, type StandInKind } from '../domain/redaction'
import { sharedCatalogue } from './catalogues/shared'
import { currentLocale, type Locale } from './locale'

const KIND_OF = new Map<string, StandInKind>(Object.entries(STAND_INS).map(([kind, marker]) => [marker, kind as StandInKind]))

/** The text with each stand-in in the locale's words. */
export function renderStandIns(text: string, locale: Locale = currentLocale()): string {
  return text.replace(STAND_IN_PATTERN, (marker) => sharedCatalogue.formatIn(locale, `shared.standIn.${KIND_OF.get(marker)!}`))
}

/**
 * A document's snapshot with the stand-ins in every text put in the locale's words; the same
 * objects where there is none (so React and memos see no change), new ones only along the way to one.
 */
export function withStandIns<T>(value: T, locale: Locale = currentLocale()): T {
  return mapTexts(value, (text) => renderStandIns(text, locale)) as T
}

function mapTexts(value: unknown, change: (text: string) => string): unknown {
  if (typeof value === 'string') {
    STAND_IN_PATTERN.lastIndex = 0
    return STAND_IN_PATTERN.test(value) ? change(value) : value
  }
  if (Array.isArray(value)) {
    const mapped = value.map((item) => mapTexts(item, change))
    return mapped.some((item, i) => item !== value[i]) ? mapped : value
  }
  if (typeof value !== 'object' || value === null) return value
  const prototype = Object.getPrototypeOf(value)
  if (prototype !== Object.prototype && prototype !== null) return value
  let changed = false
  const mapped: Record<string, unknown> = {}
  for (const [key, inner] of Object.entries(value)) {
    mapped[key] = mapTexts(inner, change)
    if (mapped[key] !== inner) changed = true
  }
  return changed ? mapped : value
}
