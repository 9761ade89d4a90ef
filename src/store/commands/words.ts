import * as Y from 'yjs'
import { dateValue, listValue, phrase, timeValue, weekdayValue, type Phrase, type PhraseValue } from '../../domain/phrase'
import { durationDoesNotFitPhrase } from '../../domain/describe'
import { parseOccurrenceId, type LocalDate, type OccurrenceStatusKind, type RiskAnswer, type Weekday } from '../../domain/model'
import { entityField } from '../entities'
import { normalizeWeekdays } from '../schema/assignment'
import { HELPERS } from '../schema/helper'
import { NEEDS } from '../schema/need'
import { CIRCLE } from '../schema/circle'
import { PLEASE_STOP } from '../schema/pleaseStop'

/**
 * Every sentence the store writes or returns, in one place, as Phrases: refusals (returned,
 * never stored; the `refusals` catalogue) and activity summaries (stored in the log, so they
 * read as of when they happened; the `activity` catalogue).
 */
export const refusals = {
  tooNew: phrase('refusals.tooNew'),
  archived: phrase('refusals.archived'),
  noCircle: phrase('refusals.noCircle'),
  notArchived: phrase('refusals.notArchived'),
  alreadyResting: phrase('refusals.alreadyResting'),
  notResting: phrase('refusals.notResting'),
  lookAgainNotLater: phrase('refusals.lookAgainNotLater'),
  helperGone: phrase('refusals.helperGone'),
  thanksGone: phrase('refusals.thanksGone'),
  awayGone: phrase('refusals.awayGone'),
  needGone: phrase('refusals.needGone'),
  safetyWordsLoading: phrase('refusals.safetyWordsLoading'),
  assignmentGone: phrase('refusals.assignmentGone'),
  openCallGone: phrase('refusals.openCallGone'),
  callAlreadyOpen: phrase('refusals.callAlreadyOpen'),
  callWithdrawn: phrase('refusals.callWithdrawn'),
  callTaken: (name: PhraseValue) => phrase('refusals.callTaken', { name }),
  /** As a validator's message (assignments.ts). */
  daysTwice: 'refusals.daysTwice',
  extendNotLater: (end: LocalDate) => phrase('refusals.extendNotLater', { end: dateValue(end, 'long', { withYear: true }) }),
  unknownAdjustment: phrase('refusals.unknownAdjustment'),
  heldBack: phrase('refusals.heldBack'),
  /** As a validator's message (stops.ts): define.ts turns it back into this phrase. */
  pauseOutOfOrder: 'refusals.pauseOutOfOrder',
  stopGone: phrase('refusals.stopGone'),
  excludedInvite: (name: string) => phrase('refusals.excludedInvite', { name }),
  /** As a validator's message (safety.ts). */
  reasonMissing: 'refusals.reasonMissing',
  notProfessionalFirst: phrase('refusals.notProfessionalFirst'),
  deviceGone: phrase('refusals.deviceGone'),
  deviceTwice: phrase('refusals.deviceTwice'),
  leadStays: phrase('refusals.leadStays'),
  alreadyLead: phrase('refusals.alreadyLead'),
  documentExists: phrase('refusals.documentExists'),
  alreadyInvited: phrase('refusals.alreadyInvited'),
  documentGone: phrase('refusals.documentGone'),
  documentRetired: phrase('refusals.documentRetired'),
  keyNotKept: phrase('refusals.keyNotKept'),
  durationDoesNotFit: durationDoesNotFitPhrase,
}

type Series = { needId: string; slotKey: string; weekdays: Weekday[]; from: LocalDate; until: LocalDate; helperId: string; role: 'primary' | 'backup' }

/**
 * Activity summaries are Phrases of the activity catalogue (src/i18n/catalogues/activity), stored
 * in the log as data so each coordinator reads them in their own language. Names and titles are
 * the ones of the moment they were written, so an entry reads as of when it happened.
 */
export const summaries = {
  // Added by the coordinator: nobody "joined" until their own phone did (helperJoined).
  helperAdded: (doc: Y.Doc, helperId: string) => phrase('activity.helperAdded', { name: helperName(doc, helperId) }),
  helperJoined: (doc: Y.Doc, helperId: string) => phrase('activity.helperJoined', { name: helperName(doc, helperId) }),
  helperRemoved: (name: PhraseValue, seriesCount: number) => phrase('activity.helperRemoved', { name, count: seriesCount }),
  helperAway: (doc: Y.Doc, helperId: string, from: LocalDate, until: LocalDate) =>
    phrase('activity.helperAway', { name: helperName(doc, helperId), from: shortDate(from), until: shortDate(until) }),
  thankedReserve: (doc: Y.Doc, helperId: string) => phrase('activity.thankedReserve', { name: helperName(doc, helperId) }),
  thanksWithdrawn: (doc: Y.Doc, helperId: string) => phrase('activity.thanksWithdrawn', { name: helperName(doc, helperId) }),
  offerSaved: (doc: Y.Doc, helperId: string) => phrase('activity.offerSaved', { name: helperName(doc, helperId) }),
  accepted: (doc: Y.Doc, series: readonly Series[]) => {
    if (series.length === 1) return phrase('activity.acceptedOne', { series: seriesPhrase(doc, series[0], true) })
    const [first, second = '', third = ''] = series.slice(0, 3).map((s) => seriesPhrase(doc, s, false))
    return phrase('activity.acceptedMany', { count: series.length, shown: Math.min(series.length, 3), first, second, third, more: Math.max(0, series.length - 3) })
  },
  removed: (doc: Y.Doc, series: Series) => phrase('activity.removed', { series: seriesPhrase(doc, series, true) }),
  set: (doc: Y.Doc, series: readonly Series[], override: string | null) => {
    const [first] = series
    const who = listValue(series.map((s) => phrase('activity.helperOn', { name: helperName(doc, s.helperId), days: weekdaysPhrase(s.weekdays) })), 'unit')
    return phrase('activity.set', {
      need: needPhrase(doc, first.needId, first.slotKey, true), role: first.role, range: rangePhrase(first.from, first.until), who, override: override ? 'yes' : 'no',
    })
  },
  statusSet: (doc: Y.Doc, occurrenceId: string, status: OccurrenceStatusKind, coveredBy: string | null) =>
    status === 'covered' && coveredBy ? summaries.willCover(doc, occurrenceId, coveredBy)
      : phrase('activity.status', { occurrence: occurrencePhrase(doc, occurrenceId, true), status: status === 'needs-cover' ? 'needsCover' : status }),
  statusCleared: (doc: Y.Doc, occurrenceId: string) => phrase('activity.statusCleared', { occurrence: occurrencePhrase(doc, occurrenceId, true) }),
  willCover: (doc: Y.Doc, occurrenceId: string, helperId: string) =>
    phrase('activity.willCover', { name: helperName(doc, helperId), occurrence: occurrencePhrase(doc, occurrenceId, false) }),
  callPosted: (doc: Y.Doc, occurrenceId: string) => phrase('activity.callPosted', { occurrence: occurrencePhrase(doc, occurrenceId, false) }),
  callTaken: (doc: Y.Doc, occurrenceId: string, helperId: string) => phrase('activity.callTaken', { cover: summaries.willCover(doc, occurrenceId, helperId) }),
  callWithdrawn: (doc: Y.Doc, occurrenceId: string) => phrase('activity.callWithdrawn', { occurrence: occurrencePhrase(doc, occurrenceId, false) }),
  flaggedByWords: (title: string) => phrase('activity.flaggedByWords', { title: title.trim() }),
  riskAnswered: (title: string, answer: RiskAnswer) => phrase('activity.riskAnswered', { title: title.trim(), answer: answer === 'yes' ? 'yes' : 'no' }),
  askedAgain: (title: string) => phrase('activity.askedAgain', { title: title.trim() }),
  professionalFirst: (title: string, on: boolean, reason: string) => phrase('activity.professionalFirst', { title: title.trim(), on: on ? 'yes' : 'no', reason }),
  peerHelp: (title: string, confirmed: boolean, reason: string) =>
    phrase('activity.peerHelp', { title: title.trim(), confirmed: confirmed ? 'yes' : 'no', hasReason: reason ? 'yes' : 'no', reason }),
  paused: (doc: Y.Doc, needId: string, from: LocalDate, until: LocalDate, pleaseStopId: string | null) =>
    phrase('activity.paused', { need: needTitle(doc, needId), range: rangePhrase(from, until), asked: becauseAsked(doc, pleaseStopId) }),
  needEnded: (doc: Y.Doc, needId: string, from: LocalDate, pleaseStopId: string | null) =>
    phrase('activity.needEnded', { need: needTitle(doc, needId), date: dateValue(from, 'short'), asked: becauseAsked(doc, pleaseStopId) }),
  helperPartEnded: (doc: Y.Doc, needId: string, helperId: string, from: LocalDate, pleaseStopId: string | null) =>
    phrase('activity.helperPartEnded', { name: helperName(doc, helperId), need: needTitle(doc, needId), date: dateValue(from, 'short'), asked: becauseAsked(doc, pleaseStopId) }),
  resumed: (doc: Y.Doc, needId: string, helperId: string | null) => helperId
    ? phrase('activity.resumedHelper', { name: helperName(doc, helperId), need: needTitle(doc, needId) })
    : phrase('activity.resumed', { need: needTitle(doc, needId) }),
  talkFirst: (doc: Y.Doc, note: string) => phrase('activity.talkFirst', { name: recipientName(doc), hasNote: note.trim() ? 'yes' : 'no', note: note.trim() }),
  extended: (endDate: LocalDate) => phrase('activity.extended', { date: dateValue(endDate, 'long', { withYear: true }) }),
  ended: phrase('activity.ended'),
  reopened: phrase('activity.reopened'),
  circlePaused: (lookAgain: LocalDate | null) => lookAgain === null
    ? phrase('activity.circlePaused')
    : phrase('activity.circlePausedUntil', { date: dateValue(lookAgain, 'long', { withYear: true }) }),
  circleResumed: phrase('activity.circleResumed'),
  coordinatorJoined: (name: string) => phrase('activity.coordinatorJoined', { name }),
  handedOver: (name: string) => phrase('activity.handedOver', { name }),
  coordinatorRemoved: (name: string) => phrase('activity.coordinatorRemoved', { name }),
}

function recipientName(doc: Y.Doc): PhraseValue {
  const name = doc.getMap(CIRCLE).get('recipientName')
  return typeof name === 'string' && name.trim() !== '' ? name.trim() : phrase('activity.recipient')
}

/** ", as Alex asked: “No visits this week”" when a "please stop" led to it. */
function becauseAsked(doc: Y.Doc, pleaseStopId: string | null): PhraseValue {
  if (!pleaseStopId) return ''
  const note = entityField(doc, PLEASE_STOP, pleaseStopId, 'note')
  const said = typeof note === 'string' ? note.trim() : ''
  return phrase('activity.asked', { name: recipientName(doc), hasNote: said ? 'yes' : 'no', note: said })
}

const needTitle = (doc: Y.Doc, needId: string) => needPhrase(doc, needId, 'any', false)

/** The helper's name as it is now, for a sentence about them. */
export function helperNameValue(doc: Y.Doc, helperId: string): PhraseValue {
  const name = entityField(doc, HELPERS, helperId, 'name')
  return typeof name === 'string' && name !== '' ? name : phrase('activity.helperGone')
}
const helperName = helperNameValue

/** "“Walk the dog”", "“Walk the dog” at 08:00"; `start` when it opens a sentence ("A removed need"). */
function needPhrase(doc: Y.Doc, needId: string, slotKey: string, start: boolean): Phrase {
  const title = entityField(doc, NEEDS, needId, 'title')
  if (typeof title !== 'string' || title === '') return phrase('activity.removedNeed', { start: start ? 'yes' : 'no' })
  return slotKey === 'any' ? phrase('activity.need', { title }) : phrase('activity.needAt', { title, time: timeValue(slotKey) })
}

/** "“Walk the dog” at 08:00 on Saturday 28 November". */
function occurrencePhrase(doc: Y.Doc, occurrenceId: string, start: boolean): Phrase {
  const parsed = parseOccurrenceId(occurrenceId)
  if (!parsed) return phrase('activity.someTask', { start: start ? 'yes' : 'no' })
  return phrase('activity.occurrence', { need: needPhrase(doc, parsed.needId, parsed.slotKey, start), date: dateValue(parsed.date, 'long') })
}

/** "Sam takes “Bring dinner” at 18:00 on Tue and Thu, 1 Dec – 29 Dec". */
function seriesPhrase(doc: Y.Doc, series: Series, withDates: boolean): Phrase {
  const values = { name: helperName(doc, series.helperId), role: series.role, need: needPhrase(doc, series.needId, series.slotKey, false), days: weekdaysPhrase(series.weekdays) }
  return withDates ? phrase('activity.seriesDated', { ...values, range: rangePhrase(series.from, series.until) }) : phrase('activity.series', values)
}

/** "every day", "on Mon–Thu", "on Tue and Thu". */
function weekdaysPhrase(weekdays: readonly Weekday[]): Phrase {
  const days = normalizeWeekdays(weekdays)
  if (days.length === 7) return phrase('activity.everyDay')
  const run = days.length >= 3 && days.every((day, i) => i === 0 || day === days[i - 1] + 1)
  return run
    ? phrase('activity.dayRun', { first: weekdayValue(days[0]), last: weekdayValue(days[days.length - 1]) })
    : phrase('activity.days', { days: listValue(days.map((day) => weekdayValue(day))) })
}

const shortDate = (date: LocalDate) => dateValue(date, 'short', { withWeekday: false })
function rangePhrase(from: LocalDate, until: LocalDate): PhraseValue {
  return from === until ? shortDate(from) : phrase('activity.range', { from: shortDate(from), until: shortDate(until) })
}

