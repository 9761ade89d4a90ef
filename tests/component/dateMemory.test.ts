import { beforeEach, describe, expect, it, vi } from 'vitest'

/** A new page: the modules as a fresh opening finds them, with this device's localStorage. */
async function openPage() {
  vi.resetModules()
  const dates = await import('../../src/domain/dates')
  const memory = await import('../../src/i18n/dateMemory')
  return { dates, memory }
}

const now = Date.parse('2026-12-02T18:00:00Z')

describe('the date memory kept on the device', () => {
  beforeEach(() => localStorage.clear())

  it('lets the next opening draw the same words and times without asking Intl', async () => {
    const first = await openPage()
    first.memory.recallDates()
    const written = [
      first.dates.formatLocalDateShort('2026-12-03', 'es'),
      first.dates.formatInstant(Date.parse('2026-12-02T16:30:00Z'), 'America/New_York', 'en-US'),
      first.dates.localDateOf(Date.parse('2026-12-03T02:00:00Z'), 'Europe/Berlin'),
    ]
    first.memory.keepDates(now, () => 'Europe/Berlin')
    expect(localStorage.getItem('kith.dates')).toContain('America/New_York')

    const next = await openPage()
    next.memory.recallDates()
    expect([
      next.dates.formatLocalDateShort('2026-12-03', 'es'),
      next.dates.formatInstant(Date.parse('2026-12-02T16:30:00Z'), 'America/New_York', 'en-US'),
      next.dates.localDateOf(Date.parse('2026-12-03T02:00:00Z'), 'Europe/Berlin'),
    ]).toEqual(written)
    // A later day in a date format used: written ahead, as Intl writes it.
    expect(next.dates.formatLocalDateShort('2026-12-20', 'es')).toBe(
      new Intl.DateTimeFormat('es', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(Date.parse('2026-12-20')),
    )
    expect(next.dates.timesIntlAsked()).toBe(0)
  })

  it('gives the device zone back only while the clock’s offset agrees with it', async () => {
    // Whatever this machine's zone, one of the two disagrees with its clock (and UTC agrees on CI).
    for (const [zone, offset] of [['Asia/Kathmandu', 345], ['UTC', 0]] as const) {
      localStorage.clear()
      const first = await openPage()
      first.memory.keepDates(now, () => zone)
      const next = await openPage()
      next.memory.recallDates()
      expect(next.memory.rememberedDeviceZone(now)).toBe(-new Date(now).getTimezoneOffset() === offset ? zone : undefined)
    }
  })

  it('writes nothing new when nothing was missing, and survives a damaged copy', async () => {
    const first = await openPage()
    first.dates.formatLocalTime('07:00', 'en-GB')
    first.memory.keepDates(now, () => 'UTC')
    const kept = localStorage.getItem('kith.dates')
    const next = await openPage()
    next.memory.recallDates()
    next.dates.formatLocalTime('07:00', 'en-GB')
    next.memory.keepDates(now + 60_000, () => 'UTC')
    expect(localStorage.getItem('kith.dates')).toBe(kept)

    localStorage.setItem('kith.dates', '{"version":1,"zones":')
    const damaged = await openPage()
    damaged.memory.recallDates()
    expect(damaged.dates.formatLocalTime('07:00', 'en-GB')).toBe('07:00')
    expect(damaged.dates.timesIntlAsked()).toBeGreaterThan(0)
  })

  it('keeps nothing of a forgotten circle’s times, on the device or in the page', async () => {
    const page = await openPage()
    page.memory.recallDates()
    const label = page.dates.formatInstant(Date.parse('2026-12-04T17:30:00Z'), 'America/New_York', 'en-US')
    page.memory.keepDates(now, () => 'UTC')
    const held = () => localStorage.getItem('kith.dates') ?? ''
    expect(held()).toContain('America/New_York')
    expect(held()).toContain(JSON.stringify(label))

    page.memory.forgetDates()
    expect(localStorage.getItem('kith.dates')).toBeNull()
    // A later write in the same page holds only what is asked after the forgetting.
    page.memory.keepDates(now + 60_000, () => 'UTC')
    expect(held()).not.toContain('America/New_York')
    expect(held()).not.toContain(JSON.stringify(label))
  })
})
