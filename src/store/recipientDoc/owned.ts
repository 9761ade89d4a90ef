import { z } from 'zod'
import { answerContentValidator } from '../schema/checkInAnswer'
import { pleaseStopContentValidator } from '../schema/pleaseStop'
import { suggestionContentValidator } from '../schema/suggestion'
import { instantValidator } from '../helperDoc/owned'
import type { RecipientAnswer, RecipientPleaseStop, RecipientSuggestion } from './layout'

/** Validators for what the recipient writes in their own document; strict, like a helper's. */
export const answerValueValidator: z.ZodType<RecipientAnswer> = answerContentValidator.extend({ at: instantValidator }).strict()

export const suggestionValueValidator: z.ZodType<RecipientSuggestion> = z.discriminatedUnion('kind', [
  suggestionContentValidator.options[0].extend({ at: instantValidator }).strict(),
  suggestionContentValidator.options[1].extend({ at: instantValidator }).strict(),
])

export const pleaseStopValueValidator: z.ZodType<RecipientPleaseStop> = pleaseStopContentValidator.extend({ at: instantValidator }).strict()
