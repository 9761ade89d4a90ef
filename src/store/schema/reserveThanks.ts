import { z } from 'zod/mini'
import * as Y from 'yjs'
import { lazySchema, readCollection, type ReadProblem } from './primitives'
import { compareText } from '../../domain/compareText'

/**
 * Helpers the coordinator thanked for their offer and keeps in reserve ("nobody silently left
 * out"): keyed by helper id, so thanking twice is one entry. Projection turns each into a kind
 * word on that helper's phone while they have no task of their own; Undo deletes the entry.
 */
export const RESERVE_THANKS = 'reserveThanks'

export const reserveThanksValidator = lazySchema(() => z.object({ at: z.number() }))

export interface ReserveThanks {
  /** The helper's id. */
  id: string
  at: number
}

/** Oldest first. */
export function readReserveThanks(doc: Y.Doc, problems: ReadProblem[]): ReserveThanks[] {
  return readCollection(doc, RESERVE_THANKS, reserveThanksValidator, problems).sort((a, b) => a.at - b.at || compareText(a.id, b.id))
}
