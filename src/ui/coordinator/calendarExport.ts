import type { CalendarEntry } from '../../domain/calendar'
import { addDays, instantOf, weekdayOf } from '../../domain/dates'
import type { LocalDate, Rest } from '../../domain/model'
import type { CircleProfile } from '../../store'
import { exportCalendar } from '../shared/exportCalendar'
import { reassessCatalogue } from '../../i18n/catalogues/reassess'
/** A check-in or follow-up has a day, not a time: the calendar shows it in the morning, reminding then. */
const REMINDER_TIME = '09:00'
const LENGTH_MS = 30 * 60_000

/**
 * The coordinator's own reminders for one circle: every weekly check-in day from today to the
 * end of the support while it runs, and the follow-ups after one and three months once it ended.
 * While it rests (domain/resting.ts) no check-in, only the day chosen to look again, if any: an
 * export then cancels the check-ins an earlier one put in the calendar.
 * UIDs carry the circle's creation time and the date, so two circles on one phone never clash.
 */
export function coordinatorCalendarEntries(circle: CircleProfile, today: LocalDate, rest: Pick<Rest, 'lookAgain'> | null = null): CalendarEntry[] {
  const entry = (kind: string, date: LocalDate, summary: string): CalendarEntry => {
    const start = instantOf(date, REMINDER_TIME, circle.timeZone)
    return { uid: `${kind}-${circle.createdAt}-${date}@kith`, start, end: start + LENGTH_MS, summary, description: reassessCatalogue.format('reassess.checkIn.calendar.description'), cancelled: false, remindMinutesBefore: 0 }
  }
  const checkIns: CalendarEntry[] = []
  if (circle.status === 'active' && rest === null) {
    for (let date = today < circle.startDate ? circle.startDate : today; date <= circle.endDate; date = addDays(date, 1)) {
      if (weekdayOf(date) === circle.checkInWeekday) checkIns.push(entry('check-in', date, reassessCatalogue.format('reassess.checkIn.calendar.checkIn', { name: circle.recipientName })))
    }
  }
  const followUps = [circle.followUps.oneMonth, circle.followUps.threeMonths]
    .filter((date): date is LocalDate => date !== null && date >= today)
    .map((date) => entry('follow-up', date, reassessCatalogue.format('reassess.checkIn.calendar.followUp', { name: circle.recipientName })))
  const lookAgain = rest?.lookAgain && rest.lookAgain >= today ? [entry('look-again', rest.lookAgain, reassessCatalogue.format('reassess.checkIn.calendar.lookAgain', { name: circle.recipientName }))] : []
  return [...checkIns, ...lookAgain, ...followUps]
}

export function exportCoordinatorCalendar(
  docId: string, circle: CircleProfile, today: LocalDate, now: number, rest: Pick<Rest, 'lookAgain'> | null = null,
): { text: string; fileName: string } {
  const entries = coordinatorCalendarEntries(circle, today, rest)
  return { text: exportCalendar(docId, entries, { name: reassessCatalogue.format('reassess.checkIn.calendar.calendarName', { name: circle.recipientName }), timeZone: circle.timeZone, now }), fileName: reassessCatalogue.format('reassess.checkIn.calendar.fileName', { name: circle.recipientName }) }
}
