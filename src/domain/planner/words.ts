/**
 * Every phrase the planner produces, in one place, so the tone stays calm and kind and the
 * text can be translated. Phrases are built from facts; no logic decides anything here.
 */
import type { AssignmentRole, LocalDate, TaskKind, Weekday } from '../model'
import type { PartOfDay } from './localTime'
import type { GapReason, LeftOutReason } from './types'

const KIND_LABELS: Record<TaskKind, { one: string; many: string }> = {
  meal: { one: 'meal', many: 'meals' },
  ride: { one: 'ride', many: 'rides' },
  errand: { one: 'errand', many: 'errands' },
  'dog-walk': { one: 'dog walk', many: 'dog walks' },
  'plant-watering': { one: 'plant watering', many: 'plant watering' },
  mail: { one: 'mail check', many: 'mail checks' },
  call: { one: 'call', many: 'calls' },
  visit: { one: 'visit', many: 'visits' },
  reminder: { one: 'reminder', many: 'reminders' },
  accompaniment: { one: 'going along to appointments', many: 'going along to appointments' },
  other: { one: 'other task', many: 'other tasks' },
}

const WEEKDAY_NAMES: Record<Weekday, string> = {
  1: 'Monday', 2: 'Tuesday', 3: 'Wednesday', 4: 'Thursday', 5: 'Friday', 6: 'Saturday', 7: 'Sunday',
}
const WEEKDAY_SHORT: Record<Weekday, string> = {
  1: 'Mon', 2: 'Tue', 3: 'Wed', 4: 'Thu', 5: 'Fri', 6: 'Sat', 7: 'Sun',
}
const PART_PLURAL: Record<PartOfDay, string> = {
  morning: 'mornings', afternoon: 'afternoons', evening: 'evenings', night: 'nights',
}

export const kindLabel = (kind: TaskKind) => KIND_LABELS[kind].one
export const kindPlural = (kind: TaskKind) => KIND_LABELS[kind].many
export const weekdayName = (weekday: Weekday) => WEEKDAY_NAMES[weekday]

/** "a", "a and b", "a, b and c". */
export function andList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}

const tasks = (count: number) => (count === 1 ? 'task' : 'tasks')

export const violationWords = {
  excluded: 'not to be involved',
  professionalFirst: 'this calls for professional help first',
  safetyQuestion: 'waiting for your answer to the safety question',
  noOffer: "hasn't made an offer yet",
  helperGone: 'no longer in the circle',
  kindNotOffered: (kind: TaskKind) => `hasn't offered ${kindPlural(kind)}`,
  remoteOnly: 'remote only',
  missingTags: (tags: readonly string[]) => `doesn't have ${andList(tags)}`,
  notAvailableOn: (weekday: Weekday) => `not available on ${WEEKDAY_NAMES[weekday]}s`,
  notFreeThen: (weekday: Weekday) => `not free at that time on ${WEEKDAY_NAMES[weekday]}s`,
  outsideOfferDates: (from: LocalDate | null, until: LocalDate | null) =>
    from && until ? `offer runs ${from} to ${until}` : from ? `offer starts ${from}` : `offer ends ${until}`,
  offLimits: 'would visit during off-limits time',
  away: (from: LocalDate, until: LocalDate) => (from === until ? `away on ${from}` : `away ${from} to ${until}`),
  declined: 'you said not them for this',
  cantMakeIt: 'said they can’t make this one',
  removedThen: (from: LocalDate, until: LocalDate) => (from === until ? `you took them off this on ${from}` : `you took them off this ${from} to ${until}`),
  weeklyLimit: (load: number) => `already at ${load} ${tasks(load)} that week`,
  overlap: 'already doing something else then',
  primaryAndBackup: (role: AssignmentRole) =>
    role === 'primary' ? 'already the backup for this' : 'already the primary for this',
}

export const droppedWords = {
  alreadyCovered: 'another accepted assignment already covers it',
  because: (name: string, detail: string, role: AssignmentRole) => `${name}${role === 'backup' ? ' as backup' : ''}: ${detail}`,
}

export const reasonWords = {
  accepted: 'accepted earlier',
  override: (warning: string) => `kept by your decision (${warning})`,
  backupFor: (primaryName: string | null) =>
    primaryName ? `backup if ${primaryName} can't make it` : 'backup',
  offered: (kind: TaskKind) => `offered ${kindPlural(kind)}`,
  hasTags: (tags: readonly string[]) => `has ${andList(tags)}`,
  freeAt: (weekdays: readonly Weekday[], part: PartOfDay) =>
    weekdays.length === 7
      ? `free every ${part}`
      : `free ${weekdays.map((w) => WEEKDAY_SHORT[w]).join('/')} ${PART_PLURAL[part]}`,
  series: (weekday: Weekday, weeks: number) => `same person every ${WEEKDAY_NAMES[weekday]} (${weeks} weeks)`,
  load: (count: number, limit: number) => `${count} of ${limit} ${tasks(limit)} this week`,
  backupIsFree: "as backup it doesn't count toward their limit",
  overeagerBackup: 'offered a lot, so kept as backup to spare them',
}

/** Why a gap is open, naming the need by its own title ("Laundry", not "errands"). */
export const gapWords: Record<GapReason, (title: string, weekday: Weekday, part: PartOfDay | null) => string> = {
  'no-offer-of-kind': (title) => `No one has offered to help with ${quoted(title)}.`,
  'no-one-at-that-time': (title, weekday, part) =>
    `No one who could do ${quoted(title)} is free on ${WEEKDAY_NAMES[weekday]}${part ? ` ${part}` : ''}.`,
  'outside-offer-dates': (title) => `The offers that could cover ${quoted(title)} don't reach that date.`,
  'everyone-at-limit': () => 'Everyone who could do it is already at their weekly limit.',
  'busy-elsewhere': () => 'Everyone who is free then is already doing something else at that time.',
  'only-excluded-or-remote': () =>
    "The only offers come from people who can help remotely only, or who aren't to be involved.",
  'missing-tags': (title) => `No one who offered it has what ${quoted(title)} asks for.`,
  'professional-first': () =>
    'This calls for professional help first; confirm that peer help is right before planning it.',
  'off-limits': () => 'Whoever is free then would visit during off-limits time.',
  away: () => 'Whoever could do it is away then.',
  'could-be-filled': () => 'Someone could take this now: plan again.',
  'clock-change': (title, weekday, part) =>
    `The clocks go forward during ${WEEKDAY_NAMES[weekday]}${part ? ` ${part}` : ''}, so it is shorter than usual and ${quoted(title)} doesn’t fit in it then.`,
}

const quoted = (title: string) => `“${title.trim()}”`

const GAP_LEADS: Record<GapReason, string> = {
  'no-offer-of-kind': 'No one has offered',
  'no-one-at-that-time': 'No one has offered',
  'outside-offer-dates': 'No one has offered',
  'everyone-at-limit': 'Everyone who could is at their weekly limit',
  'busy-elsewhere': 'Everyone free then is busy with something else',
  'only-excluded-or-remote': 'Offered only by people who can’t take it',
  'missing-tags': 'No one with what it asks for has offered',
  'professional-first': 'Waiting for professional help first',
  'off-limits': 'Falls in off-limits time',
  away: 'Whoever could is away',
  'could-be-filled': 'Not planned yet',
  'clock-change': 'Too short when the clocks go forward',
}

export const gapLead = (reason: GapReason) => GAP_LEADS[reason]

/** "Saturday and Sunday mornings and evenings", "every morning", "Saturday and Sunday". */
export function whenPhrase(weekdays: readonly Weekday[], parts: readonly PartOfDay[]): string {
  if (weekdays.length === 7) return parts.length === 0 ? 'every day' : `every ${andList(parts)}`
  const days = andList(weekdays.map((w) => WEEKDAY_NAMES[w]))
  return parts.length === 0 ? days : `${days} ${andList(parts.map((p) => PART_PLURAL[p]))}`
}

export const gapSentence = (lead: string, label: string, whens: readonly string[]) =>
  `${lead}: ${label}, ${whens.join('; ')}`

export const fillWords = {
  canTake: (name: string, load: number, limit: number) =>
    `${name}: free then · ${load} of ${limit} ${tasks(limit)} that week`,
  cannot: (name: string, detail: string) => `${name}: ${detail}`,
}

const SMALL_NUMBERS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']
const countWord = (n: number) => SMALL_NUMBERS[n] ?? String(n)

/** "Sunday mornings", "Tuesdays" (no part of day for an any-time slot). */
const onWeekday = (weekday: Weekday, part: PartOfDay | null) => (part ? `${WEEKDAY_NAMES[weekday]} ${PART_PLURAL[part]}` : `${WEEKDAY_NAMES[weekday]}s`)

export const fixWords = {
  openCall: (title: string, weekday: Weekday, part: PartOfDay | null) =>
    `Post an open call for ${quoted(title)} on ${onWeekday(weekday, part)}`,
  /** Said after the fix when someone at their limit already offers a lot (overeager.ts): never more for them. */
  spareAsBackup: (names: readonly string[]) =>
    ` (${andList(names)} already ${names.length === 1 ? 'offers' : 'offer'} a lot: ask ${names.length === 1 ? 'them' : 'one of them'} as backup rather than raising a limit)`,
  extendWindow: (name: string, weekday: Weekday, part: PartOfDay | null) => `Ask ${name} whether ${onWeekday(weekday, part)} work`,
  raiseLimit: (name: string, to: number, weeks: number) =>
    `Raise ${name}’s limit to ${to} for ${weeks === 1 ? 'one week' : `${countWord(weeks)} weeks`}`,
  extendUntil: (name: string, until: LocalDate) => `Ask ${name} whether they could help until ${until}`,
  extendFrom: (name: string, from: LocalDate) => `Ask ${name} whether they could start on ${from}`,
  offLimits: 'It falls in off-limits time: talk with the person you’re supporting about another time',
  professionalFirst: 'Arrange professional help first; plan peer help once that is confirmed',
  clockChange: 'Ask whoever usually does it whether they could start earlier or stay later that one time, or shorten it just then',
  nothingFills: 'No change to the offers would fill this as it stands: consider another time for it',
  respondent: 'Someone answering the open call',
}

/** Why someone has no task in the plan, in the plan's own words (leftOut.ts). */
export function leftOutWords(reason: LeftOutReason, titleOf: (needId: string) => string, nameOf: (helperId: string) => string): string {
  switch (reason.kind) {
    case 'reserve': return `Kept in reserve: backup for ${andList(reason.needIds.map((id) => quoted(titleOf(id))))}`
    case 'backup-only': return 'Kept in reserve: they offered to be a backup only'
    case 'someone-else': return reason.regular
      ? `Not chosen for ${quoted(titleOf(reason.needId))}: ${nameOf(reason.helperId)} does it every ${WEEKDAY_NAMES[reason.weekday]}`
      : `Not chosen for ${quoted(titleOf(reason.needId))}: ${nameOf(reason.helperId)} fitted the rest of the plan better`
    case 'at-limit': return 'At their weekly limit when they could help'
    case 'away': return 'Away when they could help'
    case 'declined': return `You said not them for ${quoted(titleOf(reason.needId))}`
    case 'not-available': return 'Not available at the times needed'
    case 'held-back': return 'What they could do waits for professional help first'
    case 'nothing-fits': return 'Nothing needed matches what they offered'
    case 'no-offer': return 'Hasn’t made an offer yet'
  }
}
