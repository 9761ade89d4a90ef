import { z } from 'zod'
import { offerShape } from '../schema/helper'
import { MAX_REPORT_NOTE, REPORT_KINDS } from '../schema/helperReport'
import { rangeInOrder, rangeOutOfOrder } from '../schema/primitives'
import type { HelperClaim, HelperOffer, HelperReport } from './layout'

/**
 * Validators for what a helper writes in their own document. Strict: an unknown key is a
 * refusal, never silently dropped, so the coordinator learns that something odd arrived.
 */
export const instantValidator = z.number().int().min(0).max(8_640_000_000_000_000)

export const reportValueValidator: z.ZodType<HelperReport> = z.strictObject({
  kind: z.enum(REPORT_KINDS),
  note: z.string().max(MAX_REPORT_NOTE, `a note has at most ${MAX_REPORT_NOTE} characters`),
  at: instantValidator,
})

export const claimValueValidator: z.ZodType<HelperClaim> = z.strictObject({ at: instantValidator })

export const OFFER_KEYS = ['kinds', 'windows', 'from', 'until', 'mode', 'weeklyLimit', 'at'] as const

export const helperOfferValidator: z.ZodType<HelperOffer> = offerShape
  .extend({ at: instantValidator })
  .strict()
  .refine(rangeInOrder, rangeOutOfOrder)

export const JOINED_KEY = 'at'
