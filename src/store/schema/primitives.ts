import { z } from 'zod/mini'
import * as Y from 'yjs'
import { isLocalDate, isLocalTime, parseOccurrenceId } from '../../domain/model'
import type { LocalDate, LocalTime, Weekday } from '../../domain/model'
import { rawEntities } from '../entities'

/**
 * Validators are zod's mini build: functions and `.check(…)` instead of methods, so a phone
 * downloads only the parts used (the full build is about 25 KB gzipped). English messages, as before.
 */
z.config(z.locales.en())
/**
 * No compiled parsers: zod otherwise writes each object schema's parser with `new Function` on its
 * first parse (and probes for eval once), which a phone pays during its first screen's reads and
 * which pays off only over many parses. Measured in Node (CPU time, 8 object schemas): 40 parses
 * each, jit 22–43 ms against jitless 17–31; 400 each, 113–138 against 104–125.
 */
z.config({ jitless: true })

/** Each lazySchema's own builder (buildSchema). */
const builders = new WeakMap<object, () => object>()

/**
 * A schema built on its first use, not when the module loads: building the store's zod schemas
 * was one 50 ms task of Assign's first load (chunk evaluation), most of it for collections that
 * screen never reads at once. The proxy forwards everything to the built schema, so it composes
 * (`z.extend`, `.check`, object fields) and parses like the schema itself.
 */
export function lazySchema<S extends object>(build: () => S): S {
  let built: S | undefined
  const schema = () => (built ??= build())
  const proxy = new Proxy({} as S, {
    get: (_, key) => Reflect.get(schema(), key),
    has: (_, key) => Reflect.has(schema(), key),
    set: (_, key, value) => Reflect.set(schema(), key, value),
    getPrototypeOf: () => Reflect.getPrototypeOf(schema()),
  })
  builders.set(proxy, schema)
  return proxy
}

/** Builds a `lazySchema` now, when the caller has time for it; any other schema is built already. */
export function buildSchema(schema: object): void {
  builders.get(schema)?.()
}

/** Any validator, whatever it parses to: what `readCollection`, commands and fold accept. */
export type Validator<T> = z.ZodMiniType<T>

export const localDateValidator = lazySchema(() => z.string().check(z.refine(isLocalDate, 'expected a date YYYY-MM-DD')) as unknown as z.ZodMiniType<LocalDate>)
export const localTimeValidator = lazySchema(() => z.string().check(z.refine(isLocalTime, 'expected a time HH:mm')) as unknown as z.ZodMiniType<LocalTime>)
export const weekdayValidator = lazySchema(() => z.int().check(z.minimum(1), z.maximum(7)) as unknown as z.ZodMiniType<Weekday>)
export const shortText = (max = 200) => z.string().check(z.maxLength(max))
/** Text that must not be empty, with the kind message to show when it is. */
export const requiredText = (max: number, message?: string) => z.string().check(z.maxLength(max), z.minLength(1, message))
export const longText = lazySchema(() => z.string().check(z.maxLength(5000)))
/** Ids of entities in this document (random ids, or an occurrence id): never free text. */
export const idValidator = lazySchema(() => z.string().check(z.minLength(1), z.maxLength(200)))
export const occurrenceIdValidator = lazySchema(() => z.string().check(z.refine((id) => parseOccurrenceId(id) !== null, 'expected an occurrence id')))
/** A whole number between `min` and `max`, both included. */
export const intBetween = (min: number, max: number) => z.int().check(z.minimum(min), z.maximum(max))

export const weeklyTimeRangeValidator = lazySchema(() => z.object({
  weekday: weekdayValidator,
  start: localTimeValidator,
  end: localTimeValidator,
}))

/**
 * A weekly time range of off-limits times and offered windows. An end before the start runs
 * past midnight ("Friday 22:00 to 06:00" is Friday night, domain/weeklyRanges.ts); an end equal
 * to the start says nothing.
 */
export const weeklyWindowValidator = lazySchema(() => weeklyTimeRangeValidator.check(z.refine((r) => r.end !== r.start, {
  message: 'the end is the same as the start',
  path: ['end'],
})))

/**
 * Each name is checked once per page: a snapshot reads time zones on every change, and building
 * a DateTimeFormat each time cost about 100 ms of a circle's first screen on this machine.
 * Bounded, as names come from peers' documents too.
 */
const checkedTimeZones = new Map<string, boolean>()

interface TemporalZones { ZonedDateTime: new (epochNanoseconds: bigint, timeZone: string) => unknown }

/**
 * Throws for a name that is not a time zone. Temporal (Chromium 144+) knows the same zones as
 * Intl in a few ms; the page's first Intl.DateTimeFormat costs 50–70 ms of CPU (ICU's date
 * patterns), which on Assign fell in the first snapshot's read. Elsewhere, Intl as before.
 */
function checkTimeZone(value: string): void {
  const temporal = (globalThis as { Temporal?: TemporalZones }).Temporal
  if (temporal) new temporal.ZonedDateTime(BigInt(0), value)
  else new Intl.DateTimeFormat('en', { timeZone: value })
}

export function isTimeZone(value: string): boolean {
  const checked = checkedTimeZones.get(value)
  if (checked !== undefined) return checked
  let valid: boolean
  try {
    checkTimeZone(value)
    valid = value.length > 0
  } catch {
    valid = false
  }
  if (checkedTimeZones.size >= 500) checkedTimeZones.clear()
  checkedTimeZones.set(value, valid)
  return valid
}

export const timeZoneValidator = lazySchema(() => z.string().check(z.refine(isTimeZone, 'expected an IANA time zone')))

/** A problem found while reading a document: where, and what was wrong. Never thrown. */
export interface ReadProblem {
  path: string
  message: string
}

export function describeIssues(path: string, error: z.core.$ZodError): ReadProblem {
  const first = error.issues[0]
  const where = [path, ...(first?.path ?? []).map(String)].join('/')
  return { path: where, message: first?.message ?? 'unreadable' }
}

/**
 * Every entry of a collection that `validator` accepts, with its id, in id order. An entry it
 * refuses is reported in `problems` under `<name>/<id>/<field>` and left out, never thrown.
 * `entries`: some of its raw entries only (snapshot.ts reads the needs one at a time).
 */
export function readCollection<T extends object>(
  doc: Y.Doc, name: string, validator: Validator<T>, problems: ReadProblem[], entries = rawEntities(doc, name),
): Array<T & { id: string }> {
  const out: Array<T & { id: string }> = []
  for (const [id, raw] of entries) {
    const parsed = validator.safeParse(raw)
    if (parsed.success) out.push({ id, ...parsed.data })
    else problems.push(describeIssues(`${name}/${id}`, parsed.error))
  }
  return out
}

/** A `from`–`until` range in order; either end may be open (null). Use as `.check(z.refine(rangeInOrder, rangeOutOfOrder))`. */
export const rangeInOrder = (range: { from: LocalDate | null; until: LocalDate | null }) =>
  range.from === null || range.until === null || range.until >= range.from
export const rangeOutOfOrder = { message: 'the last day is before the first', path: ['until'] }

/** One entry of a collection, if it is there and readable. */
export function readEntity<T extends object>(doc: Y.Doc, name: string, id: string, validator: Validator<T>): (T & { id: string }) | null {
  const entity = doc.getMap(name).get(id)
  const parsed = entity instanceof Y.Map ? validator.safeParse(entity.toJSON()) : null
  return parsed?.success ? { id, ...parsed.data } : null
}
