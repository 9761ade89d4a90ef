import { z } from 'zod/mini'
import * as Y from 'yjs'
import { NEED_CATEGORIES, PRIORITIES, RISK_ANSWERS, TASK_KINDS, type Need } from '../../domain/model'
import {
  lazySchema, intBetween, localDateValidator, localTimeValidator, longText, readCollection, readEntity, requiredText, shortText, weekdayValidator, type ReadProblem,
} from './primitives'

export const NEEDS = 'needs'

export const recurrenceValidator = lazySchema(() => z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('once'), date: localDateValidator }),
  z.object({ kind: z.literal('dates'), dates: z.array(localDateValidator).check(z.minLength(1), z.maxLength(366)) }),
  z.object({ kind: z.literal('daily') }),
  z.object({ kind: z.literal('weekly'), weekdays: z.array(weekdayValidator).check(z.minLength(1), z.maxLength(7)) }),
  z.object({ kind: z.literal('every-n-days'), interval: intBetween(2, 365) }),
]))

export const timeSlotValidator = lazySchema(() => z.object({
  start: z.nullable(localTimeValidator),
  end: z.nullable(localTimeValidator),
  spanDays: intBetween(1, 31),
}))

export const needTimingValidator = lazySchema(() => z.object({
  recurrence: recurrenceValidator,
  slots: z.array(timeSlotValidator).check(z.minLength(1), z.maxLength(12)),
  durationMinutes: intBetween(5, 24 * 60 * 31),
  startDate: z.nullable(localDateValidator),
  endDate: z.nullable(localDateValidator),
}))

/** `riskAnswer` came later: a need saved before it reads as not answered, which is what it is. */
export const needSafetyValidator = lazySchema(() => z.object({
  professionalFirst: z.boolean(),
  peerConfirmed: z.boolean(),
  riskAnswer: z._default(z.nullable(z.enum(RISK_ANSWERS)), null),
}))

/**
 * The word check's verdict (domain/safetyVerdict.ts). Optional: needs written before it, or by
 * an older app, have none and are read with the word list. One that cannot be read counts as none.
 */
export const needWordCheckValidator = lazySchema(() => z.catch(z.optional(z.object({
  version: z.number(),
  fingerprint: z.string().check(z.maxLength(32)),
  asks: z.boolean(),
})), undefined))

/** The fields of a need as stored (v2). Unknown extra fields from newer apps are ignored. */
export const needValidator = lazySchema(() => z.object({
  title: requiredText(200, 'a need has a title'),
  category: z.enum(NEED_CATEGORIES),
  kind: z.enum(TASK_KINDS),
  priority: z.enum(PRIORITIES),
  timing: needTimingValidator,
  mode: z.enum(['in-person', 'remote']),
  sensitive: z.boolean(),
  assignedDetails: longText,
  shareDetails: z.boolean(),
  privateDetails: longText,
  requiredTags: z.array(shortText(60)).check(z.maxLength(20)),
  safety: needSafetyValidator,
  wordCheck: needWordCheckValidator,
  source: z.enum(['coordinator', 'recipient']),
  createdAt: z.number(),
}))

export type NeedFields = Omit<Need, 'id'>

/** One need, or null when it is not there or cannot be read. */
export function readNeed(doc: Y.Doc, id: string): Need | null {
  return readEntity(doc, NEEDS, id, needValidator)
}

export function readNeeds(doc: Y.Doc, problems: ReadProblem[]): Need[] {
  return readCollection(doc, NEEDS, needValidator, problems)
}
