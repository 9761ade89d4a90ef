/**
 * The cheapest fix for each gap, as data the UI can apply and as a sentence. Gaps are grouped
 * by need, slot, weekday and reason ("Sunday morning walks: no one at that time"). Fixes are
 * tried from the smallest ask — one more window or a higher limit for one person, moved offer
 * dates — to the largest, an open call to everyone; each is checked by planning again with the
 * fix applied (`withFix`), and the first that fills at least one of the gap's occurrences is
 * kept, with the ones it fills. That costs one plan per fix tried, so ask for the gaps the
 * coordinator is looking at (`occurrenceIds`) on a large circle.
 */
import type { Helper, Occurrence, Offer } from '../model'
import type { Phrase } from '../phrase'
import { partOfDayOf } from './gaps'
import { localMomentOf, weekKeyOf } from './localTime'
import { plan as makePlan } from './planner'
import { compareText, fitViolations, prepare, staticFor, type Prepared } from './prepared'
import type { FixAction, GapFix, GapReason, Plan, PlanInput } from './types'
import { fixWords } from './words'

/** Fixes of this many helpers are tried per gap before the open call. */
const HELPERS_TRIED = 3
const RESPONDENT_ID = 'open-call-respondent'
/** The name of the person a tried open call imagines: it names no one and is never shown. */
const RESPONDENT_NAME = 'Someone answering the open call'

const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`

/** The occurrence's window as a weekly range on the weekday it opens (to midnight if it runs past). */
function localWindow(prepared: Prepared, occurrence: Occurrence) {
  const opens = localMomentOf(occurrence.windowStart, prepared.timeZone)
  const closes = localMomentOf(occurrence.windowEnd, prepared.timeZone)
  return { weekday: opens.weekday, start: hhmm(opens.minutes), end: closes.date === opens.date ? hhmm(closes.minutes) : '23:59' }
}

/** The input as it would be with the fix applied; an open call is answered by someone who fits it exactly. */
export function withFix(input: PlanInput, fix: FixAction): PlanInput {
  const change = (helperId: string, edit: (offer: Offer) => Offer) => ({
    ...input, offers: input.offers.map((o) => (o.helperId === helperId ? edit(o) : o)),
  })
  switch (fix.kind) {
    case 'raise-limit':
      return change(fix.helperId, (o) => ({ ...o, weeklyLimit: fix.to }))
    case 'extend-window':
      return change(fix.helperId, (o) => ({ ...o, windows: [...o.windows, { weekday: fix.weekday, start: fix.start, end: fix.end }] }))
    case 'extend-dates':
      return change(fix.helperId, (o) => ({ ...o, from: fix.from, until: fix.until }))
    case 'open-call': {
      const need = input.needs.find((n) => n.id === fix.needId)
      if (!need) return input
      const respondent: Helper = { id: RESPONDENT_ID, name: RESPONDENT_NAME, contact: '', relation: '', tags: [...need.requiredTags], createdAt: 0 }
      return {
        ...input,
        helpers: [...input.helpers, respondent],
        offers: [...input.offers, {
          helperId: RESPONDENT_ID, kinds: [need.kind], windows: [{ weekday: fix.weekday, start: fix.start, end: fix.end }],
          from: null, until: null, mode: 'any', weeklyLimit: 7,
        }],
      }
    }
    case 'none':
      return input
  }
}

interface Gap {
  reason: GapReason
  occurrences: Occurrence[]
}

function gapsOf(prepared: Prepared, plan: Plan, only?: ReadonlySet<string>): Gap[] {
  const groups = new Map<string, Gap>()
  for (const unfilled of plan.unfilled) {
    const occurrence = prepared.occurrenceById.get(unfilled.occurrenceId)
    if (!occurrence || (only && !only.has(occurrence.id))) continue
    const key = [occurrence.needId, occurrence.slotKey, occurrence.weekday, unfilled.reason].join('\u0000')
    const group = groups.get(key) ?? { reason: unfilled.reason, occurrences: [] }
    group.occurrences.push(occurrence)
    groups.set(key, group)
  }
  return [...groups.values()]
}

/** Helpers whose offer fits the need apart from time and dates, lightest first. */
function willingHelpers(prepared: Prepared, plan: Plan, occurrence: Occurrence): Helper[] {
  const need = prepared.needById.get(occurrence.needId)!
  const load = (h: Helper) => Object.values(plan.loads[h.id] ?? {}).reduce((sum, n) => sum + n, 0)
  const offersDay = (h: Helper) => prepared.offerByHelper.get(h.id)!.windows.some((w) => w.weekday === occurrence.weekday)
  return prepared.helpers
    .filter((h) => prepared.offerByHelper.has(h.id) && fitViolations(prepared, need, h).length === 0)
    .sort((a, b) => Number(offersDay(b)) - Number(offersDay(a)) || load(a) - load(b) || compareText(a.id, b.id))
}

function candidateFixes(prepared: Prepared, plan: Plan, gap: Gap): FixAction[] {
  const first = gap.occurrences[0]
  const window = localWindow(prepared, first)
  const openCall: FixAction = { kind: 'open-call', needId: first.needId, ...window }
  const weeks = [...new Set(gap.occurrences.map((o) => weekKeyOf(o.date)))].sort()
  const perWeek = Math.max(...weeks.map((w) => gap.occurrences.filter((o) => weekKeyOf(o.date) === w).length))
  const willing = willingHelpers(prepared, plan, first)
  const allowed = willing.filter((h) => gap.occurrences.some((o) => staticFor(prepared, o, h).violations.length === 0))
  const fixes: FixAction[] = []
  switch (gap.reason) {
    case 'off-limits':
    case 'professional-first':
    case 'clock-change':
      return [{ kind: 'none' }]
    case 'everyone-at-limit':
      // Never more for someone who already offers a lot: they are spared, as backup (sentenceFor).
      for (const h of allowed) {
        if (!prepared.overeager.has(h.id)) fixes.push({ kind: 'raise-limit', helperId: h.id, to: prepared.offerByHelper.get(h.id)!.weeklyLimit + perWeek, weeks })
      }
      break
    case 'no-one-at-that-time':
    case 'busy-elsewhere':
      for (const h of willing) if (!allowed.includes(h)) fixes.push({ kind: 'extend-window', helperId: h.id, ...window })
      break
    case 'outside-offer-dates': {
      const dates = gap.occurrences.map((o) => o.date).sort()
      for (const h of willing) {
        const offer = prepared.offerByHelper.get(h.id)!
        const from = offer.from !== null && offer.from > dates[0] ? dates[0] : offer.from
        const until = offer.until !== null && offer.until < dates[dates.length - 1] ? dates[dates.length - 1] : offer.until
        if (from !== offer.from || until !== offer.until) fixes.push({ kind: 'extend-dates', helperId: h.id, from, until })
      }
      break
    }
    default:
      break
  }
  return [...fixes.sort((a, b) => (a.kind === 'raise-limit' && b.kind === 'raise-limit' ? a.to - b.to : 0)).slice(0, HELPERS_TRIED), openCall]
}

/** Those at their limit for the gap who already offer a lot: named after the fix, as backup instead. */
function sparedHelpers(prepared: Prepared, plan: Plan, gap: Gap): string[] {
  if (gap.reason !== 'everyone-at-limit') return []
  return willingHelpers(prepared, plan, gap.occurrences[0])
    .filter((h) => prepared.overeager.has(h.id) && gap.occurrences.some((o) => staticFor(prepared, o, h).violations.length === 0))
    .map((h) => h.name.trim())
}

function sentenceFor(prepared: Prepared, plan: Plan, gap: Gap, fix: FixAction): Phrase {
  const spared = sparedHelpers(prepared, plan, gap)
  const sentence = fixSentence(prepared, gap, fix)
  return spared.length > 0 ? fixWords.spareAsBackup(sentence, spared) : sentence
}

function fixSentence(prepared: Prepared, gap: Gap, fix: FixAction): Phrase {
  const first = gap.occurrences[0]
  const need = prepared.needById.get(first.needId)!
  const part = partOfDayOf(prepared, first)
  const name = (id: string) => prepared.helperById.get(id)?.name.trim() ?? id
  switch (fix.kind) {
    case 'open-call': return fixWords.openCall(need.title, first.weekday, part)
    case 'extend-window': return fixWords.extendWindow(name(fix.helperId), first.weekday, part)
    case 'raise-limit': return fixWords.raiseLimit(name(fix.helperId), fix.to, fix.weeks.length)
    case 'extend-dates': {
      const offer = prepared.offerByHelper.get(fix.helperId)!
      return fix.until !== offer.until && fix.until !== null ? fixWords.extendUntil(name(fix.helperId), fix.until) : fixWords.extendFrom(name(fix.helperId), fix.from!)
    }
    case 'none': return gap.reason === 'professional-first' ? fixWords.professionalFirst
      : gap.reason === 'off-limits' ? fixWords.offLimits : gap.reason === 'clock-change' ? fixWords.clockChange : fixWords.nothingFills
  }
}

/** For each gap (or only those holding `occurrenceIds`), the cheapest fix that fills it. */
export function gapFixes(input: PlanInput, plan: Plan = makePlan(input), occurrenceIds?: readonly string[]): GapFix[] {
  const prepared = prepare(input)
  return gapsOf(prepared, plan, occurrenceIds && new Set(occurrenceIds)).map((gap) => {
    const ids = gap.occurrences.map((o) => o.id).sort(compareText)
    // A fix that fills nothing is no fix: then say so (`none`), e.g. an open call for a time
    // that is off-limits would find no one either.
    let chosen: { fix: FixAction; fills: string[] } = { fix: { kind: 'none' }, fills: [] }
    for (const fix of candidateFixes(prepared, plan, gap)) {
      if (fix.kind === 'none') break
      const covered = new Set(makePlan(withFix(input, fix)).placements.filter((p) => p.role === 'primary').map((p) => p.occurrenceId))
      const fills = ids.filter((id) => covered.has(id))
      if (fills.length > 0) {
        chosen = { fix, fills }
        break
      }
    }
    const first = gap.occurrences[0]
    return {
      needId: first.needId, slotKey: first.slotKey, weekday: first.weekday, reason: gap.reason,
      occurrenceIds: ids, ...chosen, sentence: sentenceFor(prepared, plan, gap, chosen.fix),
    }
  }).sort((a, b) => compareText(a.occurrenceIds[0], b.occurrenceIds[0]))
}
