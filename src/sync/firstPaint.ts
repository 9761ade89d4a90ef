import type { HelperSnapshot } from '../store/roles/helperStore'
import type { RecipientSnapshot } from '../store/roles/recipientStore'

/**
 * A phone's first screen, painted before Yjs loads: a copy of what a person's own document
 * showed last, kept in localStorage (read synchronously, with no Yjs, zod or device database), written
 * from the document every time the document changes and removed in the same step when the
 * document stops showing anything (revoked, moved to a fresh one, forgotten). So it never holds
 * what the document no longer holds: it is on the same disk as the document, and no more.
 *
 * Read-only: the screen painted from it writes nothing; every action waits for the real
 * document. A copy that is damaged or in another format is ignored, never a crash.
 *
 * Each role's copy is written where its document is opened (roleDocs.ts) and read back by hand
 * in that role's own module (helperPaint.ts, recipientPaint.ts): a phone's first download
 * carries only its own role's checks, and none of the writing.
 */
const FORMAT = 1
const PREFIX = 'kith.paint.'

export type PaintRole = 'helper' | 'recipient'

export const paintKey = (docId: string) => `${PREFIX}${docId}`

/** The screen a role's phone opens on, the one painted from the copy (`#/h/<docId>/tasks`, `#/r/<docId>/today`). */
const FIRST_SCREENS: Record<PaintRole, string> = { helper: 'tasks', recipient: 'today' }
/** Whether a route under a person's document (the part after `#/h/<docId>/`) is their first screen. */
export const isFirstScreen = (role: PaintRole, path: readonly string[]) => (path[0] ?? FIRST_SCREENS[role]) === FIRST_SCREENS[role]

/** What a helper's tasks are painted from: their snapshot as it was, without what only the live document needs. */
export type HelperPaint = Pick<HelperSnapshot, 'brief' | 'tasks' | 'openCalls' | 'messages' | 'offer' | 'offerIsOwn' | 'offerReceived' | 'joined'>

/**
 * What the recipient's Today is painted from: the circle and the daily statuses as projected, and
 * the state of their latest "please stop" without its note (Today shows only what came of it).
 * Their needs, check-ins, answers and suggestions stay in the document alone.
 */
export type RecipientPaint = Pick<RecipientSnapshot, 'daily'> & {
  circle: NonNullable<RecipientSnapshot['circle']>
  pleaseStop: Array<Pick<RecipientSnapshot['pleaseStop'][number], 'id' | 'at' | 'state'>>
}

/** Stores a role's copy, or removes it (null). The first screen's markup drawn from an older copy goes. */
export function storePaint(docId: string, role: PaintRole, paint: object | null): void {
  try {
    if (!paint) return forgetPaint(docId)
    const stored = JSON.stringify({ format: FORMAT, role, paint })
    if (localStorage.getItem(paintKey(docId)) === stored) return
    forgetScreenMarkup(docId)
    localStorage.setItem(paintKey(docId), stored)
  } catch {
    // Storage refused (full, private mode): the next launch opens the usual way. A copy that
    // could not be replaced must not outlive the document it no longer matches.
    if (paint) forgetPaint(docId)
  }
}

/** Removes a document's copy and the first screen's markup drawn from it (for a map: its Today's markup). */
export function forgetPaint(docId: string): void {
  forgetScreenMarkup(docId)
  try {
    localStorage.removeItem(paintKey(docId))
  } catch {
    // nothing stored
  }
}

/*
 * The first screen's markup: what a phone's first screen (a helper's tasks, the recipient's
 * Today) or the coordinator's Today last looked like when drawn live, serialised from the app's
 * own DOM, so that the next launch shows it before any of the app's scripts has run (the boot
 * script in index.html reads it; src/ui/shared/bootScreen.ts writes it and hands over to the app).
 * It is shown only for the same document and role, with the same stylesheet (same build) and in
 * this format; otherwise it is ignored and removed. Besides:
 * - a phone's was drawn from exactly the copy stored now (`paint`: a hash of the copy's stored
 *   text), today in the circle's zone (`circleDay`); it is removed with the copy, and whenever the
 *   copy changes, so it never holds more than the copy does;
 * - the coordinator's Today has no painted copy: it is tied to the map itself. It is shown only
 *   within the circle's day it was drawn on (`from`–`until`, in the circle's zone, as Today counts
 *   days), it is removed whenever the map changes (sync/circles.ts) and in the same step as the
 *   map's database (`deleteDoc` → `forgetPaint`), so it never holds more than the map on the same
 *   disk does, nor outlives it.
 * The boot script repeats these checks by hand: change them together (SCREEN_FORMAT, the key, the
 * hash, the roles and their first screens, the day).
 */
const SCREEN_FORMAT = 1
const SCREEN_PREFIX = 'kith.screen.'

export const screenMarkupKey = (docId: string) => `${SCREEN_PREFIX}${docId}`

/** Who a stored first screen is for: a phone's role, or the coordinator's Today. */
export type ScreenRole = PaintRole | 'coordinator'

interface ScreenMarkupOf<R extends ScreenRole> {
  format: typeof SCREEN_FORMAT
  role: R
  /** The stylesheets of the build that drew it. */
  styles: string
  html: string
}

export type ScreenMarkup = ScreenMarkupOf<PaintRole> & {
  /** Hash of the stored copy's text this screen was drawn from (`paintHash`). */
  paint: string
  /** The circle's day it was drawn on (`circleDay`): "today" on another day is wrong. */
  day: string
}

export type TodayMarkup = ScreenMarkupOf<'coordinator'> & {
  /** The circle's day it was drawn on, as instants (ms): "Today" outside it is another day's. */
  from: number
  until: number
}

/** FNV-1a over the text's UTF-16 units, base 36: the boot script computes the same. */
export function paintHash(text: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193)
  return (hash >>> 0).toString(36)
}

/**
 * The circle's date at `now`, in the circle's zone as a phone's painted copy holds it (the
 * device's zone when it holds none), written by the device's Intl: "today" is today where the
 * person is supported — a helper in another zone near midnight would otherwise see the day
 * before's list. An unknown zone throws (the screen is then not kept). The boot script computes
 * the same.
 */
export function circleDay(copy: unknown, now: Date): string {
  const zone = isRecord(copy) && ((isRecord(copy.brief) && copy.brief.timeZone) || (isRecord(copy.circle) && copy.circle.timeZone))
  return new Intl.DateTimeFormat('en-CA', { timeZone: isString(zone) ? zone : undefined, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now)
}

/**
 * Stores a first screen's markup, drawn from the copy stored now, on the circle's day now.
 * Nothing is stored when there is no copy of this role (the screen would outlive it) or storage refuses.
 */
export function storeScreenMarkup(docId: string, role: PaintRole, markup: Pick<ScreenMarkup, 'styles' | 'html'>): void {
  try {
    const paint = localStorage.getItem(paintKey(docId))
    const copy = paint === null ? null : (JSON.parse(paint) as { role?: unknown; paint?: unknown })
    if (!paint || copy?.role !== role) return forgetScreenMarkup(docId)
    const stored: ScreenMarkup = { format: SCREEN_FORMAT, role, paint: paintHash(paint), day: circleDay(copy.paint, new Date()), ...markup }
    localStorage.setItem(screenMarkupKey(docId), JSON.stringify(stored))
  } catch {
    forgetScreenMarkup(docId)
  }
}

/** Stores the coordinator's Today as drawn now from the map (sync/circles.ts says when the map is still open). */
export function storeTodayMarkup(docId: string, markup: Pick<TodayMarkup, 'from' | 'until' | 'styles' | 'html'>): void {
  try {
    const stored: TodayMarkup = { format: SCREEN_FORMAT, role: 'coordinator', ...markup }
    localStorage.setItem(screenMarkupKey(docId), JSON.stringify(stored))
  } catch {
    forgetScreenMarkup(docId)
  }
}

export function forgetScreenMarkup(docId: string): void {
  try {
    localStorage.removeItem(screenMarkupKey(docId))
  } catch {
    // nothing stored
  }
}

/** A role's stored copy if `check` accepts it, or null: none, damaged, another format or another role's. */
export function readPaint<P>(docId: string, role: PaintRole, check: (paint: unknown) => paint is P): P | null {
  let stored: unknown
  try {
    stored = JSON.parse(localStorage.getItem(paintKey(docId)) ?? 'null')
  } catch {
    return null
  }
  return isRecord(stored) && stored.format === FORMAT && stored.role === role && check(stored.paint) ? stored.paint : null
}

// Checked by hand, not with the schemas (zod stays out of the first download): what the painted screens read.
export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)
export const isString = (value: unknown): value is string => typeof value === 'string'
export const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value)
export const isListOf = (value: unknown, check: (item: Record<string, unknown>) => boolean) =>
  Array.isArray(value) && value.every((item) => isRecord(item) && check(item))
export const isCrisisList = (value: unknown) => isListOf(value, (resource) => isString(resource.name) && isString(resource.contact))
