import ICAL from 'ical.js'
import { TZDate } from '@date-fns/tz'
import { format } from 'date-fns'
import { beforeEach, describe, expect, it } from 'vitest'
import type { HelperTaskView } from '../../../src/store/roles/helperStore'
import { exportHelperCalendar } from '../../../src/ui/helper/calendarExport'

/**
 * A helper's calendar file, read back with ical.js (an independent parser): times in the
 * recipient's zone with TZID across a DST change, a reminder, stable UIDs, a rising SEQUENCE,
 * and cancelled, covered and vanished times exported as cancelled.
 */
const ZONE = 'America/New_York' // clocks go forward on Sunday 8 March 2026
const task = (id: string, start: number, fields: Partial<HelperTaskView> = {}): HelperTaskView => ({
  id, title: 'Walk Bruno', kind: 'dog-walk', start, end: start + 3_600_000, role: 'primary', status: 'planned', details: null,
  report: null, reportReceived: false, ...fields,
})
const saturday = task('walk:2026-03-07:17:00', Date.UTC(2026, 2, 7, 22)) // 17:00 EST
const monday = task('walk:2026-03-09:17:00', Date.UTC(2026, 2, 9, 21)) // 17:00 EDT
const tuesday = task('walk:2026-03-10:17:00', Date.UTC(2026, 2, 10, 21))
const backup = task('dinner:2026-03-11:18:00', Date.UTC(2026, 2, 11, 22), { title: 'Dinner for Alex', role: 'backup' })
const context = { recipient: 'Alex', coordinator: 'Priya', timeZone: ZONE }

interface Read { uid: string; status: string; sequence: number; tzid: string; start: string; summary: string; alarms: string[] }

function read(text: string): Read[] {
  const calendar = new ICAL.Component(ICAL.parse(text))
  return calendar.getAllSubcomponents('vevent').map((event) => {
    const start = event.getFirstProperty('dtstart')!
    return {
      uid: String(event.getFirstPropertyValue('uid')),
      status: String(event.getFirstPropertyValue('status')),
      sequence: Number(event.getFirstPropertyValue('sequence')),
      tzid: String(start.getParameter('tzid')),
      start: String(start.getFirstValue()),
      summary: String(event.getFirstPropertyValue('summary')),
      alarms: event.getAllSubcomponents('valarm').map((alarm) => String(alarm.getFirstPropertyValue('trigger'))),
    }
  })
}

const wallTime = (instant: number) => format(new TZDate(instant, ZONE), "yyyy-MM-dd'T'HH:mm:ss")

describe('a helper’s tasks in their phone’s calendar', () => {
  beforeEach(() => localStorage.clear())

  it('writes each time in the recipient’s zone with a reminder an hour before; a backup gets no reminder', () => {
    const { text, fileName } = exportHelperCalendar('doc-1', [saturday, monday, backup], { ...context, now: Date.UTC(2026, 2, 6) })
    expect(fileName).toBe('Kith tasks for Alex.ics')
    const events = read(text)
    expect(events.map((e) => [e.uid, e.tzid, e.start, e.status, e.summary, e.alarms])).toEqual([
      ['walk:2026-03-07:17:00@kith', ZONE, '2026-03-07T17:00:00', 'CONFIRMED', 'Walk Bruno', ['-PT1H']],
      ['walk:2026-03-09:17:00@kith', ZONE, '2026-03-09T17:00:00', 'CONFIRMED', 'Walk Bruno', ['-PT1H']],
      ['dinner:2026-03-11:18:00@kith', ZONE, '2026-03-11T18:00:00', 'CONFIRMED', 'Backup: Dinner for Alex', []],
    ])
    // The same wall times the tasks hold, on both sides of the DST change.
    expect(events.map((e) => e.start)).toEqual([saturday, monday, backup].map((t) => wallTime(t.start)))
  })

  it('a second export keeps every UID, raises SEQUENCE, and cancels what left the helper’s list', () => {
    const first = read(exportHelperCalendar('doc-1', [saturday, monday, tuesday], { ...context, now: Date.UTC(2026, 2, 6, 9) }).text)
    const later = [
      { ...saturday, status: 'cancelled' as const },
      { ...monday, status: 'covered' as const }, // someone else covers it
      // tuesday left the plan altogether (the need was stopped)
      task('walk:2026-03-12:17:00', Date.UTC(2026, 2, 12, 21), { report: { kind: 'cant-make-it', note: '', at: 0 } as HelperTaskView['report'] }),
    ]
    const second = read(exportHelperCalendar('doc-1', later, { ...context, now: Date.UTC(2026, 2, 6, 10) }).text)
    expect(second.map((e) => [e.uid, e.status, e.alarms.length])).toEqual([
      ['walk:2026-03-07:17:00@kith', 'CANCELLED', 0],
      ['walk:2026-03-09:17:00@kith', 'CANCELLED', 0],
      ['walk:2026-03-12:17:00@kith', 'CANCELLED', 0],
      ['walk:2026-03-10:17:00@kith', 'CANCELLED', 0],
    ])
    expect(second.find((e) => e.uid === 'walk:2026-03-10:17:00@kith')!.start).toBe('2026-03-10T17:00:00')
    expect(new Set(first.map((e) => e.sequence)).size).toBe(1)
    expect(second[0].sequence).toBeGreaterThan(first[0].sequence)
  })

  it('another circle on the same phone keeps its own memory of what it exported', () => {
    exportHelperCalendar('doc-1', [saturday], { ...context, now: Date.UTC(2026, 2, 6) })
    const other = read(exportHelperCalendar('doc-2', [monday], { ...context, now: Date.UTC(2026, 2, 6) }).text)
    expect(other.map((e) => e.uid)).toEqual(['walk:2026-03-09:17:00@kith'])
  })
})
