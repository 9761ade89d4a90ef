import ICAL from 'ical.js'
import { beforeEach, describe, expect, it } from 'vitest'
import { exportCoordinatorCalendar } from '../../../src/ui/coordinator/calendarExport'
import { NOW, later, startedStore } from '../../helpers/mapStore'

/**
 * The coordinator's own reminders, read back with ical.js: the weekly check-in days (Fridays
 * by default) while the support runs, the follow-ups once it has ended, and the check-ins that
 * no longer happen cancelled in the calendar. The circle runs 25 November – 8 December in Berlin.
 */
function read(text: string) {
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((event) => ({
    summary: String(event.getFirstPropertyValue('summary')),
    start: String(event.getFirstPropertyValue('dtstart')),
    tzid: event.getFirstProperty('dtstart')!.getParameter('tzid'),
    status: String(event.getFirstPropertyValue('status')),
    uid: String(event.getFirstPropertyValue('uid')),
    alarms: event.getAllSubcomponents('valarm').map((alarm) => String(alarm.getFirstPropertyValue('trigger'))),
  }))
}

describe('the coordinator’s check-ins and follow-ups in their calendar', () => {
  beforeEach(() => localStorage.clear())

  it('each check-in day until the end, in the person’s zone, reminded that morning', () => {
    const store = startedStore()
    const { text, fileName } = exportCoordinatorCalendar('map-1', store.getSnapshot().circle!, '2026-11-25', NOW)
    expect(fileName).toBe('Kith check-ins for Test Person.ics')
    expect(read(text).map((e) => [e.summary, e.start, e.tzid, e.status, e.alarms])).toEqual([
      ['Check in with Test Person', '2026-11-27T09:00:00', 'Europe/Berlin', 'CONFIRMED', ['PT0S']],
      ['Check in with Test Person', '2026-12-04T09:00:00', 'Europe/Berlin', 'CONFIRMED', ['PT0S']],
    ])
  })

  it('after the support ends: the follow-ups, and the check-ins that will not happen cancelled', () => {
    const store = startedStore()
    const first = read(exportCoordinatorCalendar('map-1', store.getSnapshot().circle!, '2026-11-25', NOW).text)
    store.run('circle/end', { followUps: true }, later(60))
    const second = read(exportCoordinatorCalendar('map-1', store.getSnapshot().circle!, '2026-11-25', later(61)).text)
    expect(second.map((e) => [e.summary, e.start, e.status])).toEqual([
      ['Follow up with Test Person', '2026-12-25T09:00:00', 'CONFIRMED'],
      ['Follow up with Test Person', '2027-02-24T09:00:00', 'CONFIRMED'],
      ['Check in with Test Person', '2026-11-27T09:00:00', 'CANCELLED'],
      ['Check in with Test Person', '2026-12-04T09:00:00', 'CANCELLED'],
    ])
    expect(second.slice(2).map((e) => e.uid)).toEqual(first.map((e) => e.uid))
  })

  it('while the circle rests: no check-in, the day chosen to look again, and the check-ins already in the calendar cancelled', () => {
    const store = startedStore()
    const first = read(exportCoordinatorCalendar('map-1', store.getSnapshot().circle!, '2026-11-25', NOW).text)
    store.run('circle/pause', { lookAgain: '2026-12-02' }, later(60))
    const snapshot = store.getSnapshot()
    const second = read(exportCoordinatorCalendar('map-1', snapshot.circle!, '2026-11-25', later(61), snapshot.rests[0]).text)
    expect(second.map((e) => [e.summary, e.start, e.status])).toEqual([
      ['Look again with Test Person: would they like help again?', '2026-12-02T09:00:00', 'CONFIRMED'],
      ['Check in with Test Person', '2026-11-27T09:00:00', 'CANCELLED'],
      ['Check in with Test Person', '2026-12-04T09:00:00', 'CANCELLED'],
    ])
    expect(second.slice(1).map((e) => e.uid)).toEqual(first.map((e) => e.uid))
  })
})
