import { describe, expect, it, vi } from 'vitest'
import fc from 'fast-check'
import { tzOffset } from '@date-fns/tz'

type Dates = typeof import('../../../src/domain/dates')

/** A page's dates module as a new page finds it: nothing formatted or remembered yet. */
async function freshDates(): Promise<Dates> {
  vi.resetModules()
  return import('../../../src/domain/dates')
}

const at = (iso: string) => Date.parse(iso)
const DAY = 86_400_000

describe('remembered zone offsets', () => {
  // Zones with DST both ways, half-hour and 45-minute offsets, a 30-minute DST shift, and none.
  const zones = ['Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'America/Sao_Paulo', 'Pacific/Chatham', 'Asia/Tokyo']
  const from = at('2026-01-01T00:00:00Z')
  const to = at('2027-06-01T00:00:00Z')

  it('agree with Intl at every instant they cover, in every zone', async () => {
    const dates = await freshDates()
    const tables = Object.fromEntries(zones.map((zone) => [zone, dates.zoneOffsetsBetween(zone, from, to)]))
    const later = await freshDates()
    later.rememberDates({ zones: tables, labels: {} })
    fc.assert(fc.property(fc.constantFrom(...zones), fc.integer({ min: from, max: to - 1 }), (zone, instant) => {
      expect(later.knownOffsetMinutesAt(instant, zone)).toBe(tzOffset(zone, new Date(instant)))
    }), { numRuns: 2000 })
  })

  it('find each change to the minute (Berlin, March and October 2026)', async () => {
    const dates = await freshDates()
    const table = dates.zoneOffsetsBetween('Europe/Berlin', from, to)
    expect(table.changes.slice(0, 3)).toEqual([[from, 60], [at('2026-03-29T01:00:00Z'), 120], [at('2026-10-25T01:00:00Z'), 60]])
  })

  it('stand in for Intl in instantOf and localTimeOf, and nothing outside them is guessed', async () => {
    const first = await freshDates()
    const table = first.zoneOffsetsBetween('America/New_York', from, to)
    const instant = first.instantOf('2026-03-08', '02:30', 'America/New_York')
    const later = await freshDates()
    later.rememberDates({ zones: { 'America/New_York': table }, labels: {} })
    expect(later.instantOf('2026-03-08', '02:30', 'America/New_York')).toBe(instant)
    expect(later.localTimeOf(instant, 'America/New_York')).toBe('03:00')
    expect(later.timesIntlAsked()).toBe(0)
    expect(later.knownOffsetMinutesAt(to + DAY, 'America/New_York')).toBeUndefined()
    later.localTimeOf(to + DAY, 'America/New_York')
    expect(later.timesIntlAsked()).toBeGreaterThan(0)
  })
})

describe('remembered labels', () => {
  it('give a new page the same words without asking Intl, and the coming days too', async () => {
    const first = await freshDates()
    const today = '2026-12-02'
    const written = [
      first.formatLocalDate(today, 'es'), first.formatLocalDateShort(today, 'en-US'), first.formatLocalTime('18:30', 'en-US'),
      first.formatLocalTime('07:05', 'en-GB'), first.weekdayShort(3, 'es'), first.formatInstant(at('2026-12-02T17:00:00Z'), 'UTC', 'en-GB', { withDate: true }),
    ]
    const kept = first.labelsInUse(today, '2026-12-20')
    const later = await freshDates()
    later.rememberDates({ zones: {}, labels: JSON.parse(JSON.stringify(kept)) })
    expect([
      later.formatLocalDate(today, 'es'), later.formatLocalDateShort(today, 'en-US'), later.formatLocalTime('18:30', 'en-US'),
      later.formatLocalTime('07:05', 'en-GB'), later.weekdayShort(3, 'es'), later.formatInstant(at('2026-12-02T17:00:00Z'), 'UTC', 'en-GB', { withDate: true }),
    ]).toEqual(written)
    // A day ahead in a date format used: written beforehand, as Intl writes it.
    const ahead = later.formatLocalDate('2026-12-19', 'es')
    expect(later.timesIntlAsked()).toBe(0)
    expect(ahead).toBe(new Intl.DateTimeFormat('es', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(at('2026-12-19')))
    // Not remembered: Intl writes it.
    expect(later.formatLocalDate('2027-03-01', 'es')).toBe(new Intl.DateTimeFormat('es', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(at('2027-03-01')))
    expect(later.timesIntlAsked()).toBeGreaterThan(0)
  })
})
