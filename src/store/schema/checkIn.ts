import { z } from 'zod/mini'
import * as Y from 'yjs'
import type { Instant, LocalDate } from '../../domain/model'
import { compareOrder, seqValidator } from './order'
import { lazySchema, idValidator, localDateValidator, longText, readCollection, type ReadProblem } from './primitives'
import { compareText } from '../../domain/compareText'

/**
 * The weekly check-in with the recipient: what worked, what was missing, what should stop, and
 * what the coordinator adjusted, linked to the activity entries of those adjustments.
 */
export const CHECK_INS = 'checkIns'

export interface CheckIn {
  id: string
  /** The week it looks back on (any date in it; the UI passes the week's Monday). */
  weekOf: LocalDate
  at: Instant
  /** Its place in the map's order of events (order.ts): the latest check-in is the highest. */
  seq: number
  worked: string
  missing: string
  stop: string
  adjusted: string
  /** Activity entries (ids) of the adjustments made since the previous check-in. */
  adjustmentIds: string[]
}

export const checkInValidator = lazySchema(() => z.object({
  weekOf: localDateValidator,
  at: z.number(),
  seq: seqValidator,
  worked: longText,
  missing: longText,
  stop: longText,
  adjusted: longText,
  adjustmentIds: z.array(idValidator).check(z.maxLength(500)),
}))

/** Newest first, in the map's order of events. */
export function readCheckIns(doc: Y.Doc, problems: ReadProblem[]): CheckIn[] {
  return readCollection(doc, CHECK_INS, checkInValidator, problems).sort((a, b) => compareOrder(b, a) || compareText(a.id, b.id))
}
