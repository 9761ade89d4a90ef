import { DEFAULT_WEEKLY_LIMIT, type Helper, type Offer, type OfferMode, type TaskKind } from '../../domain/model'
import { expandGroupedRanges, groupWeeklyRanges, type GroupedRange } from '../../domain/weeklyRanges'
import { mapCatalogue } from '../../i18n/catalogues/map'

/**
 * The helper form's own state. Availability is edited as rows of "days + time range"
 * ("Weekdays, 07:00–09:00"); the offer stores one window per weekday.
 */
export type WindowRow = GroupedRange

export interface HelperFormDraft {
  name: string
  contact: string
  relation: string
  tags: string
  kinds: TaskKind[]
  windows: WindowRow[]
  from: string
  until: string
  mode: OfferMode
  weeklyLimit: number
}

export function newHelperDraft(): HelperFormDraft {
  return {
    name: '', contact: '', relation: '', tags: '', kinds: [], windows: [{ days: 'weekdays', start: '18:00', end: '20:00' }],
    from: '', until: '', mode: 'any', weeklyLimit: DEFAULT_WEEKLY_LIMIT,
  }
}

export function draftFromHelper(helper: Helper, offer: Offer | undefined): HelperFormDraft {
  return {
    name: helper.name, contact: helper.contact, relation: helper.relation, tags: helper.tags.join(', '),
    kinds: offer ? [...offer.kinds] : [], windows: offer ? groupWeeklyRanges(offer.windows) : [],
    from: offer?.from ?? '', until: offer?.until ?? '', mode: offer?.mode ?? 'any', weeklyLimit: offer?.weeklyLimit ?? DEFAULT_WEEKLY_LIMIT,
  }
}

export type HelperDraftErrors = Partial<Record<'name' | 'windows' | 'limit', string>>

export function helperDraftErrors(draft: HelperFormDraft): HelperDraftErrors {
  const errors: HelperDraftErrors = {}
  if (!draft.name.trim()) errors.name = mapCatalogue.format('map.helperForm.errorName')
  // An end before the start runs past midnight (Friday 22:00 to 06:00 is Friday night).
  if (draft.windows.some((w) => !w.start || !w.end || w.end === w.start)) errors.windows = mapCatalogue.format('map.helperForm.errorWindow')
  if (!Number.isInteger(draft.weeklyLimit) || draft.weeklyLimit < 0 || draft.weeklyLimit > 50) errors.limit = mapCatalogue.format('map.helperForm.errorLimit')
  return errors
}

export function helperFieldsOf(draft: HelperFormDraft) {
  return {
    name: draft.name.trim(), contact: draft.contact.trim(), relation: draft.relation.trim(),
    tags: draft.tags.split(',').map((tag) => tag.trim()).filter(Boolean),
  }
}

export function offerOf(draft: HelperFormDraft, helperId: string): Offer {
  const windows = expandGroupedRanges(draft.windows)
  return {
    helperId, kinds: [...draft.kinds], windows, from: draft.from || null, until: draft.until || null,
    mode: draft.mode, weeklyLimit: draft.weeklyLimit,
  }
}
