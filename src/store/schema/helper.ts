import { z } from 'zod/mini'
import * as Y from 'yjs'
import { TASK_KINDS, type Helper, type Offer } from '../../domain/model'
import {
  lazySchema, intBetween, localDateValidator, weeklyWindowValidator, rangeInOrder, rangeOutOfOrder, readCollection, requiredText, shortText, type ReadProblem,
} from './primitives'
import { compareText } from '../../domain/compareText'

/**
 * Helpers are entities keyed by random id. Each has at most one offer, stored in `offers`
 * under the helper's id, so "the offer of helper X" is one lookup and can never be doubled.
 */
export const HELPERS = 'helpers'
export const OFFERS = 'offers'

export const MAX_WEEKLY_LIMIT = 50

export const helperValidator = lazySchema(() => z.object({
  name: requiredText(120, 'a name is needed'),
  contact: shortText(300),
  relation: shortText(120),
  tags: z.array(requiredText(60)).check(z.maxLength(20)),
  createdAt: z.number(),
}))

export const offerShape = lazySchema(() => z.object({
  kinds: z.array(z.enum(TASK_KINDS)).check(z.maxLength(TASK_KINDS.length)),
  windows: z.array(weeklyWindowValidator).check(z.maxLength(50)),
  from: z.nullable(localDateValidator),
  until: z.nullable(localDateValidator),
  mode: z.enum(['any', 'remote-only']),
  weeklyLimit: intBetween(0, MAX_WEEKLY_LIMIT),
}))

export const offerValidator = lazySchema(() => offerShape.check(z.refine(rangeInOrder, rangeOutOfOrder)))

export function readHelpers(doc: Y.Doc, problems: ReadProblem[]): Helper[] {
  return readCollection(doc, HELPERS, helperValidator, problems)
    .sort((a, b) => a.name.localeCompare(b.name) || a.createdAt - b.createdAt || compareText(a.id, b.id))
}

export function readOffers(doc: Y.Doc, problems: ReadProblem[]): Record<string, Offer> {
  const offers: Record<string, Offer> = {}
  for (const { id, ...offer } of readCollection(doc, OFFERS, offerValidator, problems)) offers[id] = { helperId: id, ...offer }
  return offers
}
