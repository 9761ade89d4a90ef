import { z } from 'zod/mini'
import { answerContentValidator } from '../schema/checkInAnswer'
import { pleaseStopContentValidator } from '../schema/pleaseStop'
import { newNeedSuggestionShape, prioritySuggestionShape } from '../schema/suggestion'
import { lazySchema, type Validator } from '../schema/primitives'
import { instantValidator } from '../helperDoc/owned'
import type { RecipientAnswer, RecipientPleaseStop, RecipientSuggestion } from './layout'

/** Validators for what the recipient writes in their own document; strict, like a helper's, and built on first use like them. */
export const answerValueValidator: Validator<RecipientAnswer> = lazySchema(() => z.strictObject({ ...answerContentValidator.shape, at: instantValidator }))

export const suggestionValueValidator: Validator<RecipientSuggestion> = lazySchema(() => z.discriminatedUnion('kind', [
  z.strictObject({ ...newNeedSuggestionShape.shape, at: instantValidator }),
  z.strictObject({ ...prioritySuggestionShape.shape, at: instantValidator }),
]))

export const pleaseStopValueValidator: Validator<RecipientPleaseStop> = lazySchema(() => z.strictObject({ ...pleaseStopContentValidator.shape, at: instantValidator }))
