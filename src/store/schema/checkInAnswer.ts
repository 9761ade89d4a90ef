import { z } from 'zod/mini'
import * as Y from 'yjs'
import { lazySchema, readCollection, shortText, type ReadProblem } from './primitives'

/**
 * The recipient's own answers to a weekly check-in, folded from their document and keyed by
 * the check-in's id: what worked, what was missing, what is not helpful. The coordinator's
 * summary of the same week stays in `checkIns`.
 */
export const CHECK_IN_ANSWERS = 'checkInAnswers'
export const MAX_ANSWER = 2000

export interface CheckInAnswer {
  /** The check-in's id. */
  id: string
  worked: string
  missing: string
  notHelpful: string
  /** The recipient's time of writing. */
  at: number
  /** The coordinator's time when this version was folded. */
  receivedAt: number
}

export const answerContentValidator = lazySchema(() => z.object({
  worked: shortText(MAX_ANSWER),
  missing: shortText(MAX_ANSWER),
  notHelpful: shortText(MAX_ANSWER),
  at: z.number(),
}))
export const checkInAnswerValidator = lazySchema(() => z.extend(answerContentValidator, { receivedAt: z.number() }))

export function readCheckInAnswers(doc: Y.Doc, problems: ReadProblem[]): Record<string, CheckInAnswer> {
  const answers: Record<string, CheckInAnswer> = {}
  for (const answer of readCollection(doc, CHECK_IN_ANSWERS, checkInAnswerValidator, problems)) answers[answer.id] = answer
  return answers
}
