/**
 * Every phrase the planner produces, in one place, so the tone stays calm and kind. Phrases are
 * words as data (domain/phrase.ts): ids of the `planner` catalogue (src/i18n/catalogues/planner)
 * and their values, rendered in the reader's language by whoever shows them. Nothing is
 * formatted here: building a phrase is an object or two, which keeps describing a large plan
 * cheap. Phrases are built from facts; no logic decides anything here.
 */
import type { AssignmentRole, LocalDate, TaskKind, Weekday } from '../model'
import { dateValue, listValue, phrase, weekdayValue, type Phrase, type PhraseValue } from '../phrase'
import type { PartOfDay } from './localTime'
import type { GapReason, LeftOutReason } from './types'

const constant = (id: string): Phrase => Object.freeze(phrase(id))
const quoted = (title: string): Phrase => phrase('planner.quoted', { title: title.trim() })
const date = (day: LocalDate) => dateValue(day, 'short', { withWeekday: false })
const kinds = (kind: TaskKind): Phrase => phrase(`planner.kinds.${kind}`)
/** "Saturdays" / "sábados": weekday names in the plural, which Intl does not give. */
const weekdays = (weekday: Weekday): Phrase => phrase('planner.weekdays', { day: weekday })
const partKey = (part: PartOfDay | null) => part ?? 'none'
/** "Saturday night", "Saturday" (no part of day for an any-time slot). */
const dayAndPart = (weekday: Weekday, part: PartOfDay | null): Phrase =>
  phrase('planner.dayAndPart', { weekday: weekdayValue(weekday, 'long'), part: partKey(part) })
/** "Sunday mornings", "Tuesdays". */
const onWeekday = (weekday: Weekday, part: PartOfDay | null): Phrase => phrase('planner.onWeekdays', { day: weekday, part: partKey(part) })

const VIOLATIONS = {
  excluded: constant('planner.violation.excluded'),
  professionalFirst: constant('planner.violation.professionalFirst'),
  safetyQuestion: constant('planner.violation.safetyQuestion'),
  noOffer: constant('planner.violation.noOffer'),
  helperGone: constant('planner.violation.helperGone'),
  remoteOnly: constant('planner.violation.remoteOnly'),
  offLimits: constant('planner.violation.offLimits'),
  declined: constant('planner.violation.declined'),
  cantMakeIt: constant('planner.violation.cantMakeIt'),
  overlap: constant('planner.violation.overlap'),
}

/** The same frozen phrase for the same key: rules are checked for every helper × occurrence. */
function remembered<K>(make: (key: K) => Phrase): (key: K) => Phrase {
  const made = new Map<K, Phrase>()
  return (key) => {
    let found = made.get(key)
    if (!found) made.set(key, (found = Object.freeze(make(key))))
    return found
  }
}

export const violationWords = {
  ...VIOLATIONS,
  kindNotOffered: remembered((kind: TaskKind) => phrase('planner.violation.kindNotOffered', { kinds: kinds(kind) })),
  missingTags: (tags: readonly string[]) => phrase('planner.violation.missingTags', { tags: listValue(tags) }),
  notAvailableOn: remembered((weekday: Weekday) => phrase('planner.violation.notAvailableOn', { days: weekdays(weekday) })),
  notFreeThen: remembered((weekday: Weekday) => phrase('planner.violation.notFreeThen', { days: weekdays(weekday) })),
  outsideOfferDates: (from: LocalDate | null, until: LocalDate | null) =>
    from && until ? phrase('planner.violation.offerRuns', { from: date(from), until: date(until) })
      : from ? phrase('planner.violation.offerStarts', { from: date(from) }) : phrase('planner.violation.offerEnds', { until: date(until!) }),
  away: (from: LocalDate, until: LocalDate) => from === until
    ? phrase('planner.violation.awayOn', { date: date(from) })
    : phrase('planner.violation.away', { from: date(from), until: date(until) }),
  removedThen: (from: LocalDate, until: LocalDate) => from === until
    ? phrase('planner.violation.removedOn', { date: date(from) })
    : phrase('planner.violation.removed', { from: date(from), until: date(until) }),
  weeklyLimit: remembered((load: number) => phrase('planner.violation.weeklyLimit', { load })),
  primaryAndBackup: remembered((role: AssignmentRole) => phrase('planner.violation.primaryAndBackup', { role })),
}

export const droppedWords = {
  alreadyCovered: constant('planner.dropped.alreadyCovered'),
  because: (name: string, detail: Phrase, role: AssignmentRole) => phrase('planner.dropped.because', { name, detail, role }),
}

export const reasonWords = {
  accepted: constant('planner.reason.accepted'),
  /** `warning`: the coordinator's override, stored as they read it. */
  override: (warning: string) => phrase('planner.reason.override', { warning }),
  backupFor: (primaryName: string | null) => primaryName
    ? phrase('planner.reason.backupFor', { name: primaryName }) : constant('planner.reason.backup'),
  offered: (kind: TaskKind) => phrase('planner.reason.offered', { kinds: kinds(kind) }),
  hasTags: (tags: readonly string[]) => phrase('planner.reason.hasTags', { tags: listValue(tags) }),
  freeAt: (days: readonly Weekday[], part: PartOfDay) => days.length === 7
    ? phrase('planner.reason.freeEvery', { part })
    : phrase('planner.reason.freeOn', { days: listValue(days.map((day) => weekdayValue(day))), part }),
  series: (weekday: Weekday, weeks: number) => phrase('planner.reason.series', { weekday: weekdayValue(weekday, 'long'), weeks }),
  load: (count: number, limit: number) => phrase('planner.reason.load', { count, limit }),
  backupIsFree: constant('planner.reason.backupIsFree'),
  overeagerBackup: constant('planner.reason.overeagerBackup'),
}

/** Why a gap is open, naming the need by its own title ("Laundry", not "errands"). */
export const gapWords = (reason: GapReason, title: string, weekday: Weekday, part: PartOfDay | null): Phrase =>
  phrase(`planner.gap.${reason}`, { title: quoted(title), when: dayAndPart(weekday, part) })

export const gapLead = (reason: GapReason): Phrase => phrase(`planner.gapLead.${reason}`)

/** "Saturday and Sunday mornings and evenings", "every morning", "Saturday and Sunday". */
export function whenPhrase(days: readonly Weekday[], parts: readonly PartOfDay[]): Phrase {
  if (days.length === 7) {
    return parts.length === 0 ? constant('planner.when.everyDay')
      : phrase('planner.when.everyDayAt', { parts: listValue(parts.map((part) => phrase('planner.part', { part }))) })
  }
  const partList = listValue(parts.map((part) => phrase('planner.parts', { part })))
  const dayList = listValue(days.map((day) => weekdayValue(day, 'long')))
  return parts.length === 0 ? phrase('planner.when.days', { days: dayList }) : phrase('planner.when.daysAt', { days: dayList, parts: partList })
}

/** "No one has offered: “Walk Bruno”, Saturday and Sunday mornings; every evening". */
export function gapSentence(lead: Phrase, title: string, whens: readonly Phrase[]): Phrase {
  const joined = whens.slice(1).reduce<PhraseValue>((all, when) => phrase('planner.when.more', { first: all, next: when }), whens[0] ?? '')
  return phrase('planner.gap.sentence', { lead, title: quoted(title), whens: joined })
}

export const fillWords = {
  canTake: (name: string, load: number, limit: number) => phrase('planner.fill.canTake', { name, load, limit }),
  cannot: (name: string, detail: Phrase) => phrase('planner.fill.cannot', { name, detail }),
}

export const fixWords = {
  openCall: (title: string, weekday: Weekday, part: PartOfDay | null) => phrase('planner.fix.openCall', { title: quoted(title), when: onWeekday(weekday, part) }),
  /** Said after the fix when someone at their limit already offers a lot (overeager.ts): never more for them. */
  spareAsBackup: (fix: Phrase, names: readonly string[]) => phrase('planner.fix.spareAsBackup', { fix, names: listValue(names), count: names.length }),
  extendWindow: (name: string, weekday: Weekday, part: PartOfDay | null) => phrase('planner.fix.extendWindow', { name, when: onWeekday(weekday, part) }),
  raiseLimit: (name: string, to: number, weeks: number) => phrase('planner.fix.raiseLimit', { name, to, weeks }),
  extendUntil: (name: string, until: LocalDate) => phrase('planner.fix.extendUntil', { name, until: date(until) }),
  extendFrom: (name: string, from: LocalDate) => phrase('planner.fix.extendFrom', { name, from: date(from) }),
  offLimits: constant('planner.fix.offLimits'),
  professionalFirst: constant('planner.fix.professionalFirst'),
  clockChange: constant('planner.fix.clockChange'),
  nothingFills: constant('planner.fix.nothingFills'),
}

/** Why someone has no task in the plan, in the plan's own words (leftOut.ts). */
export function leftOutWords(reason: LeftOutReason, titleOf: (needId: string) => string, nameOf: (helperId: string) => string): Phrase {
  switch (reason.kind) {
    case 'reserve': return phrase('planner.leftOut.reserve', { needs: listValue(reason.needIds.map((id) => quoted(titleOf(id)))) })
    case 'someone-else': return reason.regular
      ? phrase('planner.leftOut.someoneElseRegular', { title: quoted(titleOf(reason.needId)), name: nameOf(reason.helperId), weekday: weekdayValue(reason.weekday, 'long') })
      : phrase('planner.leftOut.someoneElse', { title: quoted(titleOf(reason.needId)), name: nameOf(reason.helperId) })
    case 'declined': return phrase('planner.leftOut.declined', { title: quoted(titleOf(reason.needId)) })
    default: return phrase(`planner.leftOut.${reason.kind}`)
  }
}
