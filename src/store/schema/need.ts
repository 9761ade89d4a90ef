import { z } from 'zod'
import * as Y from 'yjs'
import { NEED_CATEGORIES, PRIORITIES, RISK_ANSWERS, TASK_KINDS, type Need } from '../../domain/model'
import {
  localDateValidator, localTimeValidator, longText, readCollection, readEntity, shortText, weekdayValidator, type ReadProblem,
} from './primitives'

export const NEEDS = 'needs'

export const recurrenceValidator = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('once'), date: localDateValidator }),
  z.object({ kind: z.literal('dates'), dates: z.array(localDateValidator).min(1).max(366) }),
  z.object({ kind: z.literal('daily') }),
  z.object({ kind: z.literal('weekly'), weekdays: z.array(weekdayValidator).min(1).max(7) }),
  z.object({ kind: z.literal('every-n-days'), interval: z.number().int().min(2).max(365) }),
])

export const timeSlotValidator = z.object({
  start: localTimeValidator.nullable(),
  end: localTimeValidator.nullable(),
  spanDays: z.number().int().min(1).max(31),
})

export const needTimingValidator = z.object({
  recurrence: recurrenceValidator,
  slots: z.array(timeSlotValidator).min(1).max(12),
  durationMinutes: z.number().int().min(5).max(24 * 60 * 31),
  startDate: localDateValidator.nullable(),
  endDate: localDateValidator.nullable(),
})

/** `riskAnswer` came later: a need saved before it reads as not answered, which is what it is. */
export const needSafetyValidator = z.object({
  professionalFirst: z.boolean(),
  peerConfirmed: z.boolean(),
  riskAnswer: z.enum(RISK_ANSWERS).nullable().default(null),
})

/** The fields of a need as stored (v2). Unknown extra fields from newer apps are ignored. */
export const needValidator = z.object({
  title: shortText(200).min(1, 'a need has a title'),
  category: z.enum(NEED_CATEGORIES),
  kind: z.enum(TASK_KINDS),
  priority: z.enum(PRIORITIES),
  timing: needTimingValidator,
  mode: z.enum(['in-person', 'remote']),
  sensitive: z.boolean(),
  assignedDetails: longText,
  shareDetails: z.boolean(),
  privateDetails: longText,
  requiredTags: z.array(shortText(60)).max(20),
  safety: needSafetyValidator,
  source: z.enum(['coordinator', 'recipient']),
  createdAt: z.number(),
})

export type NeedFields = Omit<Need, 'id'>

/** One need, or null when it is not there or cannot be read. */
export function readNeed(doc: Y.Doc, id: string): Need | null {
  return readEntity(doc, NEEDS, id, needValidator)
}

export function readNeeds(doc: Y.Doc, problems: ReadProblem[]): Need[] {
  return readCollection(doc, NEEDS, needValidator, problems)
}
