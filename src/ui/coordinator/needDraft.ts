import { TASK_KIND_CATEGORY, type Need, type NeedCategory, type NeedMode, type Priority, type RiskAnswer, type TaskKind, type Weekday } from '../../domain/model'
import type { NeedDraft } from '../../store'
import * as describe from '../../i18n/describe'
import { slotsTooShort } from '../../domain/schedule'
import { assessCatalogue } from '../../i18n/catalogues/assess'
import { compareText } from '../../domain/compareText'

type NeedFields = Omit<NeedDraft, 'peerConfirmed' | 'riskAnswer'>

/** The need form's own state: what a person edits, turned into a need only on save. */
export type RepeatChoice = 'once' | 'daily' | 'several' | 'weekly' | 'every-n'

export interface SlotDraft {
  anyTime: boolean
  start: string
  end: string
}

export interface NeedFormDraft {
  title: string
  kind: TaskKind
  category: NeedCategory
  priority: Priority
  repeat: RepeatChoice
  onceDate: string
  weekdays: Weekday[]
  interval: number
  slots: SlotDraft[]
  spanDays: number
  durationMinutes: number
  startDate: string
  /** Empty: ends with the circle. */
  endDate: string
  mode: NeedMode
  assignedDetails: string
  shareDetails: boolean
  sensitive: boolean
  privateDetails: string
  /** New needs only: later safety decisions go through the safety control (Safety.tsx). */
  peerConfirmed: boolean
  riskAnswer: RiskAnswer | null
}

export function newNeedDraft(today: string): NeedFormDraft {
  return {
    title: '', kind: 'meal', category: TASK_KIND_CATEGORY.meal, priority: 'medium', repeat: 'daily', onceDate: today,
    weekdays: [], interval: 3, slots: [{ anyTime: false, start: '18:00', end: '19:00' }], spanDays: 1, durationMinutes: 30,
    startDate: '', endDate: '', mode: 'in-person', assignedDetails: '', shareDetails: true, sensitive: false,
    privateDetails: '', peerConfirmed: false, riskAnswer: null,
  }
}

export function draftFromNeed(need: Need, today: string): NeedFormDraft {
  const { recurrence, slots } = need.timing
  const repeat: RepeatChoice =
    recurrence.kind === 'daily' ? (slots.length > 1 ? 'several' : 'daily')
      : recurrence.kind === 'every-n-days' ? 'every-n' : recurrence.kind === 'dates' ? 'once' : recurrence.kind
  return {
    title: need.title, kind: need.kind, category: need.category, priority: need.priority, repeat,
    onceDate: recurrence.kind === 'once' ? recurrence.date : recurrence.kind === 'dates' ? recurrence.dates[0] : today,
    weekdays: recurrence.kind === 'weekly' ? [...recurrence.weekdays] : [],
    interval: recurrence.kind === 'every-n-days' ? recurrence.interval : 3,
    slots: slots.map((slot) => ({ anyTime: slot.start === null, start: slot.start ?? '09:00', end: slot.end ?? '17:00' })),
    spanDays: slots[0]?.spanDays ?? 1,
    durationMinutes: need.timing.durationMinutes,
    startDate: need.timing.startDate ?? '', endDate: need.timing.endDate ?? '', mode: need.mode,
    assignedDetails: need.assignedDetails, shareDetails: need.shareDetails, sensitive: need.sensitive,
    privateDetails: need.privateDetails, peerConfirmed: need.safety.peerConfirmed, riskAnswer: need.safety.riskAnswer ?? null,
  }
}

export type DraftErrors = Partial<Record<'title' | 'weekdays' | 'slots' | 'duration' | 'dates', string>>

/**
 * What keeps the draft from being saved. An end before the start is a window past midnight
 * ("22:00 to 06:00"); a duration the window can't hold is refused here as the store refuses it.
 */
export function draftErrors(draft: NeedFormDraft): DraftErrors {
  const errors: DraftErrors = {}
  if (!draft.title.trim()) errors.title = assessCatalogue.format('assess.needForm.errorTitle')
  if (draft.repeat === 'weekly' && draft.weekdays.length === 0) errors.weekdays = assessCatalogue.format('assess.needForm.errorWeekdays')
  if (draftSlots(draft).some((s) => !s.anyTime && (!s.start || !s.end || (s.end === s.start && draft.spanDays === 1)))) {
    errors.slots = assessCatalogue.format('assess.needForm.errorTimes')
  } else {
    const { timing } = needDraftOf(draft)
    const [tooShort] = slotsTooShort(timing)
    if (tooShort !== undefined) errors.duration = describe.durationDoesNotFit(timing.slots[tooShort], timing.durationMinutes)
  }
  if (draft.startDate && draft.endDate && draft.endDate < draft.startDate) errors.dates = assessCatalogue.format('assess.needForm.errorDates')
  return errors
}

/** The times the form shows: all of them for "several times a day", else the first. */
export const draftSlots = (draft: NeedFormDraft): SlotDraft[] => (draft.repeat === 'several' ? draft.slots : draft.slots.slice(0, 1))

/** The need's own fields, without the safety decisions a new need may carry (`newNeedOf`). */
export function needDraftOf(draft: NeedFormDraft, requiredTags: readonly string[] = []): NeedFields {
  const slots = draftSlots(draft)
    .map((slot) => ({
      start: slot.anyTime ? null : slot.start,
      end: slot.anyTime ? null : slot.end,
      spanDays: draft.repeat === 'once' ? Math.max(1, draft.spanDays) : 1,
    }))
    .sort((a, b) => compareText(a.start ?? '', b.start ?? ''))
  const recurrence =
    draft.repeat === 'once' ? { kind: 'once' as const, date: draft.onceDate }
      : draft.repeat === 'weekly' ? { kind: 'weekly' as const, weekdays: [...draft.weekdays].sort() }
        : draft.repeat === 'every-n' ? { kind: 'every-n-days' as const, interval: Math.max(2, Math.round(draft.interval)) }
          : { kind: 'daily' as const }
  return {
    title: draft.title.trim(), category: draft.category, kind: draft.kind, priority: draft.priority,
    timing: {
      recurrence, slots, durationMinutes: Math.max(5, Math.round(draft.durationMinutes)),
      startDate: draft.repeat === 'once' ? null : draft.startDate || null,
      endDate: draft.repeat === 'once' ? null : draft.endDate || null,
    },
    mode: draft.mode, sensitive: draft.sensitive, assignedDetails: draft.assignedDetails,
    shareDetails: draft.shareDetails, privateDetails: draft.privateDetails,
    requiredTags: [...requiredTags],
  }
}

export function newNeedOf(draft: NeedFormDraft): NeedDraft {
  return { ...needDraftOf(draft), peerConfirmed: draft.peerConfirmed, riskAnswer: draft.riskAnswer }
}

/** A need as it would be saved, for the live preview. */
export function previewNeed(draft: NeedFormDraft, existing: Need | undefined): Need {
  return {
    ...needDraftOf(draft, existing?.requiredTags), id: existing?.id ?? 'preview', source: existing?.source ?? 'coordinator', createdAt: existing?.createdAt ?? 0,
    safety: existing?.safety ?? { professionalFirst: false, peerConfirmed: false, riskAnswer: draft.riskAnswer },
  }
}
