import { z } from 'zod/mini'
import { offerShape } from '../schema/helper'
import { MAX_REPORT_NOTE, REPORT_KINDS } from '../schema/helperReport'
import { intBetween, lazySchema, rangeInOrder, rangeOutOfOrder, type Validator } from '../schema/primitives'
import type { HelperClaim, HelperOffer, HelperReport } from './layout'

/**
 * Validators for what a helper writes in their own document. Strict: an unknown key is a
 * refusal, never silently dropped, so the coordinator learns that something odd arrived.
 * Built on first use (lazySchema): a helper's phone evaluates this module while it opens, and
 * building them there was one task of the live chunk's evaluation.
 */
export const instantValidator = lazySchema(() => intBetween(0, 8_640_000_000_000_000))

export const reportValueValidator: Validator<HelperReport> = lazySchema(() => z.strictObject({
  kind: z.enum(REPORT_KINDS),
  note: z.string().check(z.maxLength(MAX_REPORT_NOTE, `a note has at most ${MAX_REPORT_NOTE} characters`)),
  at: instantValidator,
}))

export const claimValueValidator: Validator<HelperClaim> = lazySchema(() => z.strictObject({ at: instantValidator }))

export const OFFER_KEYS = ['kinds', 'windows', 'from', 'until', 'mode', 'weeklyLimit', 'at'] as const

export const helperOfferValidator: Validator<HelperOffer> = lazySchema(() => z
  .strictObject({ ...offerShape.shape, at: instantValidator })
  .check(z.refine(rangeInOrder, rangeOutOfOrder)))

export const JOINED_KEY = 'at'
