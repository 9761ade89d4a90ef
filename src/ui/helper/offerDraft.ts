import { DEFAULT_WEEKLY_LIMIT, type OfferMode, type TaskKind } from '../../domain/model'
import { expandGroupedRanges, groupWeeklyRanges, type GroupedRange } from '../../domain/weeklyRanges'
import type { OfferFields } from '../../store/helperDoc/layout'
import { helperCatalogue } from '../../i18n/catalogues/helper'

const t = helperCatalogue.format

/**
 * The helper's offer form state. Availability is edited as rows of "days + time range"
 * ("Weekdays, 07:00–09:00"); the offer stores one window per weekday.
 */
export interface OfferDraft {
  kinds: TaskKind[]
  windows: GroupedRange[]
  from: string
  until: string
  mode: OfferMode
  weeklyLimit: number
}

export const NEW_WINDOW: GroupedRange = { days: 'weekends', start: '10:00', end: '12:00' }

/** Starts from their own offer, or what the coordinator filled in, or a blank one. */
export function offerDraftOf(offer: OfferFields | null): OfferDraft {
  if (!offer) return { kinds: [], windows: [{ ...NEW_WINDOW }], from: '', until: '', mode: 'any', weeklyLimit: DEFAULT_WEEKLY_LIMIT }
  return {
    kinds: [...offer.kinds], windows: groupWeeklyRanges(offer.windows), from: offer.from ?? '', until: offer.until ?? '',
    mode: offer.mode, weeklyLimit: offer.weeklyLimit,
  }
}

export type OfferDraftErrors = Partial<Record<'windows' | 'limit' | 'until', string>>

export function offerDraftErrors(draft: OfferDraft): OfferDraftErrors {
  const errors: OfferDraftErrors = {}
  // An end before the start runs past midnight (Friday 22:00 to 06:00 is Friday night).
  if (draft.windows.some((w) => !w.start || !w.end || w.end === w.start)) errors.windows = t('helper.offer.errorWindow')
  if (!Number.isInteger(draft.weeklyLimit) || draft.weeklyLimit < 0 || draft.weeklyLimit > 50) errors.limit = t('helper.offer.errorLimit')
  if (draft.from && draft.until && draft.until < draft.from) errors.until = t('helper.offer.errorDates')
  return errors
}

export function offerOfDraft(draft: OfferDraft): OfferFields {
  return {
    kinds: [...draft.kinds], windows: expandGroupedRanges(draft.windows), from: draft.from || null, until: draft.until || null,
    mode: draft.mode, weeklyLimit: draft.weeklyLimit,
  }
}
