import * as Y from 'yjs'
import * as describe from '../../i18n/describe'
import { parseOccurrenceId, type LocalDate, type OccurrenceStatusKind, type RiskAnswer, type Weekday } from '../../domain/model'
import { entityField } from '../entities'
import { normalizeWeekdays } from '../schema/assignment'
import { HELPERS } from '../schema/helper'
import { NEEDS } from '../schema/need'
import { CIRCLE } from '../schema/circle'
import { PLEASE_STOP } from '../schema/pleaseStop'

/**
 * Every sentence the store writes or returns, in one place: refusals (returned, never stored)
 * and activity summaries (stored in the log, so they read as of when they happened).
 */
export const refusals = {
  tooNew: 'This circle was saved by a newer version of Kith. Update Kith to change it.',
  archived: 'This circle has ended. Reopen it to make changes.',
  noCircle: 'Start the circle first.',
  notArchived: 'This circle is still running.',
  alreadyResting: 'The circle is already resting.',
  notResting: 'The circle is not resting: it is already running.',
  lookAgainNotLater: 'Choose a day after today to look again.',
  helperGone: 'This helper is no longer in the circle.',
  thanksGone: 'That thank-you was already taken back.',
  awayGone: 'This time away was already removed.',
  needGone: 'This need is no longer in the circle.',
  assignmentGone: 'This assignment was already removed.',
  openCallGone: 'This open call is no longer there.',
  callAlreadyOpen: 'There is already an open call for this task.',
  callWithdrawn: 'This open call was withdrawn.',
  callTaken: (name: string) => `${name} already took this call: the first to say yes gets it.`,
  daysTwice: 'Each day can go to one helper only.',
  extendNotLater: (end: LocalDate) => `Choose a date after the current end, ${describe.formatLocalDate(end, undefined, { withYear: true })}.`,
  unknownAdjustment: 'One of the adjustments is not in the activity log.',
  heldBack: 'This need is held back for safety, so it can’t be offered to helpers. Settle its safety question first.',
  pauseOutOfOrder: 'The last day of the pause is before its first.',
  stopGone: 'This was already back on.',
  excludedInvite: (name: string) => `${name} matches someone the person you’re supporting does not want involved, so they can’t be invited.`,
  reasonMissing: 'Please say briefly why, so the log shows it later.',
  notProfessionalFirst: 'This need is not marked “professional first”, so there is nothing to confirm.',
  deviceGone: 'This coordinator device is no longer part of the circle.',
  deviceTwice: 'This device is already part of the circle.',
  leadStays: 'This is the lead coordinator’s device. Make someone else the lead coordinator first.',
  alreadyLead: 'They are already the lead coordinator.',
  durationDoesNotFit: describe.durationDoesNotFit,
}

type Series = { needId: string; slotKey: string; weekdays: Weekday[]; from: LocalDate; until: LocalDate; helperId: string; role: 'primary' | 'backup' }

const STATUS_WORDS: Record<Exclude<OccurrenceStatusKind, 'covered'>, string> = {
  done: 'was done', missed: 'was missed', 'needs-cover': 'needs someone to cover it', cancelled: 'was cancelled',
}

export const summaries = {
  // Added by the coordinator: nobody "joined" until their own phone did (helperJoined).
  helperAdded: (doc: Y.Doc, helperId: string) => `Added ${helperName(doc, helperId)} as a helper`,
  helperJoined: (doc: Y.Doc, helperId: string) => `${helperName(doc, helperId)} joined as a helper, on their own phone`,
  helperRemoved: (name: string, seriesCount: number) =>
    seriesCount === 0 ? `${name} is no longer helping` : `${name} is no longer helping; ${count(seriesCount, 'assignment')} removed`,
  helperAway: (doc: Y.Doc, helperId: string, from: string, until: string) => `${helperName(doc, helperId)} is away from ${from} to ${until}`,
  thankedReserve: (doc: Y.Doc, helperId: string) => `Thanked ${helperName(doc, helperId)} for their offer; they are kept in reserve`,
  thanksWithdrawn: (doc: Y.Doc, helperId: string) => `Took back the reserve thank-you to ${helperName(doc, helperId)}`,
  offerSaved: (doc: Y.Doc, helperId: string) => `${helperName(doc, helperId)}’s offer was updated`,
  accepted: (doc: Y.Doc, series: readonly Series[]) => {
    if (series.length === 1) return `Accepted: ${seriesText(doc, series[0], true)}`
    const listed = series.slice(0, 3).map((s) => seriesText(doc, s, false))
    const more = series.length > 3 ? `; and ${series.length - 3} more` : ''
    return `Accepted ${count(series.length, 'assignment')}: ${listed.join('; ')}${more}`
  },
  removed: (doc: Y.Doc, series: Series) => `Removed: ${seriesText(doc, series, true)}`,
  set: (doc: Y.Doc, series: readonly Series[], override: string | null) => {
    const [first] = series
    const who = series.map((s) => `${helperName(doc, s.helperId)} ${weekdaysText(s.weekdays)}`).join(', ')
    const role = first.role === 'backup' ? ' (backup)' : ''
    return `${needText(doc, first.needId, first.slotKey)}${role}, ${rangeText(first.from, first.until)}: ${who}${override ? ', overriding a rule' : ''}`
  },
  statusSet: (doc: Y.Doc, occurrenceId: string, status: OccurrenceStatusKind, coveredBy: string | null) =>
    status === 'covered'
      ? coveredBy ? summaries.willCover(doc, occurrenceId, coveredBy) : `${occurrenceText(doc, occurrenceId)} is covered`
      : `${occurrenceText(doc, occurrenceId)} ${STATUS_WORDS[status]}`,
  statusCleared: (doc: Y.Doc, occurrenceId: string) => `${occurrenceText(doc, occurrenceId)} is planned again`,
  willCover: (doc: Y.Doc, occurrenceId: string, helperId: string) =>
    `${helperName(doc, helperId)} will cover ${lowerFirst(occurrenceText(doc, occurrenceId))}`,
  callPosted: (doc: Y.Doc, occurrenceId: string) => `Open call posted for ${lowerFirst(occurrenceText(doc, occurrenceId))}`,
  callTaken: (doc: Y.Doc, occurrenceId: string, helperId: string) => `${summaries.willCover(doc, occurrenceId, helperId)} (open call)`,
  callWithdrawn: (doc: Y.Doc, occurrenceId: string) => `Open call withdrawn for ${lowerFirst(occurrenceText(doc, occurrenceId))}`,
  flaggedByWords: (title: string) => `${quotedTitle(title)} is marked professional first: its words suggest a risk to safety`,
  riskAnswered: (title: string, answer: RiskAnswer) => answer === 'yes'
    ? `${quotedTitle(title)} could involve a risk to safety, so professional help comes first`
    : `${quotedTitle(title)}: no risk to safety, so it can be planned`,
  askedAgain: (title: string) => `${quotedTitle(title)} was reworded, so the safety question asks again`,
  professionalFirst: (title: string, on: boolean, reason: string) =>
    on ? `${quotedTitle(title)} marked professional first: ${reason}` : `${quotedTitle(title)} is no longer professional first: ${reason}`,
  peerHelp: (title: string, confirmed: boolean, reason: string) => confirmed
    ? `Peer help confirmed as appropriate for ${quotedTitle(title)}${reason ? `: ${reason}` : ''}`
    : `Peer help no longer confirmed for ${quotedTitle(title)}: it is held back again${reason ? ` (${reason})` : ''}`,
  paused: (doc: Y.Doc, needId: string, from: LocalDate, until: LocalDate, pleaseStopId: string | null) =>
    `Paused ${needTitle(doc, needId)} ${rangeText(from, until)}${becauseAsked(doc, pleaseStopId)}`,
  needEnded: (doc: Y.Doc, needId: string, from: LocalDate, pleaseStopId: string | null) =>
    `Stopped ${needTitle(doc, needId)} from ${describe.formatLocalDateShort(from)}${becauseAsked(doc, pleaseStopId)}`,
  helperPartEnded: (doc: Y.Doc, needId: string, helperId: string, from: LocalDate, pleaseStopId: string | null) =>
    `${helperName(doc, helperId)} no longer does ${needTitle(doc, needId)} from ${describe.formatLocalDateShort(from)}${becauseAsked(doc, pleaseStopId)}`,
  resumed: (doc: Y.Doc, needId: string, helperId: string | null) =>
    helperId ? `${helperName(doc, helperId)} may be proposed for ${needTitle(doc, needId)} again` : `${needTitle(doc, needId)} is back on`,
  talkFirst: (doc: Y.Doc, note: string) =>
    `${recipientName(doc)} asked for some quiet; you’ll talk with them first${note.trim() ? ` (“${note.trim()}”)` : ''}`,
  extended: (endDate: LocalDate) => `Support extended until ${describe.formatLocalDate(endDate, undefined, { withYear: true })}`,
  ended: 'Support ended; the circle is archived',
  reopened: 'Support reopened',
  circlePaused: (lookAgain: LocalDate | null) => lookAgain === null
    ? 'Support paused; the map stays ready'
    : `Support paused; the map stays ready (to look again on ${describe.formatLocalDate(lookAgain, undefined, { withYear: true })})`,
  circleResumed: 'Support resumed after a rest',
  coordinatorJoined: (name: string) => `${name} joined as a coordinator`,
  handedOver: (name: string) => `${name} is now the lead coordinator; helpers’ briefs name them as the contact`,
  coordinatorRemoved: (name: string) => `${name}’s device was removed from the coordinators`,
}

function recipientName(doc: Y.Doc): string {
  const name = doc.getMap(CIRCLE).get('recipientName')
  return typeof name === 'string' && name.trim() !== '' ? name.trim() : 'The person you’re supporting'
}

/** ", as Alex asked: “No visits this week”" when a "please stop" led to it. */
function becauseAsked(doc: Y.Doc, pleaseStopId: string | null): string {
  if (!pleaseStopId) return ''
  const note = entityField(doc, PLEASE_STOP, pleaseStopId, 'note')
  const said = typeof note === 'string' && note.trim() !== '' ? `: “${note.trim()}”` : ''
  return `, as ${recipientName(doc)} asked${said}`
}

const needTitle = (doc: Y.Doc, needId: string) => needText(doc, needId, 'any')

/** The helper's name as it is now, for a sentence about them. */
export function helperName(doc: Y.Doc, helperId: string): string {
  const name = entityField(doc, HELPERS, helperId, 'name')
  return typeof name === 'string' && name !== '' ? name : 'Someone no longer in the circle'
}

function needText(doc: Y.Doc, needId: string, slotKey: string): string {
  const title = entityField(doc, NEEDS, needId, 'title')
  const named = typeof title === 'string' && title !== '' ? `“${title}”` : 'A removed need'
  return slotKey === 'any' ? named : `${named} at ${slotKey}`
}

/** "“Walk the dog” at 08:00 on Saturday 28 November". */
function occurrenceText(doc: Y.Doc, occurrenceId: string): string {
  const parsed = parseOccurrenceId(occurrenceId)
  if (!parsed) return 'A task'
  return `${needText(doc, parsed.needId, parsed.slotKey)} on ${describe.formatLocalDate(parsed.date)}`
}

/** "Sam takes “Bring dinner” at 18:00 on Tue and Thu, 1 Dec – 29 Dec". */
function seriesText(doc: Y.Doc, series: Series, withDates: boolean): string {
  const verb = series.role === 'backup' ? 'backs up' : 'takes'
  const text = `${helperName(doc, series.helperId)} ${verb} ${needText(doc, series.needId, series.slotKey)} ${weekdaysText(series.weekdays)}`
  return withDates ? `${text}, ${rangeText(series.from, series.until)}` : text
}

/** "every day", "on Mon–Thu", "on Tue and Thu". */
export function weekdaysText(weekdays: readonly Weekday[]): string {
  const days = normalizeWeekdays(weekdays)
  if (days.length === 7) return 'every day'
  const short = (day: Weekday) => describe.weekdayShort(day)
  const run = days.length >= 3 && days.every((day, i) => i === 0 || day === days[i - 1] + 1)
  return run ? `on ${short(days[0])}–${short(days[days.length - 1])}` : `on ${describe.joinWithAnd(days.map(short))}`
}

function rangeText(from: LocalDate, until: LocalDate): string {
  const short = (date: LocalDate) => describe.formatLocalDateShort(date, undefined, { withWeekday: false })
  return from === until ? short(from) : `${short(from)} – ${short(until)}`
}

const quotedTitle = (title: string) => `“${title.trim()}”`
const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`
const lowerFirst = (text: string) => (text.startsWith('A ') ? `a ${text.slice(2)}` : text)

/** What stands in a projected text where a withheld name or private phrase was (projection/redact.ts). */
export const redactedWords = {
  helper: 'a helper',
  person: 'someone',
  privateNote: '(not shared)',
}
