import { z } from 'zod/mini'
import * as Y from 'yjs'
import { PRIORITIES, type Priority } from '../../domain/model'
import { lazySchema, idValidator, readCollection, requiredText, shortText, type Validator, type ReadProblem } from './primitives'
import { compareText } from '../../domain/compareText'

/**
 * The recipient's suggestions, folded from their document, for the coordinator's Assess to
 * accept or set aside: a new need, or another priority for a need. They never edit needs
 * themselves. Keyed by the recipient's own random id; `state` is the coordinator's.
 */
export const SUGGESTIONS = 'suggestions'

export const SUGGESTION_STATES = ['new', 'accepted', 'dismissed'] as const
export type SuggestionState = (typeof SUGGESTION_STATES)[number]
export const MAX_SUGGESTION_NOTE = 1000

export type SuggestionContent =
  | { kind: 'new-need'; title: string; note: string; at: number }
  | { kind: 'priority'; needId: string; priority: Priority; note: string; at: number }

export type SuggestionRecord = SuggestionContent & { receivedAt: number; state: SuggestionState }
export type Suggestion = SuggestionRecord & { id: string }

export const newNeedSuggestionShape = lazySchema(() => z.object({ kind: z.literal('new-need'), title: requiredText(200, 'a suggestion has a title'), note: shortText(MAX_SUGGESTION_NOTE), at: z.number() }))
export const prioritySuggestionShape = lazySchema(() => z.object({ kind: z.literal('priority'), needId: idValidator, priority: z.enum(PRIORITIES), note: shortText(MAX_SUGGESTION_NOTE), at: z.number() }))
export const suggestionContentValidator = lazySchema(() => z.discriminatedUnion('kind', [
  newNeedSuggestionShape,
  prioritySuggestionShape,
]))

const recordFields = lazySchema(() => z.object({ receivedAt: z.number(), state: z.enum(SUGGESTION_STATES) }))
export const suggestionValidator = lazySchema(() => z.intersection(suggestionContentValidator, recordFields))

/** Newest first. */
export function readSuggestions(doc: Y.Doc, problems: ReadProblem[]): Suggestion[] {
  return readCollection(doc, SUGGESTIONS, suggestionValidator as Validator<SuggestionRecord>, problems)
    .sort((a, b) => b.receivedAt - a.receivedAt || compareText(a.id, b.id))
}
