import {
  addDays, forgetRememberedDates, knownOffsetMinutesAt, labelsInUse, localDateOf, rememberDates, rememberedZoneOffsets, timesIntlAsked, zoneOffsetsBetween, zonesInUse,
  type DateMemory, type ZoneOffsets,
} from '../domain/dates'

/**
 * What this device worked out about dates (zone offsets, formatted labels, its own zone), kept
 * in localStorage so that the next opening's first screen needs no Intl.DateTimeFormat: the
 * first one in a page costs tens of milliseconds of one task (domain/dates.ts says why). It
 * holds zone names, dates and times as the reader's locale writes them, and nothing else: no
 * names or notes. Read once at start, written in idle time well after start, and only when
 * something was missing (a label or zone asked Intl) or the tables are about to run out.
 * Only zones asked in this opening are kept, so a circle's zone leaves with the circle.
 */
const KEY = 'kith.dates'
const VERSION = 1
const DAY_MS = 86_400_000
/** Tables and date labels reach this far back and ahead, and are renewed when fewer than RENEW_DAYS are left. */
const DAYS_BACK = 7
const DAYS_AHEAD = 45
const RENEW_DAYS = 30
/** Never in the first seconds after start, when the screen is still being drawn. */
const KEEP_AFTER_MS = 5000
const AGAIN_EVERY_MS = 10_000

interface Stored extends DateMemory {
  version: number
  /** When it was written (ms): the benches wait for a write after the screen they trace. */
  writtenAt: number
  deviceZone?: string
}

let recalled: Stored | null = null

/** At start, before the first screen: hands what the last opening kept to domain/dates.ts. */
export function recallDates(): void {
  try {
    const stored = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Stored | null
    if (!stored || stored.version !== VERSION || typeof stored.zones !== 'object' || typeof stored.labels !== 'object') return
    rememberDates(stored)
    recalled = stored
  } catch {
    // Unreadable or refused: everything is asked of Intl, as on a first opening.
  }
}

/**
 * Forgets the memory on this device and in this page: a forgotten circle's task times must not
 * stay behind as remembered labels. The next opening asks Intl, as a first one does.
 */
export function forgetDates(): void {
  forgetRememberedDates()
  recalled = null
  try {
    localStorage.removeItem(KEY)
  } catch {
    // nothing stored
  }
}

/**
 * The device's zone as the last opening knew it, if the clock still agrees: its offset now
 * (Date's, which needs no Intl) must be the remembered table's. A phone that moved to a zone
 * with another offset asks Intl again at once; one with the same offset now is caught at the
 * next renewal.
 */
export function rememberedDeviceZone(now: number): string | undefined {
  const zone = recalled?.deviceZone
  if (!zone) return undefined
  return knownOffsetMinutesAt(now, zone) === -new Date(now).getTimezoneOffset() ? zone : undefined
}

const stale = (table: ZoneOffsets | undefined, now: number) => !table || table.from > now - DAY_MS || table.to < now + RENEW_DAYS * DAY_MS

/** Intl's answers counted when the memory was last written (domain/dates.ts counts them). */
let askedAtLastWrite = 0

/**
 * Writes what this opening used, when it is worth it: a zone without a fresh table, or labels
 * Intl had to write since the last time (a miss means Intl is awake in this page anyway).
 * `deviceZone` asks Intl.
 */
export function keepDates(now: number, deviceZone: () => string): void {
  const zones = zonesInUse()
  const asked = timesIntlAsked()
  if (recalled && asked === askedAtLastWrite && zones.every((zone) => !stale(rememberedZoneOffsets(zone), now))) return
  const from = now - DAYS_BACK * DAY_MS
  const to = now + DAYS_AHEAD * DAY_MS
  const device = deviceZone()
  const tables: Record<string, ZoneOffsets> = {}
  for (const zone of new Set([...zones, device])) {
    const table = rememberedZoneOffsets(zone)
    try {
      tables[zone] = table && !stale(table, now) ? table : zoneOffsetsBetween(zone, from, to)
    } catch {
      // An unknown zone is left out: it is asked (and refused) again next time.
    }
  }
  const today = localDateOf(now, device)
  const stored: Stored = {
    version: VERSION, writtenAt: now, deviceZone: device, zones: tables,
    labels: labelsInUse(addDays(today, -DAYS_BACK), addDays(today, DAYS_AHEAD)),
  }
  rememberDates(stored)
  askedAtLastWrite = timesIntlAsked()
  try {
    localStorage.setItem(KEY, JSON.stringify(stored))
    recalled = stored
  } catch {
    // Storage full or refused: the next opening asks Intl, as on a first one.
  }
}

/**
 * Keeps the memory up to date while the app is open: first once the first screen is up
 * (`afterStartUp`) and no sooner than a few seconds after start, then every little while (a new
 * screen may have formatted new labels) and when the page is left, each time in an idle moment
 * and only if something changed.
 */
export function keepDatesLater(afterStartUp: Promise<void>, deviceZone: () => string): void {
  const started = performance.now()
  const keep = () => keepDates(Date.now(), deviceZone)
  const inIdleTime = () => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(keep, { timeout: 5000 })
    else keep()
  }
  void afterStartUp.then(() => {
    setTimeout(() => {
      inIdleTime()
      setInterval(inIdleTime, AGAIN_EVERY_MS)
      addEventListener('pagehide', keep)
    }, Math.max(0, KEEP_AFTER_MS - (performance.now() - started)))
  })
}
