import ICAL from 'ical.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { calendarFile, type CalendarEntry } from '../../../src/domain/calendar'
import { offsetMinutesAt } from '../../../src/domain/dates'

/**
 * A calendar file carries its zone's rules (VTIMEZONE), so a calendar that does not know the
 * zone's name still places every time right. Checked with ical.js, which works out offsets from
 * the file's own VTIMEZONE rules, against the instants Kith holds: on both sides of daylight
 * saving changes, in zones north and south of the equator, with half-hour offsets, and for an
 * alias ("UTC") that the zone library knows by another name.
 */
const ZONES = ['Europe/London', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'America/St_Johns', 'Europe/Berlin', 'UTC']
const HOUR = 3_600_000
const FROM = Date.UTC(2026, 0, 1)
const TO = Date.UTC(2029, 0, 1)

/** The hours in which `timeZone`'s clocks change between 2026 and 2028. */
function transitions(timeZone: string): number[] {
  const found: number[] = []
  for (let hour = FROM; hour < TO; hour += HOUR) if (offsetMinutesAt(hour, timeZone) !== offsetMinutesAt(hour + HOUR, timeZone)) found.push(hour)
  return found
}
const TRANSITIONS = new Map(ZONES.map((zone) => [zone, transitions(zone)]))

function entry(start: number, index: number): CalendarEntry {
  return { uid: `t${index}@kith`, start, end: start + HOUR, summary: 'Walk Bruno', description: '', cancelled: false, remindMinutesBefore: 60 }
}

/** Each entry's start and end as ical.js reads them: wall time and TZID resolved through the file's VTIMEZONE only. */
function startsReadBack(text: string): { tzids: string[]; starts: number[]; ends: number[] } {
  const calendar = new ICAL.Component(ICAL.parse(text))
  const zones = calendar.getAllSubcomponents('vtimezone').map((component) => new ICAL.Timezone(component))
  const byId = new Map(zones.map((zone) => [zone.tzid, zone]))
  const read = (name: string) => calendar.getAllSubcomponents('vevent').map((event) => {
    const property = event.getFirstProperty(name)!
    const time = property.getFirstValue() as ICAL.Time
    const tzid = property.getParameter('tzid')
    if (tzid === undefined && time.zone === ICAL.Timezone.utcTimezone) return time.toUnixTime() * 1000
    const zone = byId.get(String(tzid))
    if (!zone) throw new Error(`no VTIMEZONE for ${String(tzid)}`)
    const local = new ICAL.Time({ year: time.year, month: time.month, day: time.day, hour: time.hour, minute: time.minute, second: time.second }, zone)
    return local.toUnixTime() * 1000
  })
  return { tzids: [...byId.keys()], starts: read('dtstart'), ends: read('dtend') }
}

describe('calendar files carry their zone', () => {
  it('names the zone exactly as the entries do, once; times in UTC need none', () => {
    for (const timeZone of ZONES.filter((zone) => zone !== 'UTC')) {
      const text = calendarFile([entry(Date.UTC(2026, 2, 29, 12), 0), entry(Date.UTC(2026, 2, 30, 12), 1)], { name: 'Kith', timeZone, now: Date.UTC(2026, 2, 1) })
      expect(text.match(/BEGIN:VTIMEZONE/g)).toHaveLength(1)
      expect(startsReadBack(text).tzids).toEqual([timeZone])
      expect(text).toMatch(/DTSTAMP:\d{8}T\d{6}Z/)
    }
    const utc = calendarFile([entry(Date.UTC(2026, 2, 29, 12), 0)], { name: 'Kith', timeZone: 'UTC', now: Date.UTC(2026, 2, 1) })
    expect(utc).toContain('DTSTART:20260329T120000Z')
  })

  it('places every time right through the file’s own rules, across daylight saving changes', () => {
    // Quarter hours from 2026 to 2028, half of them within three hours of a change of the
    // zone's clocks (where a wrong VTIMEZONE or a repeated hour would show); every run compares
    // every entry.
    const anyTime = fc.integer({ min: 0, max: (TO - FROM) / (15 * 60_000) - 1 }).map((quarters) => FROM + quarters * 15 * 60_000)
    const circle = fc.constantFrom(...ZONES).chain((timeZone) => {
      const changes = TRANSITIONS.get(timeZone)!
      const nearChange = changes.length === 0 ? anyTime : fc.tuple(fc.constantFrom(...changes), fc.integer({ min: -12, max: 12 })).map(([hour, quarters]) => hour + quarters * 15 * 60_000)
      return fc.tuple(fc.constant(timeZone), fc.array(fc.oneof(anyTime, nearChange), { minLength: 1, maxLength: 12 }))
    })
    fc.assert(fc.property(circle, ([timeZone, starts]) => {
      const text = calendarFile(starts.map(entry), { name: 'Kith', timeZone, now: Date.UTC(2025, 11, 1) })
      const back = startsReadBack(text)
      expect(back.starts).toEqual(starts)
      expect(back.ends).toEqual(starts.map((start) => start + HOUR))
    }), { numRuns: 300 })
  })

  it('gives the hours either side of a change their own offsets, and writes the repeated hour in UTC (London, 29 March and 25 October 2026)', () => {
    const around = [Date.UTC(2026, 2, 29, 0, 30), Date.UTC(2026, 2, 29, 1, 30), Date.UTC(2026, 9, 25, 0, 30), Date.UTC(2026, 9, 25, 1, 30)]
    const text = calendarFile(around.map(entry), { name: 'Kith', timeZone: 'Europe/London', now: Date.UTC(2026, 2, 1) })
    expect(text).toContain('DTSTART;TZID=Europe/London:20260329T003000')
    expect(text).toContain('DTSTART;TZID=Europe/London:20260329T023000')
    // 01:30 happens twice on 25 October: the first entry starts at the first 01:30 and ends
    // at the second, the other starts at the second, so both are written in UTC.
    expect(text).toContain('DTSTART:20261025T003000Z')
    expect(text).toContain('DTSTART:20261025T013000Z')
    expect(startsReadBack(text).starts).toEqual(around)
    expect(startsReadBack(text).ends).toEqual(around.map((start) => start + HOUR))
  })
})
